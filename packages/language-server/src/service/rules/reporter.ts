import { localize, type Locale, type MessageArgs } from '@cpskit/core';
import type { Finding, Severity } from '../finding.js';
import { MAX_QUOTED_LENGTH } from '../limits.js';
import type { LineIndex } from '../text/line-index.js';
import type { Report, RuleMeta } from './rule.js';

/**
 * Builds the `report` function a rule or check calls: it turns offsets and message ids into
 * findings. `admit`, when given, decides first whether a report at that offset is wanted (not
 * silenced by a comment, not past the limit), so that unwanted ones cost nothing more.
 */
export function createReporter<M extends string>(
  meta: RuleMeta<M>,
  severity: Severity,
  locale: Locale,
  lines: LineIndex,
  sink: Finding[],
  admit?: (start: number) => boolean,
): Report<M> {
  return (input) => {
    if (admit && !admit(input.start)) return;
    const template = meta.messages[input.messageId];
    const args = shortened(input.args ?? {});
    const cites = input.cites ?? meta.cites;
    sink.push({
      ruleId: meta.id,
      // A note by nature stays a note: no configuration or preset (`strict`) can raise it.
      severity: meta.infoMessages?.includes(input.messageId) ? 'info' : severity,
      messageId: input.messageId,
      args,
      message: localize(template, locale, args),
      range: lines.rangeOf(input.start, input.end),
      offsets: { start: input.start, end: Math.max(input.start, input.end) },
      locale,
      ...(cites ? { cites } : {}),
      ...(input.related?.length
        ? {
            related: input.related.map((place) => ({
              range: lines.rangeOf(place.start, place.end),
              message: localize(place.note, locale, place.args && shortened(place.args)),
            })),
          }
        : {}),
      ...(input.fix ? { fix: { title: localize(input.fix.title, locale, input.fix.args), edits: input.fix.edits, ...(input.fix.safe ? { safe: true as const } : {}) } } : {}),
    });
  };
}

/**
 * The arguments with any long text cut: a message quotes what the manual says (a code, a key), and
 * a value of a megabyte quoted by a thousand findings would hold a gigabyte.
 */
function shortened(args: MessageArgs): MessageArgs {
  let out: Record<string, string | number> | undefined;
  for (const [name, value] of Object.entries(args)) {
    if (typeof value !== 'string' || value.length <= MAX_QUOTED_LENGTH) continue;
    out ??= { ...args };
    let cut = MAX_QUOTED_LENGTH - 1;
    if ((value.charCodeAt(cut - 1) & 0xfc00) === 0xd800) cut--;
    out[name] = `${value.slice(0, cut)}…`;
  }
  return out ?? args;
}
