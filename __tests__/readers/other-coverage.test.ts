import { describe, expect, it } from 'vitest';
import { detectCoverageFormat } from '../../src/readers/coverage.js';
import { createGoCoverReader } from '../../src/readers/gocover.js';
import { readIstanbul } from '../../src/readers/istanbul.js';
import { readAll } from '../../src/readers/types.js';

describe('istanbul reader', () => {
  it('uses coverage-summary.json\'s total', () => {
    const m = readIstanbul(JSON.stringify({ total: { lines: { total: 10, covered: 5, pct: 50 }, statements: { total: 12, covered: 6 }, functions: { total: 2, covered: 1 }, branches: { total: 4, covered: 4 } }, 'a.js': {} })).metrics();
    expect(m).toMatchObject({ lines: { covered: 5, total: 10 }, statements: { covered: 6, total: 12 }, functions: { covered: 1, total: 2 }, branches: { covered: 4, total: 4 } });
  });

  it('derives lines from statement start lines with the highest count (coverage-final.json)', () => {
    const file = {
      path: '/repo/a.js',
      statementMap: { '0': { start: { line: 1 } }, '1': { start: { line: 1 } }, '2': { start: { line: 2 } }, '3': { start: { line: 3 } } },
      s: { '0': 0, '1': 3, '2': 0, '3': 1 },
      fnMap: {},
      f: { '0': 1, '1': 0 },
      branchMap: {},
      b: { '0': [1, 0], '1': [0, 0, 2] },
    };
    const m = readIstanbul(JSON.stringify({ '/repo/a.js': file })).metrics();
    // Line 1 has counts 0 and 3 → covered; line 2 → 0; line 3 → 1: lines 2/3.
    expect(m).toMatchObject({ lines: { covered: 2, total: 3 }, statements: { covered: 2, total: 4 }, functions: { covered: 1, total: 2 }, branches: { covered: 2, total: 5 } });
  });
});

describe('Go coverprofile reader', () => {
  it('weights statements by NumStmt and counts a block listed twice once, covered if any count > 0', () => {
    const m = readAll(
      createGoCoverReader(),
      'mode: atomic\nx/a.go:1.1,3.2 2 0\nx/a.go:5.1,6.2 3 0\nx/a.go:1.1,3.2 2 4\nx/b.go:1.1,2.2 5 1\n',
    ).metrics();
    expect(m).toEqual({ statements: { covered: 7, total: 10, pct: 70 } });
  });

  it('needs the mode line', () => {
    expect(() => readAll(createGoCoverReader(), 'x/a.go:1.1,3.2 2 0\n')).toThrow(/expected "mode: set\|count\|atomic" first at line 1/);
  });
});

describe('detectCoverageFormat', () => {
  it.each([
    ['mode: set\n', 'go'],
    ['TN:\nSF:a.c\n', 'lcov'],
    ['\uFEFFSF:a.c\n', 'lcov'],
    ['<?xml version="1.0"?>\n<!DOCTYPE coverage SYSTEM "x.dtd">\n<coverage line-rate="1">', 'cobertura'],
    ['<?xml version="1.0"?><!-- c --><coverage generated="1" clover="4.4"><project>', 'clover'],
    ['<coverage generated="1"><project timestamp="1">', 'clover'],
    ['<?xml version="1.0"?><!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd"><report name="x">', 'jacoco'],
    ['{"total": {"lines": {}}}', 'istanbul'],
    ['{"/a.js": {"path": "/a.js", "statementMap": {}}}', 'istanbul'],
  ])('%j → %s', (head, format) => {
    expect(detectCoverageFormat(head)).toBe(format);
  });

  it('says what it expected for anything else', () => {
    expect(() => detectCoverageFormat('hello')).toThrow(/unrecognised coverage report: expected lcov, cobertura, jacoco, clover, istanbul, go/);
    expect(() => detectCoverageFormat('<html/>')).toThrow('unrecognised coverage XML: the root element is <html>, expected <coverage> (Cobertura, Clover) or <report> (JaCoCo)');
    expect(() => detectCoverageFormat('{"a": 1}')).toThrow(/unrecognised coverage JSON/);
  });
});
