// builtin: workflows through the engine, on repositories made here: findings with file and line in
// the report, the annotations and the SARIF log; scoring by max and target; config errors; zero
// config adding it in the security category; the files check naming the dependency update tool.
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/config/detect.js';
import { parseConfig } from '../../src/config/load.js';
import { runEngine } from '../../src/engine.js';
import { planAnnotations } from '../../src/report/annotations.js';
import { renderSarif } from '../../src/report/sarif.js';
import { gitRepo } from '../e2e/runner.js';
import { tempDir, writeFiles } from '../helpers.js';

const SHA = '11bd71901bbe5b1630ceea73d27597364c9af683';

const RISKY = `name: triage
on:
  pull_request_target:
  issues:
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          ref: \${{ github.event.pull_request.head.sha }}
      - run: npm ci && npm test
      - run: echo "\${{ github.event.issue.title }}"
      - run: curl -fsSL https://example.com/install.sh | bash
      - run: npm install -g typescript
      # readiness: ignore[unpinned-install] only prints the version of the runner's npm
      - run: npm install -g npm && npm --version
`;

const SAFE = `name: ci
on: [push, pull_request]
permissions:
  contents: read
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${SHA} # v4.2.2
      - run: echo "\${{ github.sha }}" && npm test
      - uses: ./.github/actions/setup
`;

const LOCAL_ACTION = `name: setup
runs:
  using: composite
  steps:
    - uses: actions/setup-node@v4
`;

async function engineOn(ws: string) {
  const report = await runEngine({ workspace: ws });
  if (report.config.errors.length) throw new Error(report.config.errors.join('\n'));
  return { report, check: (id: string) => report.checks.find((c) => c.id === id)! };
}

const config = (extra = '') => `checks:\n  - { id: workflows, category: security, builtin: workflows${extra} }\n`;

describe('builtin: workflows', () => {
  it('reports every finding with file, line and rule, in annotations and SARIF, and fails on the exploitable ones', async () => {
    const ws = gitRepo({ '.github/readiness.yml': config(), '.github/workflows/triage.yml': RISKY, '.github/workflows/ci.yml': SAFE, '.github/actions/setup/action.yml': LOCAL_ACTION });
    const { report, check } = await engineOn(ws);
    const w = check('workflows');
    expect(w.findings.map((f) => [f.file, f.line, f.rule, f.severity])).toEqual([
      ['.github/actions/setup/action.yml', 5, 'unpinned-action', 'warning'],
      ['.github/workflows/triage.yml', 6, 'permissions-missing', 'warning'],
      ['.github/workflows/triage.yml', 9, 'unpinned-action', 'warning'],
      ['.github/workflows/triage.yml', 9, 'persisted-credentials', 'warning'],
      ['.github/workflows/triage.yml', 11, 'dangerous-trigger', 'error'],
      ['.github/workflows/triage.yml', 13, 'script-injection', 'error'],
      ['.github/workflows/triage.yml', 14, 'download-and-run', 'warning'],
      ['.github/workflows/triage.yml', 15, 'unpinned-install', 'warning'],
    ]);
    expect(w).toMatchObject({
      kind: 'workflows',
      status: 'fail',
      score: 0,
      metrics: { workflows: 2, actions: 1, findings: 8, 'unpinned-action': 2, 'dangerous-trigger': 1, 'script-injection': 1, 'persisted-credentials': 1, 'unpinned-install': 1, uses: 4, pinned: 2, trustedAtTag: 0, suppressed: 1, notes: 0 },
    });
    expect(w.summary).toBe(
      '2 unpinned-action, 1 permissions-missing, 1 dangerous-trigger, 1 script-injection, 1 download-and-run, 1 persisted-credentials, 1 unpinned-install in 2 workflows and 1 local action; 2/4 uses pinned; 1 suppressed',
    );
    // The suppressed finding is listed in the check's details, with its reason.
    expect(w.evidence.note).toContain("Suppressed 1 finding (# readiness: ignore):\n.github/workflows/triage.yml:17 unpinned-install: only prints the version of the runner's npm");
    expect(w.evidence.sources).toEqual(['.github/actions/setup/action.yml', '.github/workflows/ci.yml', '.github/workflows/triage.yml']);

    const annotations = planAnnotations(report);
    expect(JSON.stringify(annotations)).toContain('triage.yml');
    const sarif = renderSarif(report) as { runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[] };
    const results = sarif.runs[0]!.results.filter((r) => r.ruleId.startsWith('workflows/'));
    expect(results.map((r) => [r.ruleId, r.locations[0]!.physicalLocation.region.startLine])).toContainEqual(['workflows/script-injection', 13]);
    expect(results.map((r) => [r.ruleId, r.locations[0]!.physicalLocation.region.startLine])).toContainEqual(['workflows/unpinned-install', 15]);
    expect(results).toHaveLength(8);
    expect(annotations.annotations.filter((a) => a.title === 'workflows: persisted-credentials')).toEqual([expect.objectContaining({ file: '.github/workflows/triage.yml', line: 9, level: 'warning' })]);
  });

  it('lists a head checkout behind a label gate as a note that neither fails nor costs points', async () => {
    const gated = `on: pull_request_target
permissions: {}
jobs:
  e2e:
    if: contains(github.event.pull_request.labels.*.name, 'safe to test')
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${SHA}
        with:
          ref: \${{ github.event.pull_request.head.sha }}
          persist-credentials: false
      - run: npm ci && npm run e2e
`;
    const { report, check } = await engineOn(gitRepo({ '.github/readiness.yml': config(), '.github/workflows/e2e.yml': gated }));
    const w = check('workflows');
    expect(w).toMatchObject({ status: 'pass', score: 100, metrics: { 'dangerous-trigger': 0, notes: 1 } });
    expect(w.findings.map((f) => [f.line, f.rule, f.severity])).toEqual([[10, 'dangerous-trigger', 'note']]);
    expect(w.summary).toBe('no findings in 1 workflow; 1/1 uses pinned; 1 note');
    const sarif = renderSarif(report) as { runs: { results: { ruleId: string; level: string }[] }[] };
    expect(sarif.runs[0]!.results.filter((r) => r.ruleId === 'workflows/dangerous-trigger').map((r) => r.level)).toEqual(['note']);
  });

  it('scores by per-rule max and target, and trusts configured owners at a tag', async () => {
    const files = { '.github/workflows/ci.yml': SAFE.replace(`@${SHA} # v4.2.2`, '@v4'), '.github/actions/setup/action.yml': LOCAL_ACTION };
    const strict = await engineOn(gitRepo({ '.github/readiness.yml': config(), ...files }));
    // Two unpinned actions against the default target 0, no max: a warning losing 10 points each.
    expect(strict.check('workflows')).toMatchObject({ status: 'warn', score: 80, metrics: { 'unpinned-action': 2 } });
    const relaxed = await engineOn(gitRepo({ '.github/readiness.yml': config(', target: { unpinned-action: 2 }'), ...files }));
    expect(relaxed.check('workflows')).toMatchObject({ status: 'pass', score: 100 });
    const hard = await engineOn(gitRepo({ '.github/readiness.yml': config(', max: { unpinned-action: 2 }'), ...files }));
    expect(hard.check('workflows')).toMatchObject({ status: 'fail', score: 0 });
    const trusted = await engineOn(gitRepo({ '.github/readiness.yml': config(', trusted-actions: ["actions/*"]'), ...files }));
    expect(trusted.check('workflows')).toMatchObject({ status: 'pass', score: 100, metrics: { trustedAtTag: 2, 'unpinned-action': 0 } });
  });

  it('is an error naming the file and line of a workflow it cannot parse', async () => {
    const { check } = await engineOn(gitRepo({ '.github/readiness.yml': config(), '.github/workflows/bad.yml': 'on: push\njobs:\n  a: [\n' }));
    expect(check('workflows')).toMatchObject({ status: 'error', score: 0 });
    expect(check('workflows').summary).toMatch(/^cannot parse \.github\/workflows\/bad\.yml line \d+: /);
  });

  it('is skipped in a repository without workflows', async () => {
    const { check } = await engineOn(gitRepo({ '.github/readiness.yml': config(), 'README.md': '# x\n' }));
    expect(check('workflows')).toMatchObject({ status: 'skipped', summary: 'no workflow in .github/workflows and no local action.yml' });
  });

  it('rejects limits that name no rule, a percent target, and options on other builtins', () => {
    expect(() => parseConfig(config(', max: { unpinned: 1 }'), 'r.yml')).toThrow(/unpinned/);
    expect(() => parseConfig(config(', target: 50'), 'r.yml')).toThrow(/checks\[0\]\.target.*counts per rule/);
    expect(() => parseConfig('checks:\n  - { id: g, builtin: git, target: { unpinned-action: 1 } }\n', 'r.yml')).toThrow(/checks\[0\]\.target.*a percent/);
    expect(() => parseConfig('checks:\n  - { id: s, builtin: secrets, trusted-actions: [a/*] }\n', 'r.yml')).toThrow(/only for builtin: workflows/);
  });
});

describe('zero config and the files check', () => {
  it('adds workflows in the security category when .github/workflows exists', () => {
    const dir = tempDir();
    writeFiles(dir, { '.github/workflows/ci.yml': 'on: push\n' });
    const checks = parseConfig(detect(dir).yaml, 'detected.yml').checks;
    expect(checks.find((c) => c.id === 'workflows')).toMatchObject({ kind: 'workflows', category: 'security' });
    const bare = tempDir();
    writeFiles(bare, { 'README.md': '# x\n' });
    expect(parseConfig(detect(bare).yaml, 'detected.yml').checks.map((c) => c.id)).not.toContain('workflows');
  });

  it('names the dependency update tool it finds, and asks for one when there is none', async () => {
    const files = (extra: Record<string, string>) => gitRepo({ '.github/readiness.yml': 'checks:\n  - { id: files, builtin: files }\n', ...extra });
    const renovate = await engineOn(files({ 'renovate.json': '{}\n' }));
    expect(renovate.check('files').metrics).toMatchObject({ dependencyUpdateTool: 'Renovate (renovate.json)' });
    expect(renovate.check('files').summary).toContain('updates: Renovate (renovate.json)');
    const dependabot = await engineOn(files({ '.github/dependabot.yaml': 'version: 2\n' }));
    expect(dependabot.check('files').metrics).toMatchObject({ dependencyUpdateTool: 'Dependabot (.github/dependabot.yaml)' });
    const none = await engineOn(files({ 'README.md': '# x\n' }));
    expect(none.check('files').findings.map((f) => f.rule)).toContain('missing-dependency-updates');
  });
});
