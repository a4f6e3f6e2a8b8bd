// Built-in scans on repositories made in the test: planted problems found with exact counts and
// locations, a clean repository scoring 100 on every scan, and secret values never shown.
import { execFileSync } from 'node:child_process';
import { symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEngine } from '../../src/engine.js';
import { listFiles } from '../../src/scan/file-list.js';
import { planAnnotations } from '../../src/report/annotations.js';
import { renderSarif } from '../../src/report/sarif.js';
import { renderSummary } from '../../src/report/summary.js';
import { gitRepo } from '../e2e/runner.js';
import { SECRET_VALUES } from '../fixtures.js';
import { tempDir, writeFiles } from '../helpers.js';


const ALL_SCANS = `checks:
  - { id: conflicts, category: hygiene, builtin: conflict-markers }
  - { id: secrets, category: security, builtin: secrets }
  - { id: files, category: docs, builtin: files, sections: [Install, Usage] }
  - { id: git, category: hygiene, builtin: git, window: 10 }
  - id: patterns
    category: quality
    builtin: patterns
    patterns:
      - { id: unwrap, regex: "\\\\.unwrap\\\\(\\\\)", files: "*.rs", max: 3, target: 0 }
      - { id: panic, regex: "panic!", files: "*.rs", max: 0 }
      - { id: random, regex: "Math\\\\.random", files: "src/security/**" }
  - { id: roadmap, category: docs, builtin: checklist, files: ROADMAP.md, target: 100 }
  - { id: docker, category: security, builtin: dockerfile }
`;

const PLANTED: Record<string, string> = {
  '.github/readiness.yml': ALL_SCANS,
  'README.md': '# App\n\nShort.\n',
  'docs/guide.md': 'Guide\n=======\n\nText that has a heading underline.\n',
  'src/merge.ts': 'export const a = 1;\n<<<<<<< HEAD\nexport const b = 2;\n=======\nexport const b = 3;\n>>>>>>> feature\n',
  'src/config.ts': `export const aws = "${SECRET_VALUES.aws}";\nexport const gh = "${SECRET_VALUES.github}";\n`,
  'src/db.py': `password = "${SECRET_VALUES.password}"\n`,
  '.env': `DATABASE_URL=${SECRET_VALUES.env}\n`,
  'src/lib.rs': 'fn a() { x.unwrap(); y.unwrap(); }\nfn b() { panic!("no"); }\n',
  'src/security/token.js': 'export const t = Math.random();\n',
  'ROADMAP.md': '- [x] one\n- [ ] two\n  - [X] nested\n- [ ] four\n',
  Dockerfile: 'FROM node:latest\nRUN npm ci\n',
  'notes.orig': 'left over\n',
};

async function engineOn(ws: string) {
  const secrets: string[] = [];
  const report = await runEngine({ workspace: ws, onSecret: (v) => secrets.push(v) });
  if (report.config.errors.length) throw new Error(report.config.errors.join('\n'));
  return { report, secrets, check: (id: string) => report.checks.find((c) => c.id === id)! };
}

describe('built-in scans on a repository with planted problems', () => {
  it('finds each problem with exact counts and locations', async () => {
    const ws = gitRepo(PLANTED);
    const { report, check, secrets } = await engineOn(ws);

    expect(check('conflicts')).toMatchObject({ status: 'fail', score: 0, metrics: { files: 1, markers: 3 } });
    expect(check('conflicts').findings).toEqual([{ file: 'src/merge.ts', line: 2, severity: 'error', rule: 'conflict-marker', message: 'unresolved merge conflict (3 marker lines)' }]);

    const s = check('secrets');
    expect(s).toMatchObject({ status: 'fail', score: 0, metrics: { findings: 4, 'aws-access-key-id': 1, 'github-token': 1, 'generic-secret': 1, dotenv: 1 } });
    expect(s.findings.map((f) => [f.file, f.line, f.rule])).toEqual([
      ['.env', 1, 'dotenv'],
      ['src/config.ts', 1, 'aws-access-key-id'],
      ['src/config.ts', 2, 'github-token'],
      ['src/db.py', 1, 'generic-secret'],
    ]);
    expect(s.findings.every((f) => /^[0-9a-f]{12}$/.test(f.fingerprint!))).toBe(true);
    expect(secrets).toEqual(expect.arrayContaining(Object.values(SECRET_VALUES)));

    // README too short and without the sections; no licence, security policy, contributing,
    // changelog, CODEOWNERS, workflow, dependency update config or .gitignore: 0 of 11 present.
    const f = check('files');
    expect(f).toMatchObject({ status: 'fail', score: 0, metrics: { present: 0, required: 11 } });
    expect(f.findings.map((x) => x.rule)).toEqual([
      'missing-readme',
      'missing-license',
      'missing-security',
      'missing-contributing',
      'missing-changelog',
      'missing-codeowners',
      'missing-workflow',
      'missing-dependency-updates',
      'missing-gitignore',
      'missing-readme-section',
      'missing-readme-section',
    ]);

    const g = check('git');
    expect(g).toMatchObject({ status: 'fail', metrics: { shallow: false, commits: 1, artefacts: 1, largeFiles: 0, conventional: { matching: 1, window: 1, pct: 100 } } });
    expect(g.findings).toEqual([{ file: 'notes.orig', severity: 'warning', rule: 'stray-merge-artefact', message: 'stray merge artefact (left by a merge tool or patch)' }]);

    const p = check('patterns');
    expect(p.metrics).toMatchObject({ unwrap: 2, panic: 1, random: 1 });
    expect(p.status).toBe('fail');
    expect(p.findings.map((x) => [x.rule, x.file, x.line])).toEqual([
      ['unwrap', 'src/lib.rs', 1],
      ['unwrap', 'src/lib.rs', 1],
      ['panic', 'src/lib.rs', 2],
      ['random', 'src/security/token.js', 1],
    ]);

    expect(check('roadmap')).toMatchObject({ status: 'warn', score: 50, metrics: { done: 2, total: 4, pct: 50 }, summary: '2/4 items done (50%), target 100%' });

    const d = check('docker');
    expect(d).toMatchObject({ status: 'fail', score: 40, metrics: { dockerfiles: 1, rulesMet: 2, rules: 5 } });
    expect(d.findings.map((x) => [x.rule, x.line])).toEqual([
      ['non-root-user', 1],
      ['healthcheck', 1],
      ['pinned-base-image', 1],
    ]);

    // The pass read the files once for all scans and says so.
    expect(check('conflicts').evidence.note).toMatch(/^Scanned \d+ of \d+ files listed by git ls-files -co --exclude-standard/);
    expect(report.score).not.toBeNull();
  });

  it('never shows a secret value: not in the summary, report, annotations or SARIF', async () => {
    const ws = gitRepo({ ...PLANTED, 'leak.sh': `echo "${SECRET_VALUES.github}"\n` });
    writeFileSync(path.join(ws, '.github/readiness.yml'), `${ALL_SCANS}  - { id: echo, run: bash leak.sh }\n`);
    const { report } = await engineOn(ws);
    const rendered = [JSON.stringify(report), renderSummary(report), JSON.stringify(planAnnotations(report)), JSON.stringify(renderSarif(report))].join('\n');
    for (const value of Object.values(SECRET_VALUES)) expect(rendered).not.toContain(value);
    // The command that printed a token shows it masked.
    expect(report.checks.find((c) => c.id === 'echo')!.evidence.outputTail).toBe('***\n');
  });

  it('gives a clean repository 100 on every scan', async () => {
    const ws = gitRepo({
      '.github/readiness.yml': ALL_SCANS,
      '.github/workflows/ci.yml': 'on: push\n',
      '.github/CODEOWNERS': '* @team\n',
      '.github/dependabot.yml': 'version: 2\n',
      'README.md': `# App\n\nThis application keeps a ledger of readiness scores for teams, with evidence for every number it reports and nothing claimed that was not measured by a command.\n\n## Install\n\nnpm ci\n\n## Usage\n\nnpm start\n`,
      LICENSE: 'MIT\n',
      'SECURITY.md': 'Report to security@example.com\n',
      'CONTRIBUTING.md': 'PRs welcome\n',
      'CHANGELOG.md': '# 1.0.0\n',
      '.gitignore': '.env\nnode_modules/\n',
      'package.json': '{}\n',
      'src/lib.rs': 'fn a() -> Result<(), E> { x? ; Ok(()) }\n',
      'ROADMAP.md': '- [x] one\n- [x] two\n',
      Dockerfile: 'FROM node:20-alpine\nUSER node\nHEALTHCHECK CMD wget -q -O- http://localhost:3000/health\n',
    });
    const { report } = await engineOn(ws);
    for (const c of report.checks) expect([c.id, c.status, c.score]).toEqual([c.id, 'pass', 100]);
  });
});

describe('the file list', () => {
  it('outside git, walks the tree honouring nested .gitignore files', async () => {
    const ws = tempDir();
    writeFiles(ws, { '.gitignore': 'dist/\n*.log\n', 'a.txt': 'x', 'b.log': 'x', 'dist/out.js': 'x', 'sub/.gitignore': 'secret.txt\n', 'sub/secret.txt': 'x', 'sub/keep.txt': 'x', '.git-not/x': 'x' });
    expect(await listFiles(ws)).toEqual({ files: ['.git-not/x', '.gitignore', 'a.txt', 'sub/.gitignore', 'sub/keep.txt'], tracked: new Set(), source: 'walk' });
  });

  it('reads untracked files that sort inside the tracked ones in file order, as one sorted list would', async () => {
    // 600 tracked files make three batches; the scan starts on them before git lists the untracked
    // ones, which then sort into the middle of the first and last batch and before the second.
    const files: Record<string, string> = { '.github/readiness.yml': 'checks:\n  - { id: c, builtin: conflict-markers }\n' };
    for (let i = 0; i < 600; i++) files[`f${String(i).padStart(4, '0')}.txt`] = i % 100 === 0 ? '<<<<<<< HEAD\n' : 'x\n';
    const ws = gitRepo(files);
    writeFiles(ws, { 'f0010u.txt': '<<<<<<< HEAD\n', 'f0255u.txt': '>>>>>>> theirs\n', 'f0590u.txt': '<<<<<<< HEAD\n', 'zz.txt': '||||||| base\n' });
    const { check } = await engineOn(ws);
    expect(check('c').metrics).toMatchObject({ scanned: 605 });
    expect(check('c').findings!.map((f) => f.file)).toEqual(['f0000.txt', 'f0010u.txt', 'f0100.txt', 'f0200.txt', 'f0255u.txt', 'f0300.txt', 'f0400.txt', 'f0500.txt', 'f0590u.txt', 'zz.txt']);
  });

  it('finds a block whose markers carry no labels through the whole pass', async () => {
    const ws = gitRepo({ '.github/readiness.yml': 'checks:\n  - { id: c, builtin: conflict-markers }\n', 'merged.txt': 'a\n<<<<<<<\nours\n=======\ntheirs\n>>>>>>>\n', 'ok.txt': 'fine\n' });
    const { check } = await engineOn(ws);
    expect(check('c')).toMatchObject({ status: 'fail', metrics: { markers: 3 } });
    expect(check('c').findings!.map((f) => [f.file, f.line])).toEqual([['merged.txt', 2]]);
  });

  it('skips and counts binary files, files over max-file-size and symlinks', async () => {
    const ws = gitRepo({ '.github/readiness.yml': 'max-file-size: 1KB\nchecks:\n  - { id: c, builtin: conflict-markers }\n', 'big.txt': 'x'.repeat(2000), 'ok.txt': 'fine\n' });
    writeFileSync(path.join(ws, 'bin.dat'), Buffer.from([0x3c, 0x3c, 0, 1, 2]));
    symlinkSync('/etc/passwd', path.join(ws, 'link'));
    const { check } = await engineOn(ws);
    expect(check('c').metrics).toMatchObject({ skippedBinary: 1, skippedLarge: 1, skippedSymlink: 1 });
    expect(check('c').evidence.note).toContain('over max-file-size: big.txt');
  });

  it('lists a private key in a test-fixture folder as a note, without failing the check', async () => {
    const key = `-----BEGIN RSA PRIVATE KEY-----\n${'MIIEowIBAAKCAQEA7Zq5RJmW2z8nS3bH9XrPqTjxWYVkL0M4dNfGhJk8sQpRtUvWxYz0123456789abcdef'}\n-----END RSA PRIVATE KEY-----\n`;
    const ws = gitRepo({ '.github/readiness.yml': 'checks:\n  - { id: secrets, builtin: secrets }\n', 'src/test/resources/tls/server.key': key, 'README.md': '# x\n' });
    const { check } = await engineOn(ws);
    expect(check('secrets')).toMatchObject({ status: 'pass', score: 100, metrics: { findings: 0, fixtures: 1 } });
    expect(check('secrets').summary).toMatch(/^no secrets in \d+ files; 1 test fixture listed, not scored$/);
    expect(check('secrets').findings).toMatchObject([{ file: 'src/test/resources/tls/server.key', line: 1, severity: 'note', rule: 'private-key-fixture' }]);
  });

  it('a JWT test vector in a spec file is a masked fixture note; a live-looking ghp_ token in a test file still fails', async () => {
    const jwt = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';
    const live = 'ghp_R8s2kLq9Zt4VbN7mXc1Pw6Yd3Hf5Jg0AeU2r';
    const ws = gitRepo({ '.github/readiness.yml': 'checks:\n  - { id: secrets, builtin: secrets }\n', 'src/auth.spec.ts': `const token = '${jwt}';\n`, 'README.md': '# x\n' });
    const secrets: string[] = [];
    const report = await runEngine({ workspace: ws, onSecret: (v) => secrets.push(v) });
    const s = report.checks.find((c) => c.id === 'secrets')!;
    expect(s).toMatchObject({ status: 'pass', score: 100, metrics: { findings: 0, fixtures: 1 } });
    expect(s.findings).toMatchObject([{ file: 'src/auth.spec.ts', line: 1, severity: 'note', rule: 'jwt-fixture' }]);
    expect(secrets).toContain(jwt);
    expect(JSON.stringify(report)).not.toContain(jwt);

    const other = gitRepo({ '.github/readiness.yml': 'checks:\n  - { id: secrets, builtin: secrets }\n', 'client.test.ts': `const t = '${live}';\n` });
    const again = await runEngine({ workspace: other });
    expect(again.checks.find((c) => c.id === 'secrets')).toMatchObject({ status: 'fail', score: 0, findings: expect.arrayContaining([expect.objectContaining({ file: 'client.test.ts', severity: 'error', rule: 'github-token' })]) });
  });

  it('a met Conventional Commits target scores 100 (target 0 included), also audited from a subfolder', async () => {
    const ws = gitRepo({ 'web/.github/readiness.yml': 'checks:\n  - { id: git, builtin: git, target: 0 }\n', 'web/a.txt': 'a\n' });
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '--amend', '-m', 'not conventional'], { cwd: ws });
    const { check } = await engineOn(path.join(ws, 'web'));
    expect(check('git').metrics).toMatchObject({ shallow: false, conventional: { matching: 0 } });
    expect(check('git').summary).toMatch(/^1 commit; 0\/1 recent subject is a Conventional Commit|^1 commit; 0\/1 recent subject is Conventional Commits/);
    expect([check('git').status, check('git').score]).toEqual(['pass', 100]);
  });

  it('says the history is shallow on a depth-1 clone instead of misreporting it', async () => {
    const origin = gitRepo({ 'a.txt': 'a\n' });
    for (const n of [1, 2, 3]) execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '--allow-empty', '-m', `chore: ${n}`], { cwd: origin });
    const clone = path.join(tempDir(), 'clone');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${origin}`, clone]);
    writeFiles(clone, { '.github/readiness.yml': 'checks:\n  - { id: git, builtin: git }\n' });
    const { check } = await engineOn(clone);
    expect(check('git').metrics).toMatchObject({ shallow: true, commits: null });
    expect(check('git').summary).toMatch(/^history is shallow \(use fetch-depth: 0/);
    expect(check('git').status).toBe('pass');
  });
});
