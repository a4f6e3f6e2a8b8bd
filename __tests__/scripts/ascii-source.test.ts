import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script in plain JavaScript, without types
import { asciiSource } from '../../scripts/ascii-source.mjs';

const escape = asciiSource as (code: string, file: string) => string;

describe('asciiSource', () => {
  it('escapes every non-ASCII character so the code means the same', () => {
    const code = [
      'const arrow = "a → b";',
      'const lock = `🔒 ${arrow} ✔`;',
      "const re = /[·•]/u; const re2 = /😀/u; const re3 = /é+/;",
      '// a comment with “quotes”',
      'const café = 1;',
      'module.exports = { arrow, lock, m: re.test("•"), e: re2.test("😀"), f: "éé".match(re3)[0], café };',
    ].join('\n');
    const out = escape(code, 'x.js');
    expect(out).toMatch(/^[\x00-\x7f]*$/);
    const run = (src: string) => new Function('module', `${src}; return module.exports;`)({ exports: {} }) as unknown;
    expect(run(out)).toEqual(run(code));
    expect(run(out)).toEqual({ arrow: 'a → b', lock: '🔒 a → b ✔', m: true, e: true, f: 'éé', café: 1 });
  });

  it('leaves ASCII code as it is, and refuses what an escape would change', () => {
    expect(escape('const a = "plain";', 'x.js')).toBe('const a = "plain";');
    expect(() => escape('const a = "\\é";', 'x.js')).toThrow(/x\.js: a backslash before "é"/);
    expect(() => escape('const a = String.raw`→`;', 'x.js')).toThrow(/String\.raw/);
  });
});
