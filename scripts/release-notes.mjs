#!/usr/bin/env node
// Prints the section of CHANGELOG.md for a version (`## 0.2.0` up to the next `## `): the text of
// its GitHub release. Exit 1 when the changelog has no such section.
// Usage: node scripts/release-notes.mjs <x.y.z>
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './release-files.mjs';

const version = process.argv[2] ?? '';
const lines = readFileSync(path.join(ROOT, 'CHANGELOG.md'), 'utf8').split('\n');
const start = lines.findIndex(
  (line) =>
    /^## /.test(line) &&
    line
      .slice(3)
      .trim()
      .replace(/^\[?v?([^\]\s]+)\]?.*$/, '$1') === version,
);
if (!version || start < 0) {
  console.error(`release-notes: CHANGELOG.md has no "## ${version}" section.`);
  process.exit(1);
}
const end = lines.findIndex((line, index) => index > start && /^## /.test(line));
process.stdout.write(
  `${lines
    .slice(start + 1, end < 0 ? undefined : end)
    .join('\n')
    .trim()}\n`,
);
