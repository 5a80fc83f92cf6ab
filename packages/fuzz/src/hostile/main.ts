import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { DEFECTS, type Outcome } from './defects.js';
import { CPS, SERVER, scratch } from './run.js';

/**
 * `pnpm hostile`: builds a hostile repository for each defect of issue 11 and checks the built
 * CLI (apps/cli/dist/cps.cjs) and server against it; prints one row per defect, "fixed" or
 * "STILL PRESENT", and exits 1 when any is still present (2 when nothing is built).
 * Options: --only 3a,5 (ids or their prefix), --keep (leave the repositories in the temp folder).
 */
async function main(argv: readonly string[]): Promise<number> {
  for (const file of [CPS, SERVER]) {
    if (!existsSync(file)) {
      process.stderr.write(`hostile: ${file} is not built; run pnpm build first.\n`);
      return 2;
    }
  }
  const onlyAt = argv.indexOf('--only');
  const only = onlyAt === -1 ? undefined : (argv[onlyAt + 1] ?? '').split(',').filter(Boolean);
  const keep = argv.includes('--keep');
  const selected = DEFECTS.filter((defect) => !only || only.some((id) => defect.id === id || defect.id.startsWith(`${id}-`) || defect.id.startsWith(id)));
  const work = scratch();
  const rows: { id: string; title: string; status: string; seconds: string; detail: string }[] = [];
  for (const defect of selected) {
    const dir = path.join(work.dir, defect.id);
    mkdirSync(dir);
    const start = performance.now();
    let result: Outcome | undefined;
    let failure = '';
    try {
      result = await defect.check(dir);
    } catch (error) {
      failure = `the check itself failed: ${(error as Error)?.message ?? String(error)}`;
    }
    const status = result ? (result.fixed ? 'fixed' : 'STILL PRESENT') : 'CHECK FAILED';
    const row = { id: defect.id, title: defect.title, status, seconds: ((performance.now() - start) / 1000).toFixed(1), detail: result?.detail ?? failure };
    rows.push(row);
    process.stderr.write(`${row.id.padEnd(5)} ${row.status.padEnd(13)} ${row.seconds.padStart(6)} s  ${row.title}\n`);
  }
  work.dispose(keep);
  process.stdout.write(`\n${table(rows)}\n`);
  const open = rows.filter((row) => row.status !== 'fixed');
  process.stdout.write(
    `\n${rows.length - open.length} of ${rows.length} fixed${open.length ? `; still present or unchecked: ${open.map((row) => row.id).join(', ')}` : ''}.${keep ? ` Repositories kept in ${work.dir}.` : ''}\n`,
  );
  return open.length > 0 ? 1 : 0;
}

/** A Markdown table: readable in a terminal, and pasted as is into an issue. */
function table(rows: readonly { id: string; title: string; status: string; seconds: string; detail: string }[]): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
  return [
    '| # | defect | status | time | detail |',
    '| --- | --- | --- | ---: | --- |',
    ...rows.map((row) => `| ${row.id} | ${cell(row.title)} | ${row.status} | ${row.seconds} s | ${cell(row.detail)} |`),
  ].join('\n');
}

process.exitCode = await main(process.argv.slice(2));
