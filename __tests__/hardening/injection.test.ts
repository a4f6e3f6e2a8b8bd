// Injection: what commands print and what reports say can never add HTML, images, links, mentions
// or table breaks to the summary or the pull-request comment; secret values never appear anywhere.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { runEngine } from '../../src/engine.js';
import { discoverChange, FETCHED_REF } from '../../src/new-code/view.js';
import { MergeError, readShard } from '../../src/github/merge.js';
import { planAnnotations } from '../../src/report/annotations.js';
import { renderComment } from '../../src/report/comment.js';
import { renderSarif } from '../../src/report/sarif.js';
import { renderSummary } from '../../src/report/summary.js';
import type { Report } from '../../src/types.js';
import { SECRET_VALUES } from '../fixtures.js';
import { tempDir, writeFiles } from '../helpers.js';
import { HOSTILE, countTags, renderGfm } from '../render.js';
import { spawnSync } from 'node:child_process';
import { CLI, gitRepo, runAction } from '../e2e/runner.js';

/** Markup that must not come from anything but us: the only links are ours (the run link). */
function assertClean(markdown: string, ownLinks = 0): void {
  const html = renderGfm(markdown);
  for (const tag of ['img', 'script', 'iframe', 'h1']) expect(countTags(html, tag), tag).toBe(0);
  // Our own notes are GitHub alerts ("> [!NOTE]"); any other blockquote would be injected.
  expect(countTags(html, 'blockquote')).toBe((markdown.match(/^> \[!/gm) ?? []).length);
  expect(countTags(html, 'a')).toBe(ownLinks);
  const outsideCode = html.replace(/<pre>[\s\S]*?<\/pre>/g, '').replace(/<code>[\s\S]*?<\/code>/g, '');
  expect(outsideCode).not.toMatch(/@octocat|https?:\/\/evil|<details open/);
}

async function hostileRun(): Promise<Report> {
  const ws = tempDir();
  const xmlSafe = HOSTILE.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  writeFiles(ws, {
    'junit.xml': `<testsuite><testcase classname="${xmlSafe}" name="${xmlSafe}" file="src/a.ts" line="1"><failure message="${xmlSafe}"/></testcase></testsuite>`,
    'r.sarif': JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ ruleId: HOSTILE, level: 'error', message: { text: HOSTILE }, locations: [{ physicalLocation: { artifactLocation: { uri: 'src/a.ts' }, region: { startLine: 2 } } }] }] }] }),
    'out.txt': HOSTILE,
    '.github/readiness.yml': 'checks:\n  - { id: out, run: "cat out.txt; exit 1" }\n  - { id: tests, tests: { reports: junit.xml } }\n  - { id: lint, sarif: { reports: r.sarif } }\n',
  });
  return runEngine({ workspace: ws });
}

describe('injection', () => {
  it('command output with HTML, images, links, mentions and <details> → shown as text in the summary', async () => {
    const report = await hostileRun();
    const md = renderSummary(report);
    assertClean(md);
    expect(countTags(renderGfm(md), 'details')).toBe(report.checks.length);
  });

  it('markup in a report\'s tool name and version, waiver date, signal, start time and baseline date (a report object past the schema) → text in the summary and the comment', async () => {
    const report = await hostileRun();
    const bad = HOSTILE.split('\n')[0]!;
    const tampered: Report = {
      ...report,
      tool: { name: bad, version: bad },
      startedAt: bad,
      checks: report.checks.map((c) => ({ ...c, evidence: { ...c.evidence, signal: bad }, waiver: { reason: 'later', until: bad, state: 'active' as const, measuredStatus: 'fail' as const } })),
      baseline: { status: 'compared', source: 'file', branch: 'r.json', previous: { score: 1, grade: 'F', sha: '', date: `${bad}## ✅ All good`, runId: '' }, delta: 0 },
    };
    assertClean(renderSummary(tampered));
    assertClean(renderComment(tampered, '<!-- m -->', 'https://x/1'), 1);
  });

  it('an apostrophe in a check title ("don\'t ship") → the details title reads "don\'t ship", never "&#39;"', async () => {
    const ws = tempDir();
    writeFiles(ws, { '.github/readiness.yml': 'checks:\n  - { id: a, title: "don\'t ship #1 at 5 o\'clock", run: "true" }\n' });
    const html = renderGfm(renderSummary(await runEngine({ workspace: ws })));
    expect(html).toMatch(/<summary>✅ don(?:'|&#39;)t ship #\u200B1 at 5 o(?:'|&#39;)clock/);
    expect(html).not.toContain('&amp;#39;');
    expect(html).not.toMatch(/&#\u200B39;/);
  });

  it('test names and failure messages from a JUnit report → text in the summary and the comment', async () => {
    const report = await hostileRun();
    expect(report.checks[1]!.findings).toHaveLength(1);
    assertClean(renderSummary(report));
    assertClean(renderComment(report, '<!-- m -->', 'https://github.com/o/r/actions/runs/1'), 1);
  });

  it('SARIF rule ids and message texts → text in the summary, the comment and the annotations', async () => {
    const report = await hostileRun();
    assertClean(renderSummary(report));
    assertClean(renderComment(report, '<!-- m -->', 'https://github.com/o/r/actions/runs/1'), 1);
    // Annotations go through the runner's command escaping (% \r \n : ,); they hold one line each.
    for (const a of planAnnotations(report).annotations) expect(a.file).toBe('src/a.ts');
  });

  it('table-breaking text (| and newlines) in results → every table keeps its rows and cells', async () => {
    const report = await hostileRun();
    const html = renderGfm(renderSummary(report));
    const checksTable = html.split('<table>')[2]!.split('</table>')[0]!;
    expect(countTags(checksTable, 'tr')).toBe(report.checks.length + 1);
    expect(countTags(checksTable, 'td')).toBe(report.checks.length * 5);
  });

  it('secret values found by the scan → never in captured output, summary, report, comment or SARIF', async () => {
    const ws = tempDir();
    writeFiles(ws, {
      'src/config.ts': `export const k = "${SECRET_VALUES.aws}";\nexport const gh = "${SECRET_VALUES.github}";\n`,
      'leak.sh': `echo "${SECRET_VALUES.aws} ${SECRET_VALUES.github}"\n`,
      '.github/readiness.yml': 'checks:\n  - { id: leak, run: "bash leak.sh" }\n  - { id: secrets, builtin: secrets }\n',
    });
    const report = await runEngine({ workspace: ws });
    const everything = [JSON.stringify(report), renderSummary(report), renderComment(report, '<!-- m -->', 'https://x/1'), JSON.stringify(renderSarif(report)), JSON.stringify(planAnnotations(report))].join('\n');
    for (const v of [SECRET_VALUES.aws, SECRET_VALUES.github]) expect(everything).not.toContain(v);
    expect(report.checks[0]!.evidence.outputTail).toBe('*** ***\n');
  });

  it('a value registered as secret (the GitHub token) printed by a check → masked in everything written', async () => {
    const ws = tempDir();
    const token = 'ghs_TokenGivenToSetSecret0123456789ab';
    writeFileSync(path.join(ws, 'say.sh'), `echo "token is ${token}"\n`);
    writeFiles(ws, { '.github/readiness.yml': 'checks:\n  - { id: say, run: "bash say.sh" }\n' });
    const report = await runEngine({ workspace: ws, secrets: [token] });
    expect(JSON.stringify(report) + renderSummary(report)).not.toContain(token);
    expect(report.checks[0]!.evidence.outputTail).toBe('token is ***\n');
  });
});

/** A report as plain JSON, for tampering. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the point is to write anything into it
type Loose = Record<string, any>;

describe('merged shard reports are validated before use', () => {
  /** A real report from a real run, as a shard on disk, after `tamper` changed it. */
  async function tamperedShard(tamper: (r: Loose) => void): Promise<string> {
    const ws = tempDir();
    writeFiles(ws, { '.github/readiness.yml': 'checks:\n  - { id: build, category: build, run: "true" }\n  - { id: unit, category: tests, run: "false" }\n' });
    const report = JSON.parse(JSON.stringify(await runEngine({ workspace: ws }))) as Loose;
    tamper(report);
    const file = path.join(ws, 'shard.json');
    writeFileSync(file, JSON.stringify(report));
    return file;
  }
  const cases: [string, (r: Loose) => void, string][] = [
    ['a check id holding a workflow command', (r) => (r.checks[0].id = 'x\n::error::INJECTED'), 'checks[0].id: expected a slug'],
    ['a check score of 1e9', (r) => (r.checks[0].score = 1e9), 'checks[0].score: Too big'],
    ['a check score of -50', (r) => (r.checks[0].score = -50), 'checks[0].score: Too small'],
    ['a weight of -5', (r) => (r.checks[1].weight = -5), 'checks[1].weight: Too small'],
    ['a status "bogus"', (r) => (r.checks[0].status = 'bogus'), 'checks[0].status: Invalid option'],
    ['an unknown report version', (r) => (r.schemaVersion = 99), 'schemaVersion: expected 2, found 99'],
  ];
  for (const [what, tamper, problem] of cases) {
    it(`a shard with ${what} → refused, naming the file and the field`, async () => {
      const file = await tamperedShard(tamper);
      expect(() => readShard(file, 'shards/a.json')).toThrow(MergeError);
      expect(() => readShard(file, 'shards/a.json')).toThrow(/^shards\/a\.json: not a Readiness Scorecard report of schemaVersion 2: /);
      expect(() => readShard(file, 'shards/a.json')).toThrow(problem);
    });
  }

  it('merging a shard with "\\n::set-output name=passed::true" in a check id → the action fails, and stdout holds no injected workflow command', async () => {
    const file = await tamperedShard((r) => (r.checks[0].id = 'x\n::set-output name=passed::true\n::error::INJECTED'));
    const repo = gitRepo({ 'README.md': '# x\n' });
    writeFiles(repo, { 'reports/a/readiness-report.json': readFileSync(file, 'utf8') });
    const run = await runAction(repo, { merge: 'reports/*/readiness-report.json' });
    expect(run.code).toBe(1);
    expect(run.outputs.passed).toBe('false');
    expect(run.stdout.split('\n').filter((l) => /^\s*::(set-output|error::INJECTED)/.test(l))).toEqual([]);
    expect(run.summary).toContain('reports/a/readiness-report.json: not a Readiness Scorecard report of schemaVersion 2: checks[0].id: expected a slug');
  });
});

describe('secrets leave in no form', () => {
  it('.env values of 7 and 3 characters (DB_PASSWORD=hunter2, PIN=abc) printed by a command → masked in the summary, the report and the log; the runner is given the 7-character one only', async () => {
    const repo = gitRepo({
      '.env': 'DB_PASSWORD=hunter2\nPIN=abc\nDEBUG=true\n',
      '.github/readiness.yml': `checks:
  - { id: secrets, category: security, builtin: secrets }
  - { id: show, after: [secrets], run: "cat .env; echo abcdef hunter22" }
`,
    });
    const run = await runAction(repo, { mode: 'report' });
    const report = readFileSync(run.reportPath, 'utf8');
    const log = run.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n');
    for (const text of [run.summary, report, log]) expect(text).not.toMatch(/\bhunter2\b|=abc\b/);
    const show = (JSON.parse(report) as Report).checks.find((c) => c.id === 'show')!;
    // Whole words only: a longer word holding the value stays readable; a switch is not a secret.
    expect(show.evidence.outputTail).toBe('DB_PASSWORD=***\nPIN=***\nDEBUG=true\nabcdef hunter22\n');
    expect(run.stdout).toContain('::add-mask::hunter2');
    expect(run.stdout).not.toContain('::add-mask::abc');
  });

  it('a found secret in a check\'s title, and printed base64-encoded by a command → masked in the summary, the report and the log', async () => {
    const value = SECRET_VALUES.aws;
    const repo = gitRepo({
      '.github/readiness.yml': `checks:
  - { id: secrets, category: security, builtin: secrets }
  - { id: deploy, title: "deploy with ${value}", needs: [secrets], run: "true" }
  - { id: encoded, after: [secrets], run: "printf 'key=%s;' '${value}' | base64 -w0; echo; printf 'x${value}' | base64 -w0" }
`,
      'src/config.ts': `export const aws = "${value}";\n`,
    });
    const run = await runAction(repo, { mode: 'report' });
    const encoded = [Buffer.from(`key=${value};`).toString('base64'), Buffer.from(`x${value}`).toString('base64')];
    const report = readFileSync(run.reportPath, 'utf8');
    const log = run.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n');
    for (const text of [run.summary, report, log]) {
      expect(text).not.toContain(value);
      expect(text).not.toContain(Buffer.from(value).toString('base64').slice(0, 24));
      for (const e of encoded) expect(text).not.toContain(e);
    }
    expect(JSON.parse(report).checks[1].title).toBe('deploy with ***');
  });
});

describe('the new-code ref is a ref, never a refspec', () => {
  it('new-code "main:refs/heads/pwned" and "+main:refs/tags/v9" → refused, no branch or tag written; "main" is fetched into refs/readiness/ only', async () => {
    const origin = gitRepo({ 'a.txt': 'a\n' });
    execFileSync('git', ['tag', 'v9'], { cwd: origin });
    execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@e', 'commit', '-q', '--allow-empty', '-m', 'feature'], { cwd: origin });
    execFileSync('git', ['branch', 'feature'], { cwd: origin });
    execFileSync('git', ['reset', '-q', '--hard', 'HEAD~1'], { cwd: origin });
    const ws = path.join(tempDir(), 'clone');
    execFileSync('git', ['clone', '-q', '--no-tags', '--single-branch', '-b', 'feature', `file://${origin}`, ws]);
    const refs = () => execFileSync('git', ['for-each-ref', '--format=%(refname)'], { cwd: ws, encoding: 'utf8' }).trim().split('\n').sort();
    const before = refs();
    for (const mode of ['main:refs/heads/pwned', '+main:refs/tags/v9', 'main:', '+main']) {
      const found = await discoverChange(ws, { mode, gate: {} });
      expect(found?.problem, mode).toMatch(/is not a ref \(no leading "-" or "\+", no ":"/);
      expect(refs(), mode).toEqual(before);
    }
    const fetched = await discoverChange(ws, { mode: 'main', gate: {} });
    expect(fetched?.found.base).toMatch(/^[0-9a-f]{40}$/);
    expect(refs()).toEqual([...before, FETCHED_REF].sort());
  }, 60_000);
});

describe('the terminal', () => {
  it('a baseline file whose JSON keys hold terminal escapes (OSC title, colour) → the CLI names the field with the escapes quoted, none reaches the terminal', () => {
    const ws = gitRepo({ '.github/readiness.yml': 'checks:\n  - { id: a, run: "true" }\n' });
    const evil = '\u001b]0;pwned\u0007\u001b[31mRED';
    const baseline = path.join(ws, 'baseline.json');
    writeFileSync(baseline, JSON.stringify({ schemaVersion: 1, score: 50, grade: 'F', sha: '', runId: '', date: '', checks: [], history: [{ score: 50, sha: '', date: '', metrics: { [evil]: 'x' } }] }));
    const r = spawnSync(process.execPath, [CLI, ws, '--baseline', baseline], { encoding: 'utf8', env: { PATH: process.env.PATH, HOME: '/tmp' } });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('history.0.metrics."\\u001b]0;pwned\\u0007\\u001b[31mRED"');
    expect(r.stdout + r.stderr).not.toContain('\u001b');
  });
});

