import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEngine } from '../src/engine.js';
import { workspaceWithConfig } from './helpers.js';

const fast = { killGraceMs: 300 };

describe('runEngine', () => {
  it('runs command checks, scores them and reports every field of SPEC §5', async () => {
    const ws = workspaceWithConfig(`threshold: 60
checks:
  - id: build
    category: build
    run: echo built
  - id: tests
    category: tests
    run: echo "1 failing" >&2; exit 1
`);
    const report = await runEngine({ workspace: ws, ...fast });
    expect(report).toMatchObject({
      schemaVersion: 2,
      tool: { name: 'readiness-scorecard' },
      score: 33.3,
      grade: 'F',
      threshold: 60,
      passed: false,
      blockers: [],
      config: { path: '.github/readiness.yml', source: 'file', errors: [] },
      cancelled: false,
    });
    expect(report.checks.map((c) => [c.id, c.kind, c.status, c.score, c.summary])).toEqual([
      ['build', 'run', 'pass', 100, 'exit 0'],
      ['tests', 'run', 'fail', 0, 'exit 1, expected 0'],
    ]);
    expect(report.checks[1]!.evidence).toMatchObject({ command: 'echo "1 failing" >&2; exit 1', exitCode: 1, outputTail: '1 failing\n', workingDirectory: '.' });
    expect(Date.parse(report.startedAt)).not.toBeNaN();
    expect(report.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('runs in parallel up to the concurrency, each check in its working directory', async () => {
    const ws = workspaceWithConfig(`concurrency: 2
checks:
  - id: setup
    run: mkdir -p sub
${[1, 2, 3, 4].map((i) => `  - id: c${i}\n    needs: [setup]\n    working-directory: sub\n    run: date +%s%N > start-${i}; sleep 0.4; date +%s%N > end-${i}`).join('\n')}
`);
    const report = await runEngine({ workspace: ws, ...fast });
    expect(report.checks.map((c) => c.status)).toEqual(['pass', 'pass', 'pass', 'pass', 'pass']);
    const spans = [1, 2, 3, 4].map((i) => {
      const read = (f: string) => Number(BigInt(readFileSync(path.join(ws, 'sub', `${f}-${i}`), 'utf8').trim()) / 1_000_000n);
      return [read('start'), read('end')] as const;
    });
    const overlapAt = (t: number) => spans.filter(([s, e]) => s <= t && t < e).length;
    expect(Math.max(...spans.map(([s]) => overlapAt(s)))).toBe(2);
  });

  it('skips a check whose need failed, with the reason', async () => {
    const ws = workspaceWithConfig(`checks:
  - { id: build, run: exit 2 }
  - { id: test, run: echo never, needs: [build] }
`);
    const report = await runEngine({ workspace: ws, ...fast });
    expect(report.checks[1]).toMatchObject({ status: 'skipped', summary: 'skipped: needs build, which failed' });
    expect(report.checks[1]!.score).toBeUndefined();
  });

  it('runs only the selected checks and rejects unknown ids', async () => {
    const ws = workspaceWithConfig('checks:\n  - { id: a, run: "true" }\n  - { id: b, run: "false" }\n');
    const only = await runEngine({ workspace: ws, only: ['a'], ...fast });
    expect(only.checks.map((c) => c.id)).toEqual(['a']);
    expect(only.score).toBe(100);
    const bad = await runEngine({ workspace: ws, only: ['a', 'zz'], ...fast });
    expect(bad.config.errors).toEqual(['checks: unknown check id "zz"; expected ids from .github/readiness.yml: a, b']);
    expect(bad.passed).toBe(false);
  });

  it('lets the threshold option override the config', async () => {
    const ws = workspaceWithConfig('threshold: 90\nchecks:\n  - { id: a, run: "true" }\n  - { id: b, run: "false" }\n');
    expect((await runEngine({ workspace: ws, ...fast })).passed).toBe(false);
    const lenient = await runEngine({ workspace: ws, threshold: 50, ...fast });
    expect(lenient.threshold).toBe(50);
    expect(lenient.passed).toBe(true);
  });

  it('turns a bad config into a report that explains it, without running anything', async () => {
    const ws = workspaceWithConfig('checks:\n  - id: a\n    run: touch ran\n    bogus: 1\n');
    const report = await runEngine({ workspace: ws, ...fast });
    expect(report.checks).toEqual([]);
    expect(report.passed).toBe(false);
    expect(report.config.errors[0]).toMatch(/^\.github\/readiness\.yml:4: checks\[0\]\.bogus: unknown key/);
  });

  it('warns about an expired waiver and counts the check again', async () => {
    const ws = workspaceWithConfig(`checks:
  - { id: a, run: "false", waive: { reason: old excuse, until: 2020-01-01 } }
  - { id: b, run: "false", waive: { reason: current } }
`);
    const report = await runEngine({ workspace: ws, ...fast });
    expect(report.warnings).toEqual(['a: the waiver expired on 2020-01-01; the check counts again (old excuse)']);
    expect(report.checks.map((c) => c.status)).toEqual(['fail', 'waived']);
    expect(report.score).toBe(0);
  });

  it('does not pass the action inputs (and the token among them) to check commands', async () => {
    const ws = workspaceWithConfig('checks:\n  - { id: env, run: "env | grep -c ^INPUT_ || true" }\n');
    const report = await runEngine({ workspace: ws, env: { ...process.env, 'INPUT_GITHUB-TOKEN': 'ghs_secret', INPUT_MODE: 'gate' }, ...fast });
    expect(report.checks[0]!.evidence.outputTail).toBe('0\n');
  });

  it('writes a partial report when cancelled: running checks error, pending ones skip', async () => {
    const ws = workspaceWithConfig('concurrency: 1\nchecks:\n  - { id: long, run: sleep 30 }\n  - { id: next, run: "true" }\n');
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 300);
    const report = await runEngine({ workspace: ws, signal: controller.signal, ...fast });
    expect(report.cancelled).toBe(true);
    expect(report.passed).toBe(false);
    expect(report.checks.map((c) => [c.id, c.status, c.summary])).toEqual([
      ['long', 'error', 'cancelled while running'],
      ['next', 'skipped', 'skipped: the run was cancelled before it started'],
    ]);
    expect(report.gateReason).toMatch(/^the run was cancelled/);
  });
});
