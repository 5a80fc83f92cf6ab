import { MODALITIES, displayed, message, visible, type Locale } from '@cpskit/core';
import { evidenceText, statusMeaning, type Analysis } from '@cpskit/language-server';
import { Box, Text } from 'ink';
import { memo } from 'react';
import type { Diagnostic } from 'vscode-languageserver-types';
import { tuiMessage } from '../messages.js';
import { citesOf, wrapWords } from '../text.js';
import { STATUS_COLOURS } from './CriteriaView.js';

export interface ModalityDetailProps {
  readonly analysis: Analysis;
  readonly diagnostics: readonly Diagnostic[];
  /** Index into SpF's table of modalities. */
  readonly index: number;
  readonly locale: Locale;
  readonly width: number;
  readonly rows?: number;
}

/**
 * One practical modality in words: SpF's wording, its status and why, its evidence in
 * sentences, the rules that assess it and the findings that cite it.
 */
export const ModalityDetail = memo(function ModalityDetail({ analysis, diagnostics, index, locale, width, rows }: ModalityDetailProps) {
  const modality = MODALITIES[Math.max(0, Math.min(MODALITIES.length - 1, index))]!;
  const result = analysis.criteria.modalities.find((entry) => entry.id === modality.id);
  const status = result?.status ?? 'missing';
  const evidence = result ? evidenceText(result, locale) : undefined;
  const citing = diagnostics.filter((diagnostic) => {
    const cites = citesOf(diagnostic);
    return cites?.kind === 'modality' && cites.id === modality.id;
  });
  const lineWidth = Math.max(20, width - 2);
  const lines: { text: string; colour?: string; bold?: boolean; dim?: boolean }[] = [];
  lines.push({ text: tuiMessage('modality.title', locale, { id: modality.id, criterion: modality.criterion }), bold: true });
  for (const line of wrapWords(displayed(modality.label, locale), lineWidth)) lines.push({ text: line });
  lines.push({ text: '' });
  const statusLine = tuiMessage('modality.status', locale, { status: message(`status.${status}`, locale), why: statusMeaning(status, locale) });
  for (const [i, line] of wrapWords(statusLine, lineWidth).entries()) lines.push({ text: line, ...(i === 0 && STATUS_COLOURS[status] ? { colour: STATUS_COLOURS[status] } : {}) });
  const evidenceLine = evidence ? tuiMessage('modality.evidence', locale, { evidence }) : tuiMessage('modality.no-evidence', locale);
  for (const line of wrapWords(evidenceLine, lineWidth)) lines.push({ text: line });
  if (result && result.ruleIds.length > 0) lines.push({ text: tuiMessage('modality.rules', locale, { rules: result.ruleIds.join(', ') }), dim: true });
  lines.push({ text: '' });
  if (citing.length === 0) lines.push({ text: tuiMessage('modality.no-finding', locale) });
  else {
    lines.push({ text: tuiMessage('modality.findings', locale, { count: citing.length }), bold: true });
    for (const diagnostic of citing) lines.push({ text: `${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1}  ${visible(diagnostic.message)}` });
  }
  const shown = rows !== undefined ? lines.slice(0, Math.max(1, rows - 1)) : lines;
  return (
    <Box flexDirection="column">
      {shown.map((line, i) => (
        <Text key={i} wrap="truncate" {...(line.colour ? { color: line.colour } : {})} {...(line.bold ? { bold: true } : {})} {...(line.dim ? { dimColor: true } : {})}>
          {line.text === '' ? ' ' : line.text}
        </Text>
      ))}
      <Text dimColor wrap="truncate">
        {tuiMessage('modality.keys', locale)}
      </Text>
    </Box>
  );
});
