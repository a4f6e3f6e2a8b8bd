// mypy's text output, written as mypy 2.4 prints it (`--show-column-numbers`, error codes shown).
import { describe, expect, it } from 'vitest';
import { readMypy } from '../../src/readers/mypy.js';

const OUTPUT = `pkg/mod.py:3:12: error: Incompatible return value type (got "int", expected "str")  [return-value]
pkg/mod.py:6:5: note: By default the bodies of untyped functions are not checked, consider using --check-untyped-defs  [annotation-unchecked]
pkg/mod.py:7:17: note: Revealed type is "Any"
pkg/other.py:10: error: Name "undefined_name" is not defined  [name-defined]
pkg/other.py:12:1: error: Function is missing a return type annotation  [no-untyped-def]
pkg/other.py:12:1: note: Use "-> None" if function does not return a value
Found 3 errors in 2 files (checked 5 source files)
`;

describe('mypy reader', () => {
  it('counts errors by code with file, line and column; notes are not findings', () => {
    const r = readMypy(OUTPUT);
    expect(r).toMatchObject({ error: 3, warning: 0, note: 0, total: 3, findingsTotal: 3, checked: 5, stopped: false });
    expect(r.byLint).toEqual({ 'return-value': 1, 'name-defined': 1, 'no-untyped-def': 1 });
    expect(r.findings[0]).toEqual({ file: 'pkg/mod.py', line: 3, column: 12, severity: 'error', rule: 'return-value', message: 'Incompatible return value type (got "int", expected "str")' });
    expect(r.findings[1]).toEqual({ file: 'pkg/other.py', line: 10, severity: 'error', rule: 'name-defined', message: 'Name "undefined_name" is not defined' });
  });

  it('reads a clean run from its Success line, also when only notes were printed', () => {
    expect(readMypy('Success: no issues found in 1 source file\n')).toMatchObject({ error: 0, total: 0, checked: 1, findings: [] });
    expect(readMypy('a.py:2: note: Revealed type is "builtins.int"\nSuccess: no issues found in 12 source files\n')).toMatchObject({ total: 0, checked: 12 });
  });

  it('reads --show-error-end, error context lines, messages without a code and a Windows path', () => {
    const r = readMypy(
      'pkg/mod.py: note: In function "g":\npkg/mod.py:3:12:3:14: error: Bad  [misc]\nC:\\src\\a.py:4: error: Old mypy shows no code\nFound 2 errors in 2 files (checked 2 source files)\n',
    );
    expect(r.findings).toEqual([
      { file: 'pkg/mod.py', line: 3, column: 12, severity: 'error', rule: 'misc', message: 'Bad' },
      { file: 'C:\\src\\a.py', line: 4, severity: 'error', rule: 'mypy', message: 'Old mypy shows no code' },
    ]);
  });

  it('reads coloured output (FORCE_COLOR colours mypy even into a pipe)', () => {
    // As mypy 2.4 prints it with FORCE_COLOR=1 and TERM=xterm-256color.
    const e = '\u001b';
    const coloured = `calc/util.py:2:17: ${e}[34mnote:${e}(B${e}[m Revealed type is ${e}(B${e}[m${e}[1m"int"${e}(B${e}[m${e}(B${e}[m
calc/util.py:3:12: ${e}[1m${e}[31merror:${e}(B${e}[m Name ${e}(B${e}[m${e}[1m"undefined_name"${e}(B${e}[m is not defined  ${e}(B${e}[m${e}[33m[name-defined]${e}(B${e}[m
${e}[1m${e}[31mFound 1 error in 1 file (checked 3 source files)${e}(B${e}[m
`;
    expect(readMypy(coloured)).toMatchObject({ error: 1, checked: 3, findings: [{ file: 'calc/util.py', line: 3, column: 12, rule: 'name-defined', message: 'Name "undefined_name" is not defined' }] });
  });

  it('reads --pretty output: a long message wrapped onto the next lines, then its source line and marker', () => {
    // mypy 2.4 on Flask, whose config sets pretty = true (an excerpt; the summary line adjusted).
    const pretty = `src/flask/json/provider.py:11:1: error: Cannot find implementation or library
stub for module named "werkzeug.http"  [import-not-found]
    from werkzeug.http import http_date
    ^
src/flask/json/provider.py:14:1: error: Cannot find implementation or library
stub for module named "werkzeug.sansio.response"  [import-not-found]
        from werkzeug.sansio.response import Response
        ^
src/flask/json/provider.py:14:1: note: See https://mypy.readthedocs.io/en/stable/running_mypy.html#missing-imports
src/flask/logging.py:7:1: error: Cannot find implementation or library stub for
module named "werkzeug.local"  [import-not-found]
    from werkzeug.local import LocalProxy
    ^
src/flask/logging.py:15:2: error: Untyped decorator makes function
"wsgi_errors_stream" untyped  [untyped-decorator]
src/flask/helpers.py:528: error: Unused "type: ignore" comment  [unused-ignore]
        return werkzeug.utils.send_file(  # type: ignore[return-value]
        ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
src/flask/helpers.py:528:5: error: Returning Any from function declared to
return "Response"  [no-any-return]
        return werkzeug.utils.send_file(  # type: ignore[return-value]
        ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
src/flask/helpers.py:528:5: note: Error code "no-any-return" not covered by "type: ignore[return-value]" comment
src/flask/json/__init__.py:170: error: Unused "type: ignore" comment 
[unused-ignore]
        return current_app.json.response(*args, **kwargs)  # type: ignore[...
        ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~...
Found 7 errors in 4 files (checked 27 source files)
`;
    const r = readMypy(pretty);
    expect(r).toMatchObject({ error: 7, byLint: { 'import-not-found': 3, 'untyped-decorator': 1, 'unused-ignore': 2, 'no-any-return': 1 } });
    expect(r.findings[0]).toEqual({ file: 'src/flask/json/provider.py', line: 11, column: 1, severity: 'error', rule: 'import-not-found', message: 'Cannot find implementation or library stub for module named "werkzeug.http"' });
    expect(r.findings[3]).toMatchObject({ rule: 'untyped-decorator', message: 'Untyped decorator makes function "wsgi_errors_stream" untyped' });
    // The code alone on the next line.
    expect(r.findings[6]).toMatchObject({ file: 'src/flask/json/__init__.py', line: 170, rule: 'unused-ignore', message: 'Unused "type: ignore" comment' });
  });

  it('sums several runs, and refuses a summary that does not match the errors read', () => {
    expect(readMypy(`${OUTPUT}Success: no issues found in 2 source files\n`)).toMatchObject({ error: 3, checked: 7 });
    expect(() => readMypy('a.py:1: error: x  [misc]\nFound 2 errors in 1 file (checked 1 source file)\n')).toThrow('mypy reported 2 errors but 1 error line was read');
  });

  it('syntax errors that stopped mypy are findings, and say mypy stopped early', () => {
    const r = readMypy('bad.py:1:8: error: Expected a parameter or the end of the parameter list  [syntax]\nbad.py:1:9: error: Expected `)`, found newline  [syntax]\nFound 2 errors in 1 file (errors prevented further checking)\n');
    expect(r).toMatchObject({ error: 2, stopped: true, byLint: { syntax: 2 } });
    expect(r).not.toHaveProperty('checked');
  });

  it('mypy that could not check, crashed, was misused or did not finish is an error with its own message', () => {
    const duplicate = 'b/m.py: error: Duplicate module named "m" (also at "./a/m.py")\nb/m.py: note: See https://mypy.readthedocs.io/en/stable/running_mypy.html#mapping-file-paths-to-modules for more info\nFound 1 error in 1 file (errors prevented further checking)\n';
    expect(() => readMypy(duplicate)).toThrow('mypy could not check the project: b/m.py: Duplicate module named "m" (also at "./a/m.py")');
    const crash = 'pkg/mod.py:3: error: INTERNAL ERROR -- Please try using mypy master on GitHub:\nhttps://mypy.readthedocs.io/en/stable/common_issues.html#using-a-development-mypy-build\nPlease report a bug at https://github.com/python/mypy/issues\nversion: 1.11.0\npkg/mod.py:3: note: please use --show-traceback to print a traceback when reporting a bug\n';
    expect(() => readMypy(crash)).toThrow('mypy crashed: pkg/mod.py:3: error: INTERNAL ERROR -- Please try using mypy master on GitHub: (mypy 1.11.0)');
    expect(() => readMypy('usage: mypy [-h] [-v] [-V] [more options; see below]\n            [-m MODULE] [-p PACKAGE] [-c PROGRAM_TEXT] [files ...]\nmypy: error: unrecognized arguments: -O\n')).toThrow(/^mypy: error: unrecognized arguments: -O$/);
    expect(() => readMypy("There are no .py[i] files in directory '.'\n")).toThrow(/^mypy did not finish: There are no \.py\[i\] files in directory '\.' \(no "Found N errors"/);
    expect(() => readMypy('a.py:1: error: x  [misc]\n')).toThrow(/^mypy did not finish: a\.py:1: error: x {2}\[misc\]/);
    expect(() => readMypy('')).toThrow(/^mypy did not finish: it printed nothing/);
  });
});
