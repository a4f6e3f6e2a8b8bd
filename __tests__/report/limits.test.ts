// Every GitHub limit, fed more than it takes: what is published fits, the most important part is
// what is kept, and what was left out is counted.
import { gunzipSync, gzipSync } from 'node:zlib';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { planAnnotations } from '../../src/report/annotations.js';
import { renderComment } from '../../src/report/comment.js';
import { GITHUB_LIMITS, moreInReport, rankedFindings, spendCount, spendSize } from '../../src/report/limits.js';
import { SARIF_CATEGORY, gzippedBytes, renderSarif, sarifProblems } from '../../src/report/sarif.js';
import { renderSummary } from '../../src/report/summary.js';
import type { CheckResult, Finding, Report } from '../../src/types.js';
import { checkResult } from '../fixtures.js';

type NewFinding = Finding & { new?: boolean };

const finding = (i: number, over: Partial<NewFinding> = {}): NewFinding => ({
  file: `src/f${i}.ts`,
  line: i + 1,
  severity: 'warning',
  rule: `rule-${i % 7}`,
  message: `message ${i}`,
  ...over,
});

function report(checks: CheckResult[], extra: Partial<Report> = {}): Report {
  return {
    schemaVersion: 2,
    tool: { name: 'readiness-scorecard', version: '0.1.0' },
    score: 50,
    grade: 'F',
    threshold: 70,
    passed: false,
    blockers: [],
    gateReason: 'score 50 is below the threshold 70',
    categories: [{ id: 'quality', title: 'Quality', weight: 10, score: 50, points: 50, maxPoints: 100 }],
    omittedCategories: [],
    improvements: [],
    checks,
    config: { path: '.github/readiness.yml', source: 'file', errors: [] },
    warnings: [],
    cancelled: false,
    startedAt: '2026-11-28T00:00:00.000Z',
    durationMs: 1000,
    ...extra,
  };
}

describe('budget helpers', () => {
  it('spends a prefix of the priority order and counts the rest', () => {
    expect(spendCount([1, 2, 3], 2)).toEqual({ kept: [1, 2], omitted: 1 });
    expect(spendCount([1, 2, 3], 3)).toEqual({ kept: [1, 2, 3], omitted: 0 });
    // A small item after a big one that does not fit is not taken in its place.
    expect(spendSize(['aaaa', 'bbbbbbbb', 'c'], 10, (s) => s.length)).toEqual({ kept: ['aaaa'], omitted: 2 });
    expect(moreInReport(25000, 'findings')).toBe('25,000 more findings in the report');
  });

  it('ranks new findings first, then those of gate-failing checks, then severity', () => {
    const r = report([
      checkResult('ok', 'pass', 100, { findings: [finding(1, { severity: 'error' }), finding(2, { new: true, severity: 'note' })] }),
      checkResult('bad', 'fail', 0, { findings: [finding(3, { severity: 'note' }), finding(4, { severity: 'error' })] }),
      checkResult('quiet', 'waived', undefined, { findings: [finding(5, { new: true })] }),
    ]);
    expect(rankedFindings(r).map((x) => x.finding.message)).toEqual(['message 2', 'message 4', 'message 3', 'message 1']);
  });
});

describe('annotations at and past 10 per level', () => {
  it('exactly 10 of each level: all shown, nothing omitted', () => {
    const findings = ['error', 'warning', 'note'].flatMap((severity) => Array.from({ length: 10 }, (_, i) => finding(i, { severity: severity as Finding['severity'] })));
    const plan = planAnnotations(report([checkResult('scan', 'fail', 0, { findings })]));
    expect(plan.annotations).toHaveLength(30);
    expect(plan.omitted).toEqual({ error: 0, warning: 0, note: 0 });
  });

  it('past the limit: new findings and gate-failing checks get the 10 places', () => {
    const old = Array.from({ length: 40 }, (_, i) => finding(i, { severity: 'error' }));
    const fresh = Array.from({ length: 4 }, (_, i) => finding(100 + i, { severity: 'error', new: true }));
    const plan = planAnnotations(
      report([checkResult('passing', 'pass', 100, { findings: old.slice(0, 20) }), checkResult('failing', 'fail', 0, { findings: [...old.slice(20), ...fresh] })]),
    );
    const errors = plan.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(10);
    expect(errors.slice(0, 4).map((a) => a.message)).toEqual(['message 100', 'message 101', 'message 102', 'message 103']);
    expect(errors.slice(4).every((a) => a.title.startsWith('failing:'))).toBe(true);
    expect(plan.omitted.error).toBe(44 - 10);
  });

  it('never more than 50 per job even with a higher per-level limit', () => {
    const findings = Array.from({ length: 80 }, (_, i) => finding(i, { severity: 'error' }));
    const plan = planAnnotations(report([checkResult('scan', 'fail', 0, { findings })]), 100);
    expect(plan.annotations).toHaveLength(GITHUB_LIMITS.annotationsPerJob);
    expect(plan.omitted.error).toBe(30);
  });
});

describe('SARIF at and past code scanning limits', () => {
  const many = (n: number, over: (i: number) => Partial<NewFinding> = () => ({})) => Array.from({ length: n }, (_, i) => finding(i, over(i)));

  it('25,000 results fit in one run with a unique category', () => {
    const log = renderSarif(report([checkResult('scan', 'fail', 0, { findings: many(GITHUB_LIMITS.sarifResultsPerRun) })]));
    const run = (log.runs as { results: unknown[]; automationDetails: { id: string }; properties: Record<string, unknown> }[])[0]!;
    expect(run.results).toHaveLength(25_000);
    expect(run.automationDetails.id).toBe(SARIF_CATEGORY);
    expect(run.properties.omittedResults).toBeUndefined();
    expect(sarifProblems(log)).toEqual([]);
  });

  it('past 25,000 results: the new ones are kept and the rest counted', () => {
    const findings = many(GITHUB_LIMITS.sarifResultsPerRun + 5, (i) => (i >= 25_000 ? { new: true, message: `new ${i}` } : {}));
    const log = renderSarif(report([checkResult('scan', 'fail', 0, { findings })]));
    const run = (log.runs as { results: { message: { text: string } }[]; properties: Record<string, unknown> }[])[0]!;
    expect(run.results).toHaveLength(25_000);
    expect(run.results.slice(0, 5).map((r) => r.message.text)).toEqual(['new 25000', 'new 25001', 'new 25002', 'new 25003', 'new 25004']);
    expect(run.properties.omittedResults).toBe(5);
    expect(String(run.properties.note)).toContain('5 more findings in the report');
  });

  it('past 10 MB gzipped: cut until it fits, gate-failing results kept', () => {
    // Incompressible messages: 6,000 results of 2.4 KB random base64 are about 11 MB gzipped.
    const noise = (i: number) => randomBytes(1800).toString('base64') + i;
    const log = renderSarif(
      report([
        checkResult('failing', 'fail', 0, { findings: many(1500, (i) => ({ message: noise(i) })) }),
        checkResult('passing', 'pass', 100, { findings: many(4500, (i) => ({ message: noise(i) })) }),
      ]),
    );
    const size = gzippedBytes(log);
    expect(size).toBeLessThanOrEqual(GITHUB_LIMITS.sarifGzipBytes);
    expect(size).toBeGreaterThan(GITHUB_LIMITS.sarifGzipBytes * 0.8);
    const run = (log.runs as { results: { ruleId: string }[]; properties: Record<string, number> }[])[0]!;
    expect(run.results.slice(0, 1500).every((r) => r.ruleId.startsWith('failing/'))).toBe(true);
    expect(run.results.length + run.properties.omittedResults!).toBe(6000);
    // What is uploaded is what was measured: gunzip gives the same log back.
    expect(JSON.parse(gunzipSync(gzipSync(JSON.stringify(log))).toString()).runs[0].results).toHaveLength(run.results.length);
  });

  it('flags what code scanning would refuse: over 20 runs, a category used twice', () => {
    const runs = Array.from({ length: 21 }, (_, i) => ({ automationDetails: { id: i === 20 ? 'cat/0' : `cat/${i}` }, results: [] }));
    expect(sarifProblems({ runs })).toEqual(['21 runs; code scanning takes at most 20 per file', 'run 20: category "cat/0" is used by another run']);
    expect(sarifProblems({ runs: runs.slice(0, 20) })).toEqual([]);
  });
});

describe('pull-request comment at and past 65,536 characters', () => {
  it('a small report is whole', () => {
    const md = renderComment(report([checkResult('a', 'fail', 0)]), '<!-- m -->', 'https://x/1');
    expect(md).not.toContain('more');
    expect(md).toContain('`a`');
  });

  it('thousands of failing checks and new findings: under the limit, verdict and link kept, the rest counted', () => {
    const checks = Array.from({ length: 3000 }, (_, i) =>
      checkResult(`check-${i}`, 'fail', 0, { summary: 'exit 1, '.repeat(20), findings: i < 10 ? Array.from({ length: 500 }, (_, j) => finding(j, { new: true, message: 'n'.repeat(150) })) : [] }),
    );
    const md = renderComment(report(checks), '<!-- m -->', 'https://github.com/o/r/actions/runs/1');
    expect(md.length).toBeLessThanOrEqual(GITHUB_LIMITS.commentChars);
    expect(md.startsWith('<!-- m -->')).toBe(true);
    expect(md).toContain('Readiness 50 / 100');
    expect(md).toContain('[Full scorecard, evidence and output](https://github.com/o/r/actions/runs/1)');
    expect(md).toMatch(/- …[\d,]+ more failing checks in the report/);
    const shown = (md.match(/^- ❌/gm) ?? []).length;
    expect(md).toContain(`${(3000 - shown).toLocaleString('en-US')} more failing checks in the report`);
  });

  it('leaves room for new findings when checks are few', () => {
    const checks = [checkResult('scan', 'fail', 0, { findings: Array.from({ length: 2000 }, (_, j) => finding(j, { new: j % 2 === 0, message: 'x'.repeat(100) })) })];
    const md = renderComment(report(checks), '<!-- m -->', 'https://x/1');
    expect(md.length).toBeLessThanOrEqual(GITHUB_LIMITS.commentChars);
    expect(md).toContain('**New findings** (1000)');
    expect(md).toMatch(/[\d,]+ more new findings in the report/);
  });
});

describe('job summary at and past 1 MiB', () => {
  it('8,000 checks: the table keeps failing rows first and counts the rest', () => {
    const checks = Array.from({ length: 8000 }, (_, i) => checkResult(`check-${i}`, i === 7999 ? 'fail' : 'pass', i === 7999 ? 0 : 100, { summary: 's'.repeat(200) }));
    const md = renderSummary(report(checks));
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(GITHUB_LIMITS.summaryBytes);
    expect(md).toContain('check\\-7999');
    expect(md).toMatch(/Failing checks first; [\d,]+ more checks in the report/);
  });

  it('a headline bigger than the limit is cut, still under 1 MiB, and says so', () => {
    const md = renderSummary(report([checkResult('a', 'fail', 0)], { gateReason: 'why '.repeat(10), blockers: Array.from({ length: 60_000 }, (_, i) => `blocker-${i}`) }));
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(GITHUB_LIMITS.summaryBytes);
    expect(md).toContain('everything is in the JSON report');
  });

  it('findings shown in a check’s details are the new ones first, the rest counted', () => {
    const findings = Array.from({ length: 40 }, (_, i) => finding(i, { new: i >= 35 }));
    const md = renderSummary(report([checkResult('scan', 'fail', 0, { findings })]));
    expect(md).toContain('**Findings** (first 20 of 40; 20 more in the report)');
    const first = md.indexOf('🆕');
    expect(first).toBeGreaterThan(-1);
    expect(md.indexOf('message 0')).toBeGreaterThan(md.indexOf('message 39'));
  });
});
