import { AXIS4_ITEMS, GENERAL_CRITERIA, MODALITIES, OPERATIONAL_CRITERIA, message, type Locale, displayed } from '@cpskit/core';
import type { Analysis, ModalityStatus } from '@cpskit/language-server';
import { Box, Text } from 'ink';
import { Fragment, memo } from 'react';
import { STATUS_MARKS } from '../../format/summary.js';
import { tuiMessage } from '../messages.js';
import { cut, fit, fitEnd } from '../text.js';

export interface CriteriaViewProps {
  readonly analysis?: Analysis;
  readonly locale: Locale;
  readonly width: number;
  /** Rows the pane has; when the table and the legend do not fit, the legend goes (the help shows the marks too). */
  readonly rows?: number;
  /** The practical modality chosen with ← →, an index into SpF's table: its mark is shown inverse. */
  readonly selectedModality?: number;
}

export const STATUS_COLOURS: Readonly<Record<ModalityStatus, string | undefined>> = {
  met: 'green',
  'partly-met': 'yellow',
  declared: 'yellow',
  missing: 'red',
  'not-applicable': undefined,
};

const STATUSES: readonly ModalityStatus[] = ['met', 'partly-met', 'declared', 'missing', 'not-applicable'];

function score(value: number | undefined): string {
  return value === undefined ? '–' : String(Math.round(value));
}

/**
 * SpF's quality criteria for one manual: the 3 general and 9 operational criteria with
 * their scores out of 100, and on each operational criterion's line every practical
 * modality's status mark followed by its rank (`✔2` is modality 1.1.2 on line 1.1); then,
 * apart and unscored, the items of axis 4 of the national strategy (`✔1` is A4.1).
 */
export const CriteriaView = memo(function CriteriaView({ analysis, locale, width, rows, selectedModality = 0 }: CriteriaViewProps) {
  if (!analysis) return <Text wrap="truncate">{tuiMessage('analysis.pending', locale)}</Text>;
  const { criteria } = analysis;
  const chosen = MODALITIES[Math.max(0, Math.min(MODALITIES.length - 1, selectedModality))]!.id;
  const ranks = OPERATIONAL_CRITERIA.map((operational) => criteria.modalities.filter((modality) => modality.criterion === operational.id).length);
  const marksWidth = ranks.reduce((most, rank) => Math.max(most, rank), 0) * 3 - 1;
  const labelWidth = Math.max(10, width - 3 - 2 - marksWidth - 2);
  const marksTitle = cut(tuiMessage('criteria.modalities', locale), marksWidth);
  const title = `${message('summary.criteria', locale)} — ${message(criteria.provisional ? 'summary.score-provisional' : 'summary.score', locale, { score: Math.round(criteria.score ?? 0) })}`;

  const lines = [
    <Text key="title" bold wrap="truncate">
      {fit(title, labelWidth + 5)}
      {'  '}
      <Text dimColor>{marksTitle}</Text>
    </Text>,
  ];
  for (const general of GENERAL_CRITERIA) {
    const result = criteria.general.find((entry) => entry.id === general.id);
    lines.push(
      <Text key={general.id} bold wrap="truncate">
        {fit(`${general.id}. ${displayed(general.label, locale)}`, labelWidth)}
        {'  '}
        {fitEnd(score(result?.score), 3)}
      </Text>,
    );
    for (const operational of OPERATIONAL_CRITERIA.filter((entry) => entry.general === general.id)) {
      const own = criteria.operational.find((entry) => entry.id === operational.id);
      const modalities = criteria.modalities.filter((modality) => modality.criterion === operational.id);
      lines.push(
        <Text key={operational.id} wrap="truncate">
          {fit(`   ${operational.id} ${displayed(operational.label, locale)}`, labelWidth)}
          {'  '}
          {fitEnd(score(own?.score), 3)}
          {'  '}
          {modalities.map((modality, index) => (
            <Fragment key={modality.id}>
              {index > 0 ? ' ' : ''}
              <Text color={STATUS_COLOURS[modality.status]} inverse={modality.id === chosen}>
                {STATUS_MARKS[modality.status]}
              </Text>
              <Text inverse={modality.id === chosen}>{modality.id.slice(operational.id.length + 1)}</Text>
            </Fragment>
          ))}
        </Text>,
      );
    }
  }
  lines.push(
    <Text key="axis4" wrap="truncate">
      {fit(tuiMessage('criteria.axis4', locale), labelWidth)}
      {'       '}
      {AXIS4_ITEMS.map((item, index) => {
        const status = criteria.axis4.items.find((entry) => entry.id === item.id)?.status ?? 'missing';
        return (
          <Fragment key={item.id}>
            {index > 0 ? ' ' : ''}
            <Text color={STATUS_COLOURS[status]}>{STATUS_MARKS[status]}</Text>
            {item.id.slice('A4.'.length)}
          </Fragment>
        );
      })}
    </Text>,
  );
  lines.push(
    <Text key="choose" dimColor wrap="truncate">
      {cut(tuiMessage('criteria.choose', locale, { id: chosen }), width)}
    </Text>,
  );
  if (rows !== undefined && lines.length >= rows) return <Box flexDirection="column">{lines}</Box>;
  const legend = STATUSES.map((status) => `${STATUS_MARKS[status]} ${message(`status.${status}`, locale)}`).join('  ');
  lines.push(
    <Text key="legend" dimColor wrap="truncate">
      {cut(legend, width)}
    </Text>,
  );
  return <Box flexDirection="column">{lines}</Box>;
});
