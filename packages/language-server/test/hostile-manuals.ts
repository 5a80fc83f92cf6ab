/**
 * Manuals written to cost as much as a text of their size can: each repeats one shape (a
 * mistake, a construct) until it is about `bytes` long. The stress test checks each at a
 * quarter of the size limit; `pnpm bench` measures each at the limit.
 */
export function hostileManuals(bytes: number): Record<string, string> {
  const fill = (unit: (i: number) => string, size = bytes) => {
    let out = '';
    for (let i = 0; out.length < size; i++) out += unit(i);
    return out;
  };
  const head = [
    'version: 1',
    'program:',
    '  id: p',
    '  title: T',
    '  ages: { min: 8, max: 11 }',
    '  settings: [primary-school]',
    '  duration: { years: 3 }',
    '  evidence: { kind: evidence-informed }',
    '',
  ].join('\n');
  return {
    'a flat list after one misplaced line': `version: 1\nactivities:\n x: y\n${fill(() => '  - x: y\n')}`,
    'a tab, so that the YAML library reads it all': `version:\t1\n${fill((i) => `k${i}: [a, b, c]\n`)}`,
    'one long line': `version: 1\nprogram:\n  title: ${'a'.repeat(bytes)}\n`,
    'one long key': `version: 1\n${'a'.repeat(bytes)}: 1\n`,
    'a flow list of half a million items': `version: 1\nactivities: [${fill(() => 'x,')}x]\n`,
    'the same key again and again': `version: 1\nprogram:\n${fill(() => '  a: 1\n')}`,
    'unknown keys, all different': `version: 1\nprogram:\n${fill((i) => `  k${i}: 1\n`)}`,
    'unknown competency codes': `${head}activities:\n  - id: a\n    competencies: [${fill((i) => `Z${i}, `)}Z]\n`,
    'codes padded with spaces': `${head}activities:\n  - id: a\n    competencies: [${fill(() => `C1${' '.repeat(60)}x, `)}x]\n`,
    'one id for every activity': `${head}activities:\n${fill(() => '  - id: a\n')}`,
    'sessions citing activities no one wrote': `${head}activities:\n${fill((i) => `  - { id: a${i} }\n`, bytes / 2)}sessions:\n  - id: s\n    activities: [${fill((i) => `b${i}, `, bytes / 2)}x]\n`,
    'an error on every line': `activities:\n - x\n${fill(() => 'x: y\n')}`,
    'an unclosed quote over every line': `version: 1\nprogram:\n  title: "${fill(() => 'a\n  ')}"\n`,
    'aliases to a list, everywhere': `version: 1\na: &a [x, x, x, x, x, x, x, x, x, x]\n${fill((i) => `b${i}: *a\n`)}`,
    'suppression comments for nothing': `${head}${fill((i) => `# cps-disable-next-line rule${i % 50} -- x\n`)}`,
    'texts over several lines with comments inside': `${head}activities:\n${fill(() => '  - description: |\n      a\n      # cps-disable x\n')}`,
    'a line of dashes': `version: 1\nactivities:\n  ${fill(() => '- ')}`,
    'open brackets': `version: 1\nx: ${fill(() => '[')}`,
  };
}
