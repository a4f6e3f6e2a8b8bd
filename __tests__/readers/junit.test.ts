import { describe, expect, it } from 'vitest';
import { createJUnitReader } from '../../src/readers/junit.js';
import { readAll } from '../../src/readers/types.js';

const read = (xml: string) => readAll(createJUnitReader(), xml);

describe('JUnit reader', () => {
  it('counts <testcase> at any depth and ignores the totals in attributes', () => {
    // Root and suite attributes claim 100 tests; there are 4 test cases, one nested two levels deep.
    const r = read(`<testsuites tests="100" failures="50">
      <testsuite name="outer" tests="100"><testsuite name="inner" tests="100">
        <testcase classname="A" name="one"/>
        <testsuite name="deeper"><testcase classname="A" name="two"><failure message="boom"/></testcase></testsuite>
      </testsuite></testsuite>
      <testsuite name="other" tests="3"><testcase classname="B" name="three"><skipped/></testcase><testcase classname="B" name="four"/></testsuite>
    </testsuites>`);
    expect(r).toMatchObject({ total: 4, passed: 2, failed: 1, errored: 0, skipped: 1, flaky: 0 });
    expect(r.passRate).toBeCloseTo((2 / 3) * 100);
  });

  it('accepts a bare <testsuite> root', () => {
    expect(read('<testsuite name="s"><testcase name="a"/><testcase name="b"/></testsuite>')).toMatchObject({ total: 2, passed: 2, passRate: 100 });
  });

  it('applies error > failure > skipped > passed', () => {
    const r = read(`<testsuite>
      <testcase name="a"><failure/><error/></testcase>
      <testcase name="b"><skipped/><failure/></testcase>
      <testcase name="c"><skipped/></testcase>
    </testsuite>`);
    expect(r).toMatchObject({ total: 3, errored: 1, failed: 1, skipped: 1, passed: 0 });
  });

  it('counts a failure then a pass of the same suite, class and name once, as passed and flaky', () => {
    const r = read(`<testsuites>
      <testsuite name="s"><testcase classname="C" name="t"><failure message="first try"/></testcase>
      <testcase classname="C" name="t"><error message="second try"/></testcase>
      <testcase classname="C" name="t"/></testsuite>
    </testsuites>`);
    expect(r).toMatchObject({ total: 1, passed: 1, failed: 0, errored: 0, flaky: 1, findingsTotal: 0 });
    expect(r.findings).toEqual([]);
  });

  it('keeps other repeats of a name as separate tests', () => {
    const r = read(`<testsuites>
      <testsuite name="s1"><testcase classname="C" name="t"><failure/></testcase></testsuite>
      <testsuite name="s2"><testcase classname="C" name="t"/></testsuite>
      <testsuite name="s3"><testcase classname="C" name="t"/><testcase classname="C" name="t"/><testcase classname="C" name="t"><skipped/></testcase><testcase classname="C" name="t"><failure/></testcase></testsuite>
    </testsuites>`);
    // s1's failure is not rerun in s1; s3: pass, pass, skipped, then a failure with no later pass.
    expect(r).toMatchObject({ total: 6, passed: 3, failed: 2, skipped: 1, flaky: 0 });
  });

  it('reads Surefire flakyFailure and flakyError as a passed, flaky test', () => {
    const r = read(`<testsuite><testcase classname="C" name="a"><flakyFailure message="x"/></testcase>
      <testcase classname="C" name="b"><flakyError/><flakyError/></testcase>
      <testcase classname="C" name="c"><rerunFailure/><failure/></testcase></testsuite>`);
    expect(r).toMatchObject({ total: 3, passed: 2, flaky: 2, failed: 1 });
  });

  it('makes a finding per failed or errored test with the first line of its message, file and line', () => {
    const r = read(`<testsuite>
      <testcase classname="math" name="adds" file="test/math.test.js" line="12"><failure message="expected 3&#10;but got 4" type="AssertionError">stack</failure></testcase>
      <testcase classname="" name="loads"><error>

    ● Test suite failed to run
    more</error></testcase>
    </testsuite>`);
    expect(r.findings).toEqual([
      { file: 'test/math.test.js', line: 12, severity: 'error', rule: 'test-failure', message: 'math › adds: expected 3' },
      { severity: 'error', rule: 'test-error', message: 'loads: ● Test suite failed to run' },
    ]);
  });

  it('says where malformed XML stops and names a wrong root', () => {
    expect(() => read('<testsuites>\n  <testsuite>\n    <testcase name="a">\n  </testsuite>')).toThrow(/malformed JUnit XML: unexpected close tag at line 4, column \d+/);
    expect(() => read('<html><body/></html>')).toThrow('not a JUnit report: the root element is <html>, expected <testsuites> or <testsuite>');
    expect(() => read('<testsuites><testsuite>')).toThrow(/malformed JUnit XML/);
  });

  it('never expands entities a DOCTYPE declares, and never reads external ones', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE t [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><testsuite><testcase name="&b;"/></testsuite>`;
    expect(() => read(bomb)).toThrow(/undefined entity/);
    const external = `<!DOCTYPE t [<!ENTITY x SYSTEM "file:///etc/passwd">]><testsuite><testcase name="&x;"/></testsuite>`;
    expect(() => read(external)).toThrow(/undefined entity/);
  });

  it('reads the same result whether the text comes whole or in small chunks', () => {
    const xml = '<testsuite><testcase name="a"><failure message="m"/></testcase><testcase name="b"/></testsuite>';
    const reader = createJUnitReader();
    for (let i = 0; i < xml.length; i += 7) reader.write(xml.slice(i, i + 7));
    expect(reader.end()).toEqual(read(xml));
  });
});

describe('pytest collection errors', () => {
  const importer = `/usr/lib/python3.11/site-packages/_pytest/python.py:507: in importtestmodule
    mod = import_path(
/usr/lib/python3.11/site-packages/_pytest/pathlib.py:587: in import_path
    importlib.import_module(module_name)
&lt;frozen importlib._bootstrap&gt;:1204: in _gcd_import
    ???
`;
  const report = (text: string) =>
    `<?xml version="1.0" encoding="utf-8"?><testsuites name="pytest tests"><testsuite name="pytest" errors="1" failures="0" skipped="0" tests="1"><testcase classname="" name="tests.test_broken" time="0.000"><error message="collection failure">${text}</error></testcase></testsuite></testsuites>`;

  it('a syntax error is placed at the module and the line the error names, not at pytest\'s importer', () => {
    const r = read(report(`${importer}E     File "/tmp/ws/tests/test_broken.py", line 1\nE       def test_x(:\nE   SyntaxError: invalid syntax`));
    expect(r.findings.map((f) => [f.file, f.line])).toEqual([['/tmp/ws/tests/test_broken.py', 1]]);
  });

  it('an import error is placed at the module\'s own frame', () => {
    const r = read(report(`${importer}tests/test_broken.py:2: in &lt;module&gt;\n    import nosuchmod\nE   ModuleNotFoundError: No module named 'nosuchmod'`));
    expect(r.findings.map((f) => [f.file, f.line])).toEqual([['tests/test_broken.py', 2]]);
  });

  it('with no line for the module in the text, the module file alone', () => {
    const r = read(report(importer));
    expect(r.cases.map((c) => [c.file, c.line])).toEqual([['tests/test_broken.py', undefined]]);
  });
});
