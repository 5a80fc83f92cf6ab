import { isMap, isScalar, type YMap } from '../parse/tree.js';
import { defineRule } from './rule.js';
import { readDeclaration } from './support/declarations.js';
import { placeOf } from './support/places.js';

/** The declarations of the format and the modality each one shows. */
export const DECLARATIONS: readonly { readonly path: readonly string[]; readonly modality: string }[] = [
  { path: ['facilitators', 'cps_knowledge'], modality: '1.1.1' },
  { path: ['facilitators', 'own_cps_work'], modality: '1.1.2' },
  { path: ['environment', 'social', 'relationships'], modality: '3.1.1' },
  { path: ['environment', 'social', 'conflict_management'], modality: '3.1.2' },
  { path: ['environment', 'social', 'assessment'], modality: '3.1.3' },
  { path: ['environment', 'social', 'psychological_safety'], modality: '3.1.4' },
  { path: ['environment', 'physical', 'safety'], modality: '3.2.1' },
  { path: ['environment', 'physical', 'physical_activity'], modality: '3.2.2' },
  { path: ['environment', 'physical', 'spaces'], modality: '3.2.3' },
  { path: ['environment', 'physical', 'time'], modality: '3.2.4' },
];

export default defineRule<'no-evidence'>({
  meta: {
    id: 'declaration-evidence',
    category: 'criteria',
    description: {
      en: 'What the manual can only declare, it declares with a sentence saying how, not a bare "true".',
      fr: 'Ce que le manuel ne peut que déclarer, il le déclare par une phrase qui dit comment, pas par un simple « true ».',
    },
    severity: 'info',
    strictSeverity: 'warning',
    messages: {
      'no-evidence': {
        en: '"{key}: {value}" declares criterion {modality} without saying how; replace {value} with a sentence a reader can check.',
        fr: '« {key}: {value} » déclare le critère {modality} sans dire comment ; remplacez {value} par une phrase qu’un lecteur peut vérifier.',
      },
    },
  },
  check({ model, report }) {
    for (const { path, modality } of DECLARATIONS) {
      let map: YMap | undefined = model.root ?? undefined;
      for (const key of path.slice(0, -1)) {
        const next = map?.pairs.find((pair) => pair.key.value === key)?.value;
        map = isMap(next) ? next : undefined;
      }
      const key = path[path.length - 1]!;
      const pair = map?.pairs.find((entry) => entry.key.value === key);
      if (pair && isScalar(pair.value) && readDeclaration(pair).kind === 'true') {
        report({ messageId: 'no-evidence', args: { key, modality, value: String(pair.value.value) }, cites: { kind: 'modality', id: modality }, ...placeOf(pair.value) });
      }
    }
  },
});
