// The built action (dist/index.js) and the CLI on a pull-request checkout, as a runner runs them:
// the event file, inputs overriding the config, outputs, annotations on new findings only.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { runAction } from '../e2e/runner.js';
import { writeFiles } from '../helpers.js';
import { pullRequestEvent, shallowCheckout } from './git-fixture.js';
import { sharedScenario } from './scenario.js';

// Real git processes on a machine shared with other jobs: generous limits, no timing assertions.
vi.setConfig({ testTimeout: 180_000 });

const CONFIG = `
checks:
  - id: todo
    builtin: patterns
    patterns:
      - { id: todo, regex: 'TODO', files: 'src/**', max: 5 }
  - id: cov
    category: coverage
    coverage: { reports: reports/lcov.info, target: 80 }
new-code:
  max-findings: 0
`;
const LCOV = 'SF:src/app.js\nDA:5,1\nDA:11,1\nDA:12,0\nend_of_record\nSF:src/added.js\nDA:1,1\nDA:2,1\nend_of_record\n';

describe('the action on a pull request', () => {
  it('sets the new-code outputs, lets an input override the config, and annotates new findings only', async () => {
    const s = sharedScenario();
    const ws = shallowCheckout(s, 'refs/pull/7/merge');
    writeFiles(ws, { '.github/readiness.yml': CONFIG, 'reports/lcov.info': LCOV });
    const eventPath = pullRequestEvent(s.root, s.baseTip, s.head);
    const env = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath, GITHUB_REPOSITORY: 'octo/app' };
    // max-findings 0 in the config; the input allows one.
    const run = await runAction(ws, { 'new-code-max-findings': '1', 'new-code-coverage': '75', threshold: '0' }, { env });
    expect(run.outputs).toMatchObject({ 'new-code-passed': 'true', 'new-findings': '1', 'patch-coverage': '80.0', 'changed-lines': '8' });
    // Two TODOs in the files, one on a changed line: only that one is annotated.
    expect(run.stdout).toContain('::warning title=todo%3A todo,file=src/app.js,line=11::');
    expect(run.stdout).not.toContain('line=2::');
    expect(run.summary.startsWith('## This pull request · ✅ new-code gate passed')).toBe(true);
    expect(run.code).toBe(0);
    const report = JSON.parse(readFileSync(run.reportPath, 'utf8'));
    expect(report.schemaVersion).toBe(2);
    expect(report.newCode).toMatchObject({ mergeBase: s.forkPoint, source: 'git', conditions: [{ id: 'coverage', actual: 80, passed: true }, { id: 'max-findings', limit: 1, actual: 1, passed: true }] });

    const all = await runAction(ws, { annotate: 'all', 'new-code': 'off', threshold: '0' }, { env });
    expect(all.outputs['changed-lines']).toBe('');
    expect(all.stdout).toContain('file=src/app.js,line=2::');
    expect(all.code).toBe(0);

    // The config's max-findings 0 fails the step, whatever the score.
    const gated = await runAction(ws, { threshold: '0' }, { env });
    expect(gated.code).toBe(1);
    expect(gated.stdout).toContain('::error::Readiness: new code: 1 new finding, at most 0 allowed');
  });

  it('refuses a bad input with one line', async () => {
    const s = sharedScenario();
    const ws = shallowCheckout(s, 'refs/pull/7/head');
    const run = await runAction(ws, { annotate: 'some', 'new-code': '--upload-pack=x' });
    expect(run.code).toBe(1);
    expect(run.summary).toContain('input new-code: expected auto, off or a git ref (no leading "-" or "+", no ":", "*" or spaces), found "--upload-pack=x"');
    expect(run.summary).toContain('input annotate: expected new or all, found "some"');
  });
});

describe('readiness --base', () => {
  it('judges the change since the merge-base with a ref, in the terminal and the JSON report', async () => {
    const s = sharedScenario();
    const ws = shallowCheckout(s, 'refs/pull/7/head');
    writeFiles(ws, { '.github/readiness.yml': CONFIG, 'reports/lcov.info': LCOV });
    const json = path.join(s.root, 'report.json');
    const write = process.stdout.write.bind(process.stdout);
    let printed = '';
    process.stdout.write = ((chunk: string) => ((printed += chunk), true)) as typeof process.stdout.write;
    let code: number;
    try {
      code = await main([ws, '--base', 'main', '--json', json, '--no-color'], {});
    } finally {
      process.stdout.write = write;
    }
    expect(code).toBe(1);
    expect(printed).toContain(`merge-base ${s.forkPoint.slice(0, 7)} (git): 3 files, 8 lines changed`);
    expect(printed).toContain('new findings 1 · patch coverage 80% (4/5)');
    expect(printed).toContain('✗ new findings ≤ 0: 1');
    expect(JSON.parse(readFileSync(json, 'utf8')).newCode).toMatchObject({ base: s.baseTip, head: s.head, changedLines: 8 });
    expect(await main([ws, '--base', '--oops'], {})).toBe(2);
  });
});
