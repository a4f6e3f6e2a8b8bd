// Hostile pull requests: a change that tries to shape its own new-code view (a diff too big to read
// whole, attributes that hide its lines) must never get a gate to pass on what was not read.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runEngine } from '../../src/engine.js';
import { changesFromPatches } from '../../src/new-code/diff.js';
import { patchCoverage } from '../../src/new-code/classify.js';
import { LineHits } from '../../src/readers/coverage.js';
import { renderSummary } from '../../src/report/summary.js';
import { gitRepo, runAction } from '../e2e/runner.js';
import type { Report } from '../../src/types.js';

// Real git processes on a busy machine: generous limits, no timing assertions.
vi.setConfig({ testTimeout: 180_000 });

function commitOn(ws: string, branch: string, files: Record<string, string>): void {
  const git = (...args: string[]) => {
    const r = spawnSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@e', ...args], { cwd: ws });
    if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  };
  git('checkout', '-q', '-b', branch);
  for (const [rel, content] of Object.entries(files)) writeFileSync(path.join(ws, rel), content);
  git('add', '-A');
  git('commit', '-q', '-m', 'change');
}

describe('hostile changes', () => {
  it('a diff past the output cap (2,000 added lines read with a 4 KiB cap) hiding a conflict marker in a later file → the view is partial and max-findings 0 is "not measured", never passed', async () => {
    const ws = gitRepo({ 'a.txt': 'a\n', '.github/readiness.yml': 'checks:\n  - { id: c, builtin: conflict-markers }\n' });
    // Files are diffed in path order: the big one first, the conflict after it.
    commitOn(ws, 'change', {
      'a-big.txt': Array.from({ length: 2000 }, (_, i) => `added line ${i}`).join('\n') + '\n',
      'z-conflict.txt': 'x\n<<<<<<< HEAD\nb\n=======\nc\n>>>>>>> other\n',
    });
    // Read whole, the marker is a new finding and the gate fails on it.
    const whole = await runEngine({ workspace: ws, newCode: { mode: 'main', gate: { maxFindings: 0 } } });
    expect(whole.newCode).toMatchObject({ changedLines: 2006, findings: { total: 1, partial: false }, passed: false });
    // Cut: the marker's file is never reached, and nothing may pass on what was read.
    const cut = await runEngine({ workspace: ws, newCode: { mode: 'main', gate: { maxFindings: 0 }, maxDiffBytes: 4096 } });
    const n = cut.newCode!;
    expect(n.changedLines).toBeLessThan(2000);
    expect(n.findings).toMatchObject({ total: 0, partial: true });
    expect(n.passed).toBe(false);
    expect(n.conditions).toEqual([{ id: 'max-findings', limit: 0, actual: null, passed: false, reason: expect.stringContaining('not measured: the diff is larger than 4096 bytes and was cut there') }]);
    expect(n.reason).toContain('the diff is larger than 4096 bytes and was cut there');
    expect(cut.passed).toBe(false);
    expect(cut.gateReason).toContain('new code: new findings not measured: the diff is larger than 4096 bytes');
    const summary = renderSummary(cut);
    expect(summary).toContain('**New findings:** none (at least: only part of the change was read).');
    expect(summary).not.toContain('new-code gate passed');
  });

  it('a pull request adding ".gitattributes" with "*.js -diff" and 3 uncovered lines of app.js → patch coverage 0% and the gate fails, never "no executable line was changed" (built action)', async () => {
    const ws = gitRepo({ 'src/app.js': 'a();\nb();\n', '.github/readiness.yml': 'checks:\n  - { id: cov, category: coverage, coverage: { reports: lcov.info } }\n' });
    commitOn(ws, 'change', {
      '.gitattributes': '*.js -diff\n',
      'src/app.js': 'a();\nb();\nc();\nd();\ne();\n',
      'lcov.info': 'SF:src/app.js\nDA:1,1\nDA:2,1\nDA:3,0\nDA:4,0\nDA:5,0\nend_of_record\n',
    });
    const run = await runAction(ws, { 'new-code': 'main', 'new-code-coverage': '80', threshold: '0' });
    const report = JSON.parse(readFileSync(run.reportPath, 'utf8')) as Report;
    expect(report.newCode).toMatchObject({ changedFiles: 3, coverage: { covered: 0, total: 3, pct: 0 }, passed: false });
    expect(report.newCode!.conditions).toEqual([{ id: 'coverage', limit: 80, actual: 0, passed: false }]);
    expect(run.outputs['patch-coverage']).toBe('0.0');
    expect(run.summary).not.toContain('no executable line was changed');
    expect(run.code).toBe(1);
  });

  it('a file changed as a whole (binary to git, or left without a patch by the compare API) → every line a coverage report knows counts as changed', () => {
    const hits = new LineHits();
    hits.add(1, 1);
    hits.add(2, 0);
    hits.add(4, 0);
    const changes = changesFromPatches([{ filename: 'src/app.js', status: 'modified' }]);
    expect(changes.files.get('src/app.js')).toMatchObject({ wholeFile: true, lines: [] });
    const patch = patchCoverage([{ lines: new Map([['src/app.js', hits]]), workingDirectory: '.' }], changes, '/ws');
    expect(patch).toMatchObject({ covered: 1, total: 3, uncovered: [{ file: 'src/app.js', lines: [2, 4] }] });
  });
});
