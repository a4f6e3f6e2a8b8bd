// flake8's default format, on output written as flake8 7 prints it for a small module.
import { describe, expect, it } from 'vitest';
import { readFlake8 } from '../../src/readers/flake8.js';

const OUTPUT = `./pkg/mod.py:1:1: F401 'os' imported but unused
./pkg/mod.py:1:1: F401 'sys' imported but unused
./pkg/mod.py:1:10: E401 multiple imports on one line
./pkg/mod.py:2:1: E302 expected 2 blank lines, found 0
./pkg/mod.py:8:12: F821 undefined name 'undefined_name'
./bad.py:1:8: E999 SyntaxError: invalid syntax
`;

describe('flake8 reader', () => {
  it('counts every violation as an error, by code, with file, line, column and message', () => {
    const r = readFlake8(OUTPUT);
    expect(r).toMatchObject({ error: 6, warning: 0, note: 0, total: 6, suppressed: 0, findingsTotal: 6 });
    expect(r.byLint).toEqual({ F401: 2, E401: 1, E302: 1, F821: 1, E999: 1 });
    expect(r.findings[0]).toEqual({ file: './pkg/mod.py', line: 1, column: 1, severity: 'error', rule: 'F401', message: "'os' imported but unused" });
    expect(r.findings[5]).toEqual({ file: './bad.py', line: 1, column: 8, severity: 'error', rule: 'E999', message: 'SyntaxError: invalid syntax' });
  });

  it('reads nothing printed as a clean run (flake8 prints nothing on success), also with --count', () => {
    expect(readFlake8('')).toMatchObject({ error: 0, total: 0, findings: [] });
    expect(readFlake8('0\n')).toMatchObject({ error: 0, total: 0 });
  });

  it('keeps Windows paths, CRLF line ends and coloured output apart from the fields', () => {
    const r = readFlake8('\u001b[1mC:\\src\\a.py\u001b[m\u001b[36m:\u001b[m3\u001b[36m:\u001b[m5\u001b[36m:\u001b[m \u001b[1m\u001b[31mW291\u001b[m trailing whitespace\r\n');
    expect(r.findings).toEqual([{ file: 'C:\\src\\a.py', line: 3, column: 5, severity: 'error', rule: 'W291', message: 'trailing whitespace' }]);
  });

  it('skips the lines --show-source, --statistics and --count add next to violations', () => {
    const r = readFlake8("./a.py:1:1: F401 'os' imported but unused\nimport os\n^\n1     F401 'os' imported but unused\n1\n");
    expect(r).toMatchObject({ error: 1, byLint: { F401: 1 } });
  });

  it('refuses text that says something else and no violation: a crash, another format', () => {
    expect(() => readFlake8('There was a critical error during execution of Flake8:\nplugin code for `X` does not match ^[A-Z]{1,3}[0-9]{0,3}$\n')).toThrow(
      "not flake8's default format (path:row:col: CODE message): There was a critical error during execution of Flake8: plugin code for `X` does not match ^[A-Z]{1,3}[0-9]{0,3}$",
    );
    expect(() => readFlake8('Traceback (most recent call last):\n  File "x.py", line 1, in <module>\nValueError: invalid literal for int() with base 10: \'abc\'\n')).toThrow(/: ValueError: invalid literal for int\(\) with base 10: 'abc'$/);
    expect(() => readFlake8("a.py:1: [F401] 'os' imported but unused\n")).toThrow(/not flake8's default format/);
  });
});
