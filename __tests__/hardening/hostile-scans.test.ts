// Hostile input to the built-in scans: crafted files end in time linear in their size, and a
// runaway user regex ends at the check's time limit or a signal, with the report still written.
// Test names read "<input> → <outcome>"; scripts/guarantees.mjs turns them into the README table.
// No test depends on how fast the machine is: each asserts the outcome, and a test's own time
// limit (far above a normal run) only proves that the scan ends at all.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSecrets } from '../../src/checks/secrets.js';
import { runEngine } from '../../src/engine.js';
import type { Report } from '../../src/types.js';
import { CLI, gitRepo, ROOT } from '../e2e/runner.js';
import { SECRET_VALUES } from '../fixtures.js';
import { tempDir } from '../helpers.js';

const MB4 = 4 * 1024 * 1024;
const fill = (unit: string) => unit.repeat(Math.floor(MB4 / unit.length));

/** `(a+)+$` backtracks 2^n times on n a's and a mismatch: 34 took 108 s, 40 is hours. */
const RUNAWAY = "{ id: runaway, regex: '(a+)+$' }";

describe('hostile scans', () => {
  it('4 MB of "token=" repeated → secrets scan ends in linear time, no finding', async () => {
    const ws = gitRepo({ 'config.yml': fill('token='), '.github/readiness.yml': 'checks:\n  - { id: secrets, builtin: secrets }\n' });
    const report = await runEngine({ workspace: ws });
    expect(report.checks[0]).toMatchObject({ status: 'pass', summary: expect.stringMatching(/^no secrets in \d+ files$/) });
  }, 120_000);

  // Each input once made a rule rescan the rest of the file from every one of its starts.
  it.each([
    ['private-key BEGIN lines without an END', 'key.pem', fill('-----BEGIN RSA PRIVATE KEY-----\n'), 0],
    ['"eyJ-" in one 4 MB line', 'a.txt', fill('eyJ-'), 0],
    ['"glpat-" and x\'s in one 4 MB line', 'a.txt', fill('glpat-xxxxxxxxxxxxxxxxxxxxx'), 0],
    ['"xoxb-" in one 4 MB line', 'a.txt', fill('xoxb-'), 0],
    ['"_authToken=" in one 4 MB line', '.npmrc', fill('_authToken='), 7944],
    ['65,536 Slack-like tokens on one line', 'a.txt', fill('xoxb-1234567890-'), 65536],
    ['a .env value with 4 MB of spaces inside', '.env', `A=x${' '.repeat(MB4)}y\n`, 1],
    ['a .env value of 4 MB of "<"', '.env', `A=${'<'.repeat(MB4)}\n`, 1],
  ])('%s → secrets scan ends in linear time', (_name, file, text, hits) => {
    expect(findSecrets(file, text)).toHaveLength(hits);
  }, 60_000);

  it('a workflow of nested YAML aliases (9 levels of 9, a "billion laughs") beside a real AWS key → workflows error naming the alias limit and line, the secrets scan still fails on the key', async () => {
    const bomb = ['on: push', `x0: &a0 [${Array(9).fill('"${{ github.event.issue.title }}"').join(', ')}]`];
    for (let i = 1; i <= 9; i++) bomb.push(`x${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]`);
    bomb.push('jobs:', '  build:', '    runs-on: ubuntu-latest', '    permissions: { contents: write }', '    strategy: { matrix: { x: *a9 } }', '    steps:', '      - run: echo hi');
    const ws = gitRepo({
      '.github/workflows/bomb.yml': `${bomb.join('\n')}\n`,
      'src/config.ts': `export const key = "${SECRET_VALUES.aws}";\n`,
      // Before, the shared pass spent minutes in the workflow rules and the secrets check gave up.
      '.github/readiness.yml': 'checks:\n  - { id: workflows, builtin: workflows, timeout: 30 }\n  - { id: secrets, builtin: secrets, timeout: 30 }\n',
    });
    const report = await runEngine({ workspace: ws });
    expect(report.checks.find((c) => c.id === 'workflows')).toMatchObject({
      status: 'error',
      summary: 'cannot parse .github/workflows/bomb.yml line 3: invalid YAML: Excessive alias count indicates a resource exhaustion attack; at most 100 aliases are expanded',
    });
    expect(report.checks.find((c) => c.id === 'secrets')).toMatchObject({ status: 'fail', findings: [expect.objectContaining({ file: 'src/config.ts', rule: 'aws-access-key-id' })] });
  }, 60_000);

  it('a workflow over max-file-size beside a clean one → workflows error naming the skipped file, never a pass on the file it read; alone → error, not "no workflow"', async () => {
    const clean = 'on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n';
    const big = `${clean}${'# padding\n'.repeat(2000)}`;
    const config = 'max-file-size: 8KiB\nchecks:\n  - { id: workflows, builtin: workflows }\n';
    const both = await runEngine({ workspace: gitRepo({ '.github/workflows/a.yml': clean, '.github/workflows/big.yml': big, '.github/readiness.yml': config }) });
    expect(both.checks[0]).toMatchObject({ status: 'error', summary: 'could not read .github/workflows/big.yml: over max-file-size (20 KiB); no findings in the others' });
    expect(both.checks[0]!.findings[0]).toMatchObject({ file: '.github/workflows/big.yml', rule: 'unread' });
    const alone = await runEngine({ workspace: gitRepo({ '.github/workflows/big.yml': big, '.github/readiness.yml': config }) });
    expect(alone.checks[0]).toMatchObject({ status: 'error', summary: expect.stringMatching(/^could not read \.github\/workflows\/big\.yml: over max-file-size/) });
  }, 60_000);

  it('patterns regex (a+)+$ over "a"×34 + "!" with timeout: 3 → error "timed out after 3 s", the other scans finish', async () => {
    const ws = gitRepo({
      'a.txt': `${'a'.repeat(34)}!\n`,
      '.github/readiness.yml': `checks:\n  - { id: slow, builtin: patterns, timeout: 3, patterns: [${RUNAWAY}] }\n  - { id: conflicts, builtin: conflict-markers }\n`,
    });
    const report = await runEngine({ workspace: ws });
    expect(report.checks.find((c) => c.id === 'slow')).toMatchObject({ status: 'error', summary: 'timed out after 3 s; the scan was stopped' });
    expect(report.checks.find((c) => c.id === 'conflicts')).toMatchObject({ status: 'pass' });
  }, 60_000);

  it('a cancelled run during a runaway patterns regex → the check ends "cancelled", the report is complete', async () => {
    const ws = gitRepo({ 'a.txt': `${'a'.repeat(40)}!\n`, '.github/readiness.yml': `checks:\n  - { id: slow, builtin: patterns, patterns: [${RUNAWAY}] }\n` });
    const controller = new AbortController();
    const report = await runEngine({ workspace: ws, signal: controller.signal, onCheckStart: () => setImmediate(() => controller.abort()) });
    expect(report.cancelled).toBe(true);
    expect(report.checks[0]).toMatchObject({ status: 'error', summary: 'cancelled while running' });
  }, 60_000);

  it.skipIf(!existsSync(CLI))('SIGTERM to the CLI during a runaway patterns regex → exits, report written with the check cancelled', async () => {
    const ws = gitRepo({ 'a.txt': `${'a'.repeat(40)}!\n`, '.github/readiness.yml': `checks:\n  - { id: slow, builtin: patterns, patterns: [${RUNAWAY}] }\n` });
    const out = path.join(tempDir(), 'report.json');
    const child = spawn(process.execPath, [CLI, ws, '--json', out, '--no-color'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    // Signalled once the check has started, never after a fixed delay.
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      if (!child.killed && stderr.includes('slow running')) child.kill('SIGTERM');
    });
    child.stdout.resume();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(1);
    const report = JSON.parse(readFileSync(out, 'utf8')) as Report;
    expect(report.cancelled).toBe(true);
    expect(report.checks[0]).toMatchObject({ status: 'error', summary: 'cancelled while running' });
  }, 60_000);

  it.skipIf(!existsSync(CLI))('dist/ deleted by a check before the scans start → the scans still run (their worker was loaded first)', () => {
    const dist = path.join(tempDir(), 'dist');
    cpSync(path.join(ROOT, 'dist'), dist, { recursive: true });
    const ws = gitRepo({
      'a.txt': 'hello\n',
      '.github/readiness.yml': `concurrency: 1\nchecks:\n  - { id: wipe, run: "rm -rf '${dist}'" }\n  - { id: conflicts, builtin: conflict-markers, needs: [wipe] }\n  - { id: secrets, builtin: secrets, needs: [wipe] }\n`,
    });
    const out = path.join(tempDir(), 'report.json');
    const r = spawnSync(process.execPath, [path.join(dist, 'cli.js'), ws, '--json', out, '--no-color'], { encoding: 'utf8' });
    expect(existsSync(dist)).toBe(false);
    const report = JSON.parse(readFileSync(out, 'utf8')) as Report;
    expect(report.checks.map((c) => [c.id, c.status])).toEqual([
      ['wipe', 'pass'],
      ['conflicts', 'pass'],
      ['secrets', 'pass'],
    ]);
    expect(r.status).toBe(0);
  }, 60_000);
});
