import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { EXAMPLES } from './examples.js';

/** Markup, attribute breaking, CSS and formula payloads: what a hostile manual puts in every string. */
export const PAYLOADS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(2)>',
  "'><svg onload=alert(3)>",
  '</style><style>body{display:none}</style>',
  '=HYPERLINK("http://evil")',
];

/**
 * An example manual with every string value (ids, titles, codes, settings, references…) replaced
 * by its text and the payloads: the report must show them as text, wherever they land.
 */
export function hostileManual(example = 'primavera.cps.yaml'): string {
  const document = parseDocument(readFileSync(path.join(EXAMPLES, example), 'utf8'));
  const visit = (node: Node | null | undefined) => {
    if (isMap(node)) for (const pair of node.items) visit(pair.value as Node);
    else if (isSeq(node)) for (const item of node.items) visit(item as Node);
    else if (isScalar(node) && typeof node.value === 'string') node.value = `${node.value}${PAYLOADS.join('')}`;
  };
  visit(document.contents);
  return document.toString();
}
