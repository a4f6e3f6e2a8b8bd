// Zero config on a pull request: blockers block (an unresolved conflict marker fails the gate
// whatever the score) and the default new-code gate is applied and said.
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runEngine } from '../../src/engine.js';
import { renderSummary } from '../../src/report/summary.js';
import { pullRequestEvent, Repo } from './git-fixture.js';
import { tempDir } from '../helpers.js';

vi.setConfig({ testTimeout: 180_000 });

const BASE = {
  'README.md': '# app\n\nA small app.\n',
  'LICENSE': 'MIT\n',
  'SECURITY.md': 'Report to security@example.com\n',
  'CONTRIBUTING.md': 'Open a pull request.\n',
  'CHANGELOG.md': '# Changelog\n',
  '.gitignore': 'node_modules\n',
  'src/app.txt': 'one\ntwo\nthree\n',
};

describe('zero config on a pull request', () => {
  it('an added conflict marker fails the gate whatever the score; the default new-code gate is said', async () => {
    const root = tempDir('readiness-zero-pr-');
    const repo = Repo.init(path.join(root, 'work'));
    const base = repo.commit('base', BASE);
    repo.git('checkout', '-q', '-b', 'feature');
    const head = repo.commit('feature', { 'src/app.txt': 'one\n<<<<<<< HEAD\ntwo\n=======\n2\n>>>>>>> theirs\nthree\n', 'docs/notes.md': '# Notes\n' });
    const eventPath = pullRequestEvent(root, base, head);
    const report = await runEngine({ workspace: repo.dir, concurrency: 2, newCode: { mode: 'auto', eventName: 'pull_request', eventPath, gate: {} } });

    expect(report.config.source).toBe('detected');
    const markers = report.checks.find((c) => c.id === 'conflict-markers')!;
    expect(markers).toMatchObject({ required: true, status: 'fail' });
    expect(report.checks.find((c) => c.id === 'secrets')).toMatchObject({ required: true, status: 'pass' });
    // The score alone would pass the default threshold; the blocker fails the gate.
    expect(report.score!).toBeGreaterThanOrEqual(report.threshold);
    expect(report.passed).toBe(false);
    expect(report.blockers).toContain('conflict-markers');
    expect(report.gateReason).toMatch(/required check did not pass: conflict-markers \(fail\)/);

    // The default new-code gate: no new error-level finding (the marker is one); no coverage
    // check ran, so there is no coverage condition.
    expect(report.newCode!.conditions).toEqual([{ id: 'max-errors', limit: 0, actual: expect.any(Number), passed: false, default: true }]);
    expect(report.newCode!.conditions[0]!.actual).toBeGreaterThan(0);
    expect(report.gateReason).toMatch(/new code: \d+ new error-level findings?, at most 0 allowed/);
    const summary = renderSummary(report);
    expect(summary).toContain('## This pull request · ❌ new-code gate failed');
    expect(summary).toContain("Zero config's default new-code gate");
    expect(summary).toMatch(/- ❌ new error-level findings ≤ 0 _\(default\)_: \d+/);
    expect(summary).toContain('**Blockers:** `conflict-markers` (fail) — required: it blocks the gate whatever the score.');
  });
});
