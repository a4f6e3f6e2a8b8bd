// Hostile files: each ends as a clean `error` with a reason (or a clean skip) and bounded memory.
// Test names read "<input> → <outcome>"; scripts/guarantees.mjs turns them into the README table.
import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { parse } from 'yaml';
import { detect } from '../../src/config/detect.js';
import { loadConfigFile } from '../../src/config/load.js';
import { runEngine } from '../../src/engine.js';
import { renderComment } from '../../src/report/comment.js';
import { renderSummary } from '../../src/report/summary.js';
import type { CheckResult } from '../../src/types.js';
import { CLI, gitRepo, runAction } from '../e2e/runner.js';
import { tempDir, writeFiles } from '../helpers.js';

async function check(files: Record<string, string | Buffer>, checkYaml: string, config = ''): Promise<CheckResult> {
  const ws = tempDir();
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(ws, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  writeFiles(ws, { '.github/readiness.yml': `${config}checks:\n  - ${checkYaml}\n` });
  const report = await runEngine({ workspace: ws });
  expect(report.config.errors).toEqual([]);
  return report.checks[0]!;
}

const rssMb = () => process.memoryUsage().rss / 1e6;

describe('hostile files', () => {
  it('truncated JUnit XML → error naming the line where the XML stops', async () => {
    const c = await check({ 'r.xml': '<testsuites>\n<testsuite name="s">\n<testcase name="a">\n<failure message="x' }, '{ id: t, tests: { reports: r.xml } }');
    expect(c).toMatchObject({ status: 'error', summary: expect.stringMatching(/^r\.xml: malformed JUnit XML: .* at line 4/) });
  });

  it('DOCTYPE entity bomb ("billion laughs") → error, nothing expanded, memory flat', async () => {
    const levels = Array.from({ length: 10 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('');
    const before = rssMb();
    const c = await check({ 'r.xml': `<?xml version="1.0"?><!DOCTYPE t [<!ENTITY l0 "ha">${levels}]><testsuite><testcase name="&l10;"/></testsuite>` }, '{ id: t, tests: { reports: r.xml } }');
    expect(c).toMatchObject({ status: 'error', summary: expect.stringContaining('undefined entity') });
    expect(rssMb() - before).toBeLessThan(100);
  });

  it('DOCTYPE external entity (file:///etc/passwd) → error, the file is never read', async () => {
    const c = await check({ 'r.xml': '<?xml version="1.0"?><!DOCTYPE t [<!ENTITY x SYSTEM "file:///etc/passwd">]><testsuite><testcase name="&x;"/></testsuite>' }, '{ id: t, tests: { reports: r.xml } }');
    expect(c.status).toBe('error');
    expect(JSON.stringify(c)).not.toContain('root:');
  });

  it('100,000 levels of XML nesting → error "no test cases", no stack overflow', async () => {
    const depth = 100_000;
    const c = await check({ 'r.xml': `<testsuites>${'<testsuite>'.repeat(depth)}${'</testsuite>'.repeat(depth)}</testsuites>` }, '{ id: t, tests: { reports: r.xml } }');
    expect(c).toMatchObject({ status: 'error', summary: 'the report has no test cases' });
  });

  it('100,000 levels of JSON nesting → error "not a SARIF log", no stack overflow', async () => {
    const c = await check({ 'r.sarif': `${'['.repeat(100_000)}${']'.repeat(100_000)}` }, '{ id: s, sarif: { reports: r.sarif } }');
    expect(c).toMatchObject({ status: 'error', summary: 'r.sarif: not a SARIF log: expected an object with "runs"' });
  });

  it('a 2 GiB sparse file → refused by size before reading, and skipped by the scans', async () => {
    const ws = gitRepo({ '.github/readiness.yml': 'checks:\n  - { id: cov, coverage: { reports: big.info } }\n  - { id: conflicts, builtin: conflict-markers }\n' });
    const fd = openSync(path.join(ws, 'big.info'), 'w');
    writeSync(fd, 'x', 2 * 1024 * 1024 * 1024 - 1);
    closeSync(fd);
    const t0 = performance.now();
    const report = await runEngine({ workspace: ws });
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(report.checks[0]).toMatchObject({ status: 'error', summary: 'big.info: 2048 MiB is over max-report-size (256 MiB)' });
    expect(report.checks[1]).toMatchObject({ status: 'pass', metrics: { skippedLarge: 1 } });
  });

  it('random binary → error "unrecognised coverage report", scans skip it as binary', async () => {
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    const c = await check({ 'r.info': bytes }, '{ id: c, coverage: { reports: r.info } }');
    expect(c).toMatchObject({ status: 'error', summary: expect.stringMatching(/^r\.info: unrecognised coverage report/) });
    const ws = gitRepo({ '.github/readiness.yml': 'checks:\n  - { id: s, builtin: secrets }\n' });
    writeFileSync(path.join(ws, 'blob.bin'), bytes);
    expect((await runEngine({ workspace: ws })).checks[0]!.metrics).toMatchObject({ skippedBinary: 1 });
  });

  it('invalid UTF-8 → read with replacement characters, still measured', async () => {
    const c = await check({ 'r.info': Buffer.concat([Buffer.from('SF:src/caf'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('.c\nDA:1,1\nDA:2,0\nend_of_record\n')]) }, '{ id: c, coverage: { reports: r.info } }');
    expect(c.metrics).toMatchObject({ lines: { covered: 1, total: 2 } });
  });

  it('UTF-16 JUnit with a BOM and without one → read as the same report', async () => {
    const xml = '<testsuite><testcase name="a"/><testcase name="b"><failure/></testcase></testsuite>';
    const withBom = await check({ 'r.xml': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]) }, '{ id: t, tests: { reports: r.xml } }');
    const without = await check({ 'r.xml': Buffer.from(xml, 'utf16le') }, '{ id: t, tests: { reports: r.xml } }');
    expect(withBom.metrics).toMatchObject({ total: 2, failed: 1 });
    expect(without.metrics).toEqual(withBom.metrics);
  });

  it('a JSON array of a million elements → error "not pip-audit dependencies", memory bounded', async () => {
    const before = rssMb();
    const c = await check({ 'a.json': `[${'0,'.repeat(999_999)}0]` }, '{ id: a, audit: { reports: a.json } }');
    expect(c).toMatchObject({ status: 'error', summary: expect.stringContaining('a JSON list of 1000000 items that are not pip-audit dependencies') });
    expect(rssMb() - before).toBeLessThan(300);
  });

  it('a symlink loop → error "cannot be resolved (ELOOP)"; the scans skip it', async () => {
    const ws = gitRepo({ '.github/readiness.yml': 'checks:\n  - { id: t, tests: { reports: loop.xml } }\n  - { id: c, builtin: conflict-markers }\n' });
    symlinkSync('loop.xml', path.join(ws, 'loop.xml'));
    const report = await runEngine({ workspace: ws });
    expect(report.checks[0]!.summary).toMatch(/^loop\.xml: cannot be resolved \(ELOOP\)/);
    expect(report.checks[1]!.metrics).toMatchObject({ skippedSymlink: 1 });
  });

  it('a symlink out of the workspace → error "is a symlink to outside the workspace"', async () => {
    const outside = tempDir();
    writeFileSync(path.join(outside, 'r.xml'), '<testsuite><testcase name="a"/></testsuite>');
    const ws = gitRepo({ '.github/readiness.yml': 'checks:\n  - { id: t, tests: { reports: "reports/*.xml" } }\n' });
    mkdirSync(path.join(ws, 'reports'));
    symlinkSync(path.join(outside, 'r.xml'), path.join(ws, 'reports', 'r.xml'));
    expect((await runEngine({ workspace: ws })).checks[0]!.summary).toBe('reports/r.xml is a symlink to outside the workspace');
  });

  it('cargo test totals of 1e23 passed plus 1 failed → error "beyond 9007199254740991", never "100% passed"; 2^53 - 2 passed and 1 failed → under 100%, a failure', async () => {
    const line = (passed: string, failed: number) => `test result: FAILED. ${passed} passed; ${failed} failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.01s`;
    const ws = gitRepo({
      'huge.txt': `${line('100000000000000000000000', 1)}\n`,
      'edge.txt': `${line(String(2 ** 53 - 2), 1)}\n`,
      '.github/readiness.yml': 'checks:\n  - { id: huge, tests: { reports: huge.txt, format: libtest } }\n  - { id: edge, tests: { reports: edge.txt, format: libtest } }\n',
    });
    const report = await runEngine({ workspace: ws });
    const huge = report.checks.find((c) => c.id === 'huge')!;
    expect(huge).toMatchObject({ status: 'error', summary: expect.stringContaining(`test counts beyond ${Number.MAX_SAFE_INTEGER}`) });
    const edge = report.checks.find((c) => c.id === 'edge')!;
    expect(edge.status).toBe('fail');
    expect(edge.score).toBeLessThan(100);
    expect(edge.summary).not.toMatch(/^100% passed/);
  });

  it('a flake8 violation whose message holds a CR or U+2028 → counted and listed, not dropped', async () => {
    const ws = gitRepo({
      'flake8.txt': 'src/a.py:1:1: E501 line too long\rstill the message\nsrc/b.py:2:1: W291 trailing\u2028space\nsrc/c.py:3:1: F401 unused\n',
      '.github/readiness.yml': 'checks:\n  - { id: lint, sarif: { reports: flake8.txt, format: flake8 } }\n',
    });
    const check = (await runEngine({ workspace: ws })).checks[0]!;
    expect(check.findings.map((f) => f.file)).toEqual(['src/a.py', 'src/b.py', 'src/c.py']);
  });

  it('a conflict block of three marker lines added by a change → "1 new finding", never "at least"', async () => {
    const ws = gitRepo({ 'a.txt': 'a\n', '.github/readiness.yml': 'checks:\n  - { id: c, builtin: conflict-markers }\n' });
    const git = (...args: string[]) => spawnSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@e', ...args], { cwd: ws });
    git('checkout', '-q', '-b', 'change');
    writeFileSync(path.join(ws, 'b.txt'), 'x\n<<<<<<< HEAD\nb\n=======\nc\n>>>>>>> other\n');
    git('add', '-A');
    git('commit', '-q', '-m', 'conflict');
    const report = await runEngine({ workspace: ws, newCode: { mode: 'main', gate: {} } });
    expect(report.newCode).toMatchObject({ findings: { total: 1, partial: false }, checks: [{ id: 'c', newFindings: 1 }] });
    expect(report.newCode!.checks[0]!.partial).toBeUndefined();
    expect(renderSummary(report) + renderComment(report, '<!-- m -->', 'https://x/1')).not.toContain('at least');
  });

  it('a config symlinked to a file outside the workspace, and a 2 MB config → config errors naming why; none of the outside file reaches the report or summary', async () => {
    const outside = path.join(tempDir(), 'secret.yml');
    writeFileSync(outside, 'root:x:0:0:root:/root:/bin/bash\n');
    const linked = gitRepo({ 'a.txt': 'a\n' });
    mkdirSync(path.join(linked, '.github'), { recursive: true });
    symlinkSync(outside, path.join(linked, '.github/readiness.yml'));
    const report = await runEngine({ workspace: linked });
    expect(report.config.errors).toEqual(['.github/readiness.yml: the config file is a symlink to outside the workspace']);
    expect(JSON.stringify(report) + renderSummary(report)).not.toContain('root:x');
    const big = gitRepo({ '.github/readiness.yml': `checks:\n  - { id: a, run: "true" }\n${'# padding\n'.repeat(200_000)}` });
    expect((await runEngine({ workspace: big })).config.errors).toEqual([expect.stringMatching(/^\.github\/readiness\.yml: cannot read the config file: 1\.9 MiB, over the 1 MiB limit$/)]);
  });

  it('file names with newlines and non-ASCII → found and shown on one line, paths intact', async () => {
    const name = 'odd\nname ü 名前.txt';
    const ws = gitRepo({ '.github/readiness.yml': 'checks:\n  - { id: c, builtin: conflict-markers }\n', [name]: 'a\n<<<<<<< HEAD\nb\n=======\nc\n>>>>>>> x\n' });
    const report = await runEngine({ workspace: ws });
    expect(report.checks[0]!.findings[0]).toMatchObject({ file: name, line: 2 });
  });

  it('a report without read permission → error "cannot read it (EACCES)"', () => {
    const ws = tempDir();
    chmodSync(ws, 0o777);
    writeFiles(ws, { '.github/readiness.yml': 'checks:\n  - { id: t, tests: { reports: r.xml } }\n', 'r.xml': '<testsuite/>' });
    chmodSync(path.join(ws, 'r.xml'), 0o000);
    // Root reads anything, so the run drops to an unprivileged user where it can. That user may not
    // reach the checkout (a parent folder of mode 0700, as in a mktemp -d clone): it runs a copy
    // of the bundle in a folder it can read, wherever the checkout lives.
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const cli = readableCopyOfCli();
    const json = path.join(ws, 'out.json');
    const r = spawnSync(process.execPath, [cli, ws, '--json', json], { encoding: 'utf8', ...asNobody, env: { PATH: process.env.PATH, HOME: '/tmp' } });
    // On failure, the assertion shows what the process said: its real cause, not an empty stdout.
    expect(`exit ${r.status}${r.error ? ` ${r.error.message}` : ''}\n${r.stdout}\n${r.stderr}`).toMatch(/^exit 1\n[\s\S]*r\.xml: cannot read it \(EACCES\)/);
  });

  it('a named pipe (FIFO) where a report should be → error "not a regular file", never blocks', async () => {
    const ws = tempDir();
    writeFiles(ws, { '.github/readiness.yml': 'checks:\n  - { id: t, tests: { reports: r.xml } }\n' });
    spawnSync('mkfifo', [path.join(ws, 'r.xml')]);
    const report = await runEngine({ workspace: ws });
    expect(report.checks[0]!.summary).toBe('r.xml: not a regular file');
  });
});

/** The bundle and its package.json copied to a fresh folder every user can read. */
function readableCopyOfCli(): string {
  const dir = tempDir('readiness-cli-');
  chmodSync(dir, 0o755);
  cpSync(path.dirname(CLI), path.join(dir, 'dist'), { recursive: true });
  copyFileSync(path.join(path.dirname(CLI), '..', 'package.json'), path.join(dir, 'package.json'));
  return path.join(dir, 'dist', path.basename(CLI));
}

describe('hostile configs', () => {
  async function configErrors(file: string, text: string): Promise<string[]> {
    const ws = tempDir();
    writeFiles(ws, { [file]: text });
    const report = await runEngine({ workspace: ws, config: file });
    expect(report.passed).toBe(false);
    return report.config.errors;
  }

  it('two checks of weight 1e308 (their sum overflows) → config error naming the field and the largest weight', async () => {
    const errors = await configErrors('r.yml', 'checks:\n  - { id: a, weight: 1e308, run: "true" }\n  - { id: b, weight: 1e308, run: "false" }\n');
    expect(errors).toEqual([
      'r.yml:2: checks[0].weight: expected a number ≤ 1000000, found 1e+308 (number)',
      'r.yml:3: checks[1].weight: expected a number ≤ 1000000, found 1e+308 (number)',
    ]);
  });

  it('timeout: 2147484 (past what Node\'s 32-bit timers hold) → config error naming the maximum', async () => {
    const errors = await configErrors('r.yml', 'checks:\n  - { id: a, timeout: 2147484, run: "true" }\n');
    expect(errors).toEqual(['r.yml:2: checks[0].timeout: expected a number ≤ 2147483, found 2147484 (number)']);
  });

  it('a package.json with a trailing comma under zero config → detection says it could not be read, with the JSON error\'s line and column, never silence', () => {
    const ws = tempDir();
    writeFiles(ws, { 'package.json': '{\n  "name": "x",\n  "scripts": { "test": "vitest" },\n}\n' });
    const reasons = detect(ws).reasons;
    expect(reasons.find((r) => r.startsWith('Node: package.json could not be read'))).toMatch(/^Node: package\.json could not be read \(invalid JSON: .*line 4,? column 1\)?.*, so no Node checks were detected$/);
  });

  it('a workspace folder named with a newline ("pk\\nevil"), then `readiness init` → the written YAML parses back to the same checks: ids slugged, working-directory "pk\\nevil" intact, no injected key', async () => {
    const ws = tempDir();
    writeFiles(ws, { 'package.json': '{"name":"root","private":true,"workspaces":["*"],"scripts":{"test":"vitest"}}', 'pk\nevil/package.json': '{"name":"evil","scripts":{"test":"jest"}}' });
    const r = spawnSync(process.execPath, [CLI, 'init', ws], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const written = readFileSync(path.join(ws, '.github', 'readiness.yml'), 'utf8');
    // Only comments and the two keys: the newline in the folder's name starts no key of its own.
    expect(Object.keys(parse(written) as object)).toEqual(['extends', 'threshold']);
    const config = loadConfigFile(ws, path.join(ws, '.github', 'readiness.yml')).config;
    const evil = config.checks.filter((c) => c.workingDirectory !== '.');
    expect(evil.map((c) => c.id)).toContain('pk-evil-test');
    expect(evil.every((c) => c.workingDirectory === 'pk\nevil')).toBe(true);
    expect(config.checks.every((c) => /^[a-z0-9][a-z0-9-]*$/.test(c.id))).toBe(true);
  });

  it('a .json config with a trailing comma → config error "invalid JSON" with line and column, not read as YAML', async () => {
    const errors = await configErrors('readiness.json', '{\n  "checks": [\n    { "id": "a", "run": "true" },\n  ]\n}\n');
    expect(errors).toEqual(['readiness.json:4:3: invalid JSON: unexpected "]"']);
  });
});

describe('hostile environment', () => {
  /** As root, or through passwordless sudo (GitHub's runners): mounting needs one of them. */
  const privileged = (command: string, args: string[]) =>
    process.getuid?.() === 0 ? spawnSync(command, args, { encoding: 'utf8' }) : spawnSync('sudo', ['-n', command, ...args], { encoding: 'utf8' });

  /** A small tmpfs owned by this user, unmounted and removed after the test. */
  function mountTmpfs(options: string): string {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'readiness-disk-'));
    const mounted = privileged('mount', ['-t', 'tmpfs', '-o', `${options},uid=${process.getuid?.()},gid=${process.getgid?.()}`, 'tmpfs', dir]);
    expect(mounted.status, `mounting a tmpfs needs root or passwordless sudo: ${mounted.stderr}`).toBe(0);
    onTestFinished(() => {
      privileged('umount', [dir]);
      rmSync(dir, { recursive: true, force: true });
    });
    return dir;
  }

  function smallDisk(): string {
    const dir = mountTmpfs('size=64k');
    spawnSync('sh', ['-c', `head -c 60000 /dev/zero > ${dir}/filler`]);
    return dir;
  }

  it('a full disk where the JSON report goes → a warning, and no truncated report left behind (the old one stays whole)', async () => {
    const disk = smallDisk();
    const reportFile = path.join(disk, 'report.json');
    writeFileSync(reportFile, '{"old": true}\n');
    const checks = Array.from({ length: 40 }, (_, i) => `  - { id: c${i}, run: "echo ${'x'.repeat(200)}" }`).join('\n');
    const repo = gitRepo({ '.github/readiness.yml': `checks:\n${checks}\n` });
    const run = await runAction(repo, { 'report-path': reportFile, mode: 'report' });
    expect(run.stdout).toMatch(/::warning::could not write the JSON report to .*ENOSPC/);
    expect(JSON.parse(readFileSync(reportFile, 'utf8'))).toEqual({ old: true });
    expect(readdirSync(disk).sort()).toEqual(['filler', 'report.json']);
    // The summary lives elsewhere and is still written.
    expect(run.summary).toContain('Readiness');
  });

  it('RUNNER_TEMP missing, or read-only → the system temp folder is used, with a warning; the report is written', async () => {
    const repo = gitRepo({ '.github/readiness.yml': 'checks:\n  - { id: a, run: "test -d \\"$READINESS_TEMP\\"" }\n' });
    const missing = await runAction(repo, {}, { env: { RUNNER_TEMP: path.join(repo, 'no-such-folder') } });
    expect(missing.stdout).toContain('RUNNER_TEMP');
    expect(missing.stdout).toMatch(/cannot be used \(ENOENT\); using .* instead/);
    expect(missing.stdout).not.toContain('mkdtemp');
    expect(missing.code).toBe(0);
    expect(existsSync(missing.reportPath)).toBe(true);
    expect(JSON.parse(readFileSync(missing.reportPath, 'utf8')).checks[0].status).toBe('pass');
    const readOnly = await runAction(repo, {}, { env: { RUNNER_TEMP: mountTmpfs('ro,size=64k') } });
    expect(readOnly.stdout).toMatch(/cannot be used \(EROFS\); using .* instead/);
    expect(readOnly.code).toBe(0);
  });
});
