import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MergeError, mergeReports, readShard, type ShardReport } from '../../src/github/merge.js';
import { computeLevels } from '../../src/scoring/levels.js';
import type { Report } from '../../src/types.js';
import { checkResult } from '../fixtures.js';
import { tempDir } from '../helpers.js';

function shard(file: string, checks: ReturnType<typeof checkResult>[], threshold = 70): ShardReport {
  const report = {
    schemaVersion: 2,
    threshold,
    categories: [
      { id: 'build', title: 'Build', weight: 10 },
      { id: 'tests', title: 'Tests', weight: 20 },
    ],
    omittedCategories: [{ id: 'docs', title: 'Docs', weight: 10 }],
    checks,
    warnings: [],
    cancelled: false,
    config: { errors: [] },
    startedAt: '2026-11-22T10:00:00.000Z',
    durationMs: 1000,
  } as unknown as Report;
  return { file, report };
}

const now = new Date();

describe('merging shard reports', () => {
  it('joins disjoint shards and scores the checks once, with the reports\' categories', () => {
    const merged = mergeReports(
      [shard('linux.json', [checkResult('build', 'pass', 100, { category: 'build' })]), shard('mac.json', [checkResult('unit', 'fail', 0, { category: 'tests' }), checkResult('e2e', 'pass', 100, { category: 'tests' })])],
      { duplicates: 'error', now },
    );
    // build 100 (weight 10), tests 50 (weight 20): (1000 + 1000) / 30 = 66.7
    expect(merged.score).toBe(66.7);
    expect(merged.checks.map((c) => c.id)).toEqual(['build', 'unit', 'e2e']);
    expect(merged.omittedCategories.map((c) => c.id)).toEqual(['docs']);
    expect(merged.config).toMatchObject({ source: 'merged', merged: ['linux.json', 'mac.json'] });
  });

  it('refuses a check in two shards, naming both, unless duplicates keep the worst', () => {
    const shards = [shard('a.json', [checkResult('unit', 'pass', 100, { category: 'tests' })]), shard('b.json', [checkResult('unit', 'fail', 0, { category: 'tests' })])];
    expect(() => mergeReports(shards, { duplicates: 'error', now })).toThrow('check "unit" is in two reports: a.json and b.json (set merge-duplicates: worst to keep the worse result)');
    const worst = mergeReports(shards, { duplicates: 'worst', now });
    expect(worst.checks).toHaveLength(1);
    expect(worst.checks[0]!.status).toBe('fail');
    expect(worst.score).toBe(0);
  });

  it('applies the strictest threshold and says so, unless one is given', () => {
    const shards = [shard('a.json', [checkResult('x', 'pass', 100, { category: 'build' })], 60), shard('b.json', [checkResult('y', 'warn', 75, { category: 'build' })], 80)];
    const merged = mergeReports(shards, { duplicates: 'error', now });
    expect(merged.threshold).toBe(80);
    expect(merged.passed).toBe(true);
    expect(merged.warnings).toEqual(['the reports have different thresholds (60, 80); the strictest, 80, applies']);
    expect(mergeReports(shards, { duplicates: 'error', threshold: 90, now }).passed).toBe(false);
  });

  it('rejects conflicting category weights and files that are not reports', () => {
    const a = shard('a.json', []);
    const b = shard('b.json', []);
    b.report.categories[0] = { ...b.report.categories[0]!, weight: 99 };
    expect(() => mergeReports([a, b], { duplicates: 'error', now })).toThrow('category "build" has weight 10 in a.json and 99 in b.json');
    const dir = tempDir();
    writeFileSync(path.join(dir, 'x.json'), '{"hello": 1}');
    expect(() => readShard(path.join(dir, 'x.json'), 'x.json')).toThrow(MergeError);
    expect(() => readShard(path.join(dir, 'x.json'), 'x.json')).toThrow('x.json: not a Readiness Scorecard report');
  });
});

describe('merging shard reports with levels', () => {
  const defs = [
    { id: 'deployable', title: 'Deployable', checks: ['build'], categories: [], required: false, all: false },
    { id: 'production', title: 'Production', checks: [], categories: ['tests'], required: false, all: false },
  ];
  const withLevels = (s: ShardReport, minLevel?: string): ShardReport => {
    const levels = computeLevels(s.report.checks, defs, [], ['build', 'tests'], minLevel);
    return { ...s, report: { ...s.report, levels } };
  };

  it('judges the levels again over the merged checks: a level each shard alone would reach fails on another shard\'s check, and min-level gates on it', () => {
    // linux alone: build passes, no tests (production's category empty → not met, deployable met);
    // mac alone: unit fails. Merged: deployable met, production not (unit fails).
    const linux = withLevels(shard('linux.json', [checkResult('build', 'pass', 100, { category: 'build' })]), 'production');
    const mac = withLevels(shard('mac.json', [checkResult('unit', 'fail', 0, { category: 'tests' }), checkResult('e2e', 'pass', 100, { category: 'tests' })]), 'production');
    const merged = mergeReports([linux, mac], { duplicates: 'error', threshold: 0, now });
    expect(merged.levels).toMatchObject({ reached: 'deployable', next: 'production', minLevel: 'production', minLevelMet: false });
    expect(merged.levels!.levels[1]!.missing.map((m) => m.id)).toEqual(['unit']);
    expect(merged.passed).toBe(false);
    expect(merged.gateReason).toContain('level deployable reached; min-level production is required');
  });

  it('shards with different levels (another config) or some without → no merged level, and a warning saying why', () => {
    const a = withLevels(shard('a.json', [checkResult('build', 'pass', 100, { category: 'build' })]));
    const b = shard('b.json', [checkResult('unit', 'pass', 100, { category: 'tests' })]);
    const merged = mergeReports([a, b], { duplicates: 'error', now });
    expect(merged.levels).toBeUndefined();
    expect(merged.warnings).toContain('the reports have different levels (or some have none); the merged report has no level');
    expect(mergeReports([b], { duplicates: 'error', now }).warnings).toEqual([]);
  });
});
