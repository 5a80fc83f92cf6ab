import fc from 'fast-check';

/**
 * Pieces of text that have broken, or could break, a tool that prints what a repository holds:
 * workflow commands, terminal escapes, markup, line separators, invisible and bidirectional
 * characters, XML and JSON specials.
 */
export const HOSTILE_PIECES: readonly string[] = [
  '::error title=Pwned::x',
  '\n::add-mask::x',
  '\n::set-output name=result::pwned',
  '  ::warning::indented',
  '\r::notice::after a carriage return',
  '##[set-output name=x;]v1',
  '::stop-commands::token',
  '%0A::error::encoded',
  '\u001b[2J\u001b[H',
  '\u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007',
  '\u001b]0;title\u0007',
  '\u009b31m',
  '\u0000',
  '\u0007',
  '\u007f',
  '\r',
  '\r\n',
  '\u2028',
  '\u2029',
  '\u0085',
  '\u202e',
  '\u200b',
  '\ufeff',
  '@user',
  '@org/team',
  '#123',
  'https://evil.example/x',
  '<script>alert(1)</script>',
  '![img](https://evil.example/i.png)',
  '[link](javascript:alert(1))',
  '`code`',
  '|',
  ']]>',
  '&amp;',
  '"',
  "'",
  '\\',
  '${{ github.token }}',
  '{{x}}',
  '😀',
  'é',
  'e\u0301',
  '\ud800',
];

/** Control characters (C0, DEL, C1) and line separators, one at a time. */
export const controlChar: fc.Arbitrary<string> = fc
  .oneof(fc.integer({ min: 0, max: 0x1f }), fc.constantFrom(0x7f, 0x85, 0x9b, 0x9d, 0x2028, 0x2029), fc.integer({ min: 0x80, max: 0x9f }))
  .map((code) => String.fromCharCode(code));

/** A short string mixing hostile pieces, control characters and any Unicode. */
export const hostileString: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_PIECES) }, // bounded-spread: a fixed list of a few dozen pieces
      { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
      { weight: 1, arbitrary: controlChar },
    ),
    { minLength: 1, maxLength: 5 },
  )
  .map((parts) => parts.join(''));
