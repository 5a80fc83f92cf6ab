import { declaredAges } from '../../analysis/age-groups.js';
import type { ManualModel } from '../../model/manual-model.js';
import { documentPlace, placeOf, type Place } from './places.js';

/**
 * Where to report something about an age group as a whole: the `ages` of its first session that
 * declares some (where the author chose whom the session is for), else its first session, else
 * the `sessions` key. `view` is the manual as the group receives it.
 */
export function groupPlace(whole: ManualModel, view: ManualModel): Place {
  const declaring = view.sessions.find((session) => declaredAges(session) !== undefined);
  if (declaring?.ages) return placeOf(declaring.ages.node);
  const first = view.sessions[0];
  if (first) return placeOf(first.id?.node ?? first.node);
  const key = whole.topLevelPair('sessions')?.key;
  return key ? placeOf(key) : documentPlace(whole);
}
