// Property-based tests: random and mutated inputs never throw anything but a clean reader error,
// never hang, and whatever they return is consistent.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config/load.js';
import { readAudit } from '../../src/readers/audit/index.js';
import { createCloverReader } from '../../src/readers/clover.js';
import { createCoberturaReader } from '../../src/readers/cobertura.js';
import { detectCoverageFormat, type CoverageData, type CoverageMetrics } from '../../src/readers/coverage.js';
import { createGoCoverReader } from '../../src/readers/gocover.js';
import { readIstanbul } from '../../src/readers/istanbul.js';
import { createJacocoReader } from '../../src/readers/jacoco.js';
import { createJUnitReader, type TestsResult } from '../../src/readers/junit.js';
import { createLcovReader } from '../../src/readers/lcov.js';
import { readMetric } from '../../src/readers/metric.js';
import { readSarif } from '../../src/readers/sarif.js';
import { decodeReport } from '../../src/readers/text.js';
import { ReaderError, readAll, type StreamReader } from '../../src/readers/types.js';

/** Each case must end well inside this; a reader that loops or backtracks forever fails. */
const CASE_MS = 2_000;
// A fixed seed keeps CI deterministic; READINESS_FUZZ_RUNS and READINESS_FUZZ_SEED widen the search.
const RUNS = {
  numRuns: Number(process.env.READINESS_FUZZ_RUNS ?? 300),
  seed: process.env.READINESS_FUZZ_SEED === 'random' ? Date.now() : Number(process.env.READINESS_FUZZ_SEED ?? 20261122),
};

const SAMPLES = {
  junit: '<?xml version="1.0"?><testsuites><testsuite name="s"><testcase classname="c" name="a" file="a.js" line="3"><failure message="m">x</failure></testcase><testcase name="b"><skipped/></testcase><testcase name="b"/></testsuite></testsuites>',
  lcov: 'TN:\nSF:a.c\nFN:1,f\nFNDA:2,f\nDA:1,1\nDA:2,0,abc\nBRDA:1,0,0,-\nBRDA:1,0,1,3\nLF:2\nLH:1\nend_of_record\nSF:a.c\nDA:3,1\nend_of_record\n',
  cobertura: '<coverage lines-valid="3" lines-covered="1"><packages><package><classes><class filename="a.py"><methods/><lines><line number="1" hits="1"/><line number="2" hits="0" branch="true" condition-coverage="50% (1/2)"/></lines></class></classes></package></packages></coverage>',
  jacoco: '<report name="r"><counter type="LINE" missed="2" covered="8"/><counter type="BRANCH" missed="1" covered="1"/></report>',
  clover: '<coverage clover="4"><project><file path="a.js"><metrics statements="2" coveredstatements="1"/><line num="1" type="stmt" count="1"/><line num="2" type="cond" truecount="0" falsecount="1"/></file></project></coverage>',
  go: 'mode: set\na.go:1.1,2.2 3 1\na.go:3.1,4.2 2 0\na.go:1.1,2.2 3 0\n',
  istanbul: JSON.stringify({ '/a.js': { path: '/a.js', statementMap: { '0': { start: { line: 1 } }, '1': { start: { line: 2 } } }, s: { '0': 1, '1': 0 }, f: { '0': 1 }, b: { '0': [1, 0] } } }),
  summary: JSON.stringify({ total: { lines: { total: 10, covered: 5 }, statements: { total: 4, covered: 4 } } }),
  sarif: JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x', rules: [{ id: 'r', defaultConfiguration: { level: 'error' } }] } }, results: [{ ruleId: 'r', message: { text: 't' } }, { ruleId: 'r', level: 'note', suppressions: [{}], message: { text: 'u' } }] }] }),
  audit: JSON.stringify({ auditReportVersion: 2, vulnerabilities: { a: { name: 'a', via: [{ source: 1, name: 'a', severity: 'high', url: 'https://github.com/advisories/GHSA-aaaa-bbbb-cccc' }] } } }),
  config: 'threshold: 70\ncategories:\n  perf: { weight: 5 }\nchecks:\n  - id: a\n    run: make\n    needs: [b]\n  - id: b\n    category: perf\n    coverage: { reports: x.info, min: 10, target: 80 }\n  - { id: c, builtin: patterns, patterns: [{ id: t, regex: TODO, max: 3 }] }\n',
};

/** A valid document with a few random edits: deletions, insertions, replacements. */
function mutated(sample: string): fc.Arbitrary<string> {
  return fc
    .array(fc.record({ at: fc.nat(), op: fc.constantFrom('delete', 'insert', 'replace'), text: fc.string({ maxLength: 4, unit: fc.constantFrom('<', '>', '/', '"', '=', ':', ',', '{', '}', '[', ']', '\n', '&', '-', 'a', '1', '\u0000', '\uFFFF', '😀') }) }), { maxLength: 6 })
    .map((edits) => {
      let s = sample;
      for (const e of edits) {
        const i = e.at % (s.length + 1);
        if (e.op === 'delete') s = s.slice(0, i) + s.slice(i + 1 + (e.at % 5));
        else if (e.op === 'insert') s = s.slice(0, i) + e.text + s.slice(i);
        else s = s.slice(0, i) + e.text + s.slice(i + e.text.length);
      }
      return s;
    });
}

function inputs(sample: string): fc.Arbitrary<string> {
  return fc.oneof(mutated(sample), fc.string({ maxLength: 200 }), fc.string({ maxLength: 200, unit: 'grapheme' }), fc.json({ maxDepth: 4 }));
}

/** Runs fn; only a ReaderError may escape, and nothing may take too long. */
function guarded<T>(fn: () => T): T | undefined {
  const t0 = performance.now();
  try {
    return fn();
  } catch (err) {
    if (!(err instanceof ReaderError)) throw err;
    return undefined;
  } finally {
    expect(performance.now() - t0).toBeLessThan(CASE_MS);
  }
}

function coverageConsistent(metrics: CoverageMetrics): void {
  for (const m of Object.values(metrics)) {
    expect(m.covered).toBeGreaterThanOrEqual(0);
    expect(m.covered).toBeLessThanOrEqual(m.total);
    if (m.pct !== null) {
      expect(m.pct).toBeGreaterThanOrEqual(0);
      expect(m.pct).toBeLessThanOrEqual(100);
    }
  }
}

function testsConsistent(r: TestsResult): void {
  expect(r.passed + r.failed + r.errored + r.skipped).toBe(r.total);
  for (const n of [r.total, r.passed, r.failed, r.errored, r.skipped, r.flaky, r.findingsTotal]) expect(n).toBeGreaterThanOrEqual(0);
  expect(r.flaky).toBeLessThanOrEqual(r.passed);
  if (r.passRate !== null) {
    expect(r.passRate).toBeGreaterThanOrEqual(0);
    expect(r.passRate).toBeLessThanOrEqual(100);
  }
}

/** Whole, and in random chunk sizes, since the readers stream. */
function chunked<T>(make: () => StreamReader<T>, text: string, size: number): T {
  const r = make();
  for (let i = 0; i < text.length; i += size) r.write(text.slice(i, i + size));
  return r.end();
}

describe('property-based (fast-check, each case bounded to 2 s)', () => {
  it('random and mutated JUnit XML → only clean errors, passed + failed + errored + skipped = total, same result in any chunking', () => {
    fc.assert(
      fc.property(inputs(SAMPLES.junit), fc.integer({ min: 1, max: 64 }), (text, size) => {
        const whole = guarded(() => readAll(createJUnitReader(), text));
        const parts = guarded(() => chunked(createJUnitReader, text, size));
        if (whole) testsConsistent(whole);
        expect(parts === undefined).toBe(whole === undefined);
        if (whole && parts) expect(parts).toEqual(whole);
      }),
      RUNS,
    );
  });

  const coverage: [string, () => StreamReader<CoverageData>, string][] = [
    ['LCOV', createLcovReader, SAMPLES.lcov],
    ['Cobertura', createCoberturaReader, SAMPLES.cobertura],
    ['JaCoCo', createJacocoReader, SAMPLES.jacoco],
    ['Clover', createCloverReader, SAMPLES.clover],
    ['Go coverprofile', createGoCoverReader, SAMPLES.go],
  ];
  it.each(coverage)('random and mutated %s → only clean errors, covered ≤ total, same result in any chunking', (_name, make, sample) => {
    fc.assert(
      fc.property(inputs(sample), fc.integer({ min: 1, max: 64 }), (text, size) => {
        const whole = guarded(() => readAll(make(), text).metrics());
        const parts = guarded(() => chunked(make, text, size).metrics());
        if (whole) coverageConsistent(whole);
        expect(parts === undefined).toBe(whole === undefined);
        if (whole && parts) expect(parts).toEqual(whole);
      }),
      RUNS,
    );
  });

  it('random and mutated istanbul JSON, and format detection → only clean errors, covered ≤ total', () => {
    fc.assert(
      fc.property(fc.oneof(inputs(SAMPLES.istanbul), inputs(SAMPLES.summary)), (text) => {
        const m = guarded(() => readIstanbul(text).metrics());
        if (m) coverageConsistent(m);
        guarded(() => detectCoverageFormat(text));
      }),
      RUNS,
    );
  });

  it('random and mutated SARIF → only clean errors, error + warning + note = total', () => {
    fc.assert(
      fc.property(inputs(SAMPLES.sarif), (text) => {
        const r = guarded(() => readSarif(text));
        if (!r) return;
        expect(r.error + r.warning + r.note).toBe(r.total);
        for (const n of [r.error, r.warning, r.note, r.suppressed]) expect(n).toBeGreaterThanOrEqual(0);
      }),
      RUNS,
    );
  });

  it('random and mutated audit reports → only clean errors, severities add up to the total', () => {
    fc.assert(
      fc.property(inputs(SAMPLES.audit), (text) => {
        const r = guarded(() => readAudit(text));
        if (!r) return;
        expect(r.critical + r.high + r.moderate + r.low + r.unknown).toBe(r.total);
        expect(r.packages).toBeGreaterThanOrEqual(0);
      }),
      RUNS,
    );
  });

  it('random output, patterns and JSON paths for a metric → only clean errors or a finite number', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 100 }), fc.oneof(fc.constant('(\\d+)'), fc.constant('a.b[0]'), fc.string({ maxLength: 10 })), fc.boolean(), (text, source, asJson) => {
        const v = guarded(() => readMetric(text, asJson ? { json: source } : { pattern: source }));
        if (v !== undefined) expect(Number.isFinite(v)).toBe(true);
      }),
      RUNS,
    );
  });

  it('random bytes as a report → decoded to text, never a crash', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(typeof decodeReport(bytes)).toBe('string');
      }),
      RUNS,
    );
  });

  it('random and mutated config files → a valid config, or one line per problem naming the file', () => {
    fc.assert(
      fc.property(inputs(SAMPLES.config), (text) => {
        const t0 = performance.now();
        try {
          const config = parseConfig(text, 'readiness.yml');
          expect(config.threshold).toBeGreaterThanOrEqual(0);
          expect(new Set(config.checks.map((c) => c.id)).size).toBe(config.checks.length);
        } catch (err) {
          if (!(err instanceof ConfigError)) throw err;
          expect(err.problems.length).toBeGreaterThan(0);
          for (const p of err.problems) expect(p).toMatch(/^readiness\.yml/);
        } finally {
          expect(performance.now() - t0).toBeLessThan(CASE_MS);
        }
      }),
      RUNS,
    );
  });
});
