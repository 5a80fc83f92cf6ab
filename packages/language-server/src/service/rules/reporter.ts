import { localize, type Locale } from '@cpskit/core';
import type { Finding, Severity } from '../finding.js';
import type { LineIndex } from '../text/line-index.js';
import type { Report, RuleMeta } from './rule.js';

/** Builds the `report` function a rule or check calls: it turns offsets and message ids into findings. */
export function createReporter<M extends string>(
  meta: RuleMeta<M>,
  severity: Severity,
  locale: Locale,
  lines: LineIndex,
  sink: Finding[],
): Report<M> {
  return (input) => {
    const template = meta.messages[input.messageId];
    const args = input.args ?? {};
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
              message: localize(place.note, locale, place.args),
            })),
          }
        : {}),
      ...(input.fix
        ? { fix: { title: localize(input.fix.title, locale, input.fix.args), edits: input.fix.edits, ...(input.fix.safe ? { safe: true as const } : {}) } }
        : {}),
    });
  };
}
