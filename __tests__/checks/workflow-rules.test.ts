// The workflows rules on workflow files written here: each rule's true positives with their lines,
// and the near misses that must not fire.
import { describe, expect, it } from 'vitest';
import { analyzeFile, applySuppressions, downloadAndRun, missingPermissions, pinState, unpinnedInstalls, untrustedContext, type FileAnalysis } from '../../src/checks/workflow-rules.js';
import { DEFAULT_WORKFLOW_LIMITS, trustedMatcher, workflowLimits, workflowLimitsText } from '../../src/checks/workflows.js';

const SHA = 'b4ffde65f46336ab88eb53be808477a3936bae11';
const none = { trusted: () => false };
/** Every finding of one file, permissions-missing included, in line order. */
function findings(text: string, kind: 'workflow' | 'action' = 'workflow', opts = none) {
  const a = analyzeFile(text, kind, opts);
  return [...a.findings, ...missingPermissions(new Map([['f.yml', a]])).values()].sort((x, y) => x.line - y.line);
}
const rules = (text: string, kind: 'workflow' | 'action' = 'workflow', opts = none) => findings(text, kind, opts).map((f) => [f.rule, f.line]);

describe('unpinned-action', () => {
  it('flags tags, branches, short SHAs and missing refs at the uses line, and docker tags as unpinned-image', () => {
    const wf = `on: push
permissions: {}
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: some/action@main
      - uses: other/action@${SHA.slice(0, 7)}
      - parallel:
          - uses: docker://alpine:3.19
      - uses: no/ref
  call:
    uses: org/repo/.github/workflows/build.yml@v1
`;
    expect(rules(wf)).toEqual([
      ['unpinned-action', 7],
      ['unpinned-action', 8],
      ['unpinned-action', 9],
      ['unpinned-image', 11],
      ['unpinned-action', 12],
      ['unpinned-action', 14],
    ]);
    const messages = analyzeFile(wf, 'workflow', none).findings.map((f) => f.message);
    expect(messages[0]).toBe('actions/checkout@v4 is not pinned to a full commit SHA: the tag or branch "v4" can be moved under you');
    expect(messages[2]).toContain('short SHA');
    expect(messages[3]).toContain('image digest');
  });

  it('does not flag a SHA with a version comment, local actions, digests or reusable workflows by SHA', () => {
    const wf = `on: push
permissions: {}
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${SHA} # v4.1.1
      - uses: ./.github/actions/setup
      - uses: docker://alpine@sha256:${'a'.repeat(64)}
      - uses: "actions/cache/restore@${SHA}"
      - uses: $/.github/actions/self
  call:
    uses: ./.github/workflows/build.yml
  remote:
    uses: org/repo/.github/workflows/build.yml@${SHA}
`;
    const a = analyzeFile(wf, 'workflow', none);
    expect(a.findings).toEqual([]);
    expect(a.uses.map((u) => u.state)).toEqual(['pinned', 'local', 'pinned', 'pinned', 'local', 'local', 'pinned']);
  });

  it('trusts owners at a tag only when configured', () => {
    const trusted = trustedMatcher(['actions/*']);
    expect(pinState('actions/checkout@v4', trusted)).toBe('trusted');
    expect(pinState('actions/cache/restore@v4', trusted)).toBe('trusted');
    expect(pinState('actionsx/evil@v1', trusted)).toBe('unpinned');
    expect(pinState('actions/checkout@v4', trustedMatcher(undefined))).toBe('unpinned');
    expect(pinState('github/codeql-action/init@v3', trustedMatcher(['github/codeql-action']))).toBe('trusted');
  });
});

describe('token permissions', () => {
  it('flags a workflow with no top-level permissions and a job without its own, once, naming the jobs', () => {
    const wf = `on: push
jobs:
  lint:
    permissions:
      contents: read
    runs-on: ubuntu-latest
    steps: [{ run: make lint }]
  test:
    runs-on: ubuntu-latest
    steps: [{ run: make test }]
`;
    const f = findings(wf);
    expect(f.map((x) => [x.rule, x.line])).toEqual([['permissions-missing', 8]]);
    expect(f[0]!.message).toContain('job test sets none');
  });

  it('does not flag permissions: {}, or every job setting its own, or a reusable workflow', () => {
    const steps = 'steps: [{ run: make }]';
    expect(rules(`on: push\npermissions: {}\njobs:\n  a:\n    runs-on: x\n    ${steps}\n`)).toEqual([]);
    expect(rules(`on: push\njobs:\n  a:\n    permissions: read-all\n    runs-on: x\n    ${steps}\n`)).toEqual([]);
    expect(rules(`on:\n  workflow_call:\njobs:\n  a:\n    runs-on: x\n    ${steps}\n`)).toEqual([]);
  });

  it('does not count a job calling a local reusable workflow that declares its own permissions', () => {
    const caller = `on: push\njobs:\n  test:\n    uses: ./.github/workflows/test.yml\n  lint:\n    uses: $/.github/workflows/lint.yml\n`;
    const declared = analyzeFile('on: workflow_call\npermissions:\n  contents: read\njobs:\n  t:\n    runs-on: x\n    steps: [{ run: make }]\n', 'workflow', none);
    const undeclared = analyzeFile('on: workflow_call\njobs:\n  l:\n    runs-on: x\n    steps: [{ run: make }]\n', 'workflow', none);
    const files = new Map<string, FileAnalysis>([
      ['.github/workflows/release.yml', analyzeFile(caller, 'workflow', none)],
      ['.github/workflows/test.yml', declared],
      ['.github/workflows/lint.yml', undeclared],
    ]);
    const found = missingPermissions(files);
    expect([...found.keys()]).toEqual(['.github/workflows/release.yml']);
    expect(found.get('.github/workflows/release.yml')).toMatchObject({ line: 5, message: expect.stringContaining('job lint sets none') });
  });

  it('flags write-all at the top and in a job', () => {
    const wf = `on: push
permissions: write-all
jobs:
  a:
    permissions: write-all
    runs-on: x
    steps:
      - uses: some/action@${SHA}
`;
    expect(rules(wf)).toEqual([
      ['permissions-write-all', 2],
      ['permissions-write-all', 5],
    ]);
  });

  it('flags write scopes a job evidently does not use, at the line that grants them', () => {
    const wf = `on: push
permissions:
  contents: write
  issues: write
jobs:
  test:
    runs-on: x
    steps:
      - uses: actions/checkout@${SHA}
      - uses: actions/setup-node@${SHA}
      - run: npm ci && npm test
  comment:
    permissions:
      pull-requests: write
      id-token: write
    runs-on: x
    steps:
      - uses: actions/checkout@${SHA}
      - run: npm run build
`;
    const f = analyzeFile(wf, 'workflow', none).findings;
    expect(f.map((x) => [x.rule, x.line])).toEqual([
      ['permissions-unneeded-write', 3],
      ['permissions-unneeded-write', 4],
      ['permissions-unneeded-write', 14],
    ]);
    expect(f[0]!.message).toBe('contents: write at the top level, but job test uses only read-only actions and never pass the token or push: make it read');
  });

  it('does not flag a write scope a job may use: the token passed, other actions, pushes, OIDC with run steps', () => {
    const wf = `on: push
permissions: {}
jobs:
  release:
    permissions:
      contents: write
    runs-on: x
    steps:
      - uses: actions/checkout@${SHA}
      - run: git tag v1 && git push --tags
  comment:
    permissions:
      pull-requests: write
    runs-on: x
    steps:
      - run: gh pr comment 1 --body hi
        env:
          GH_TOKEN: \${{ github.token }}
  labeler:
    permissions:
      issues: write
    runs-on: x
    steps:
      - uses: actions/labeler@${SHA}
  publish:
    permissions:
      id-token: write
    runs-on: x
    steps:
      - run: npm publish --provenance
  call:
    permissions:
      packages: write
    uses: ./.github/workflows/docker.yml
`;
    expect(rules(wf)).toEqual([]);
  });
});

describe('dangerous-trigger', () => {
  /** The rule's own findings (a head checkout run also leaves persisted credentials, tested below). */
  const dt = (text: string) => rules(text).filter(([r]) => r === 'dangerous-trigger');
  const prt = (checkout: string, after = '      - run: npm ci && npm test\n', extra = '') => `on: pull_request_target
permissions: {}
jobs:
  test:${extra}
    runs-on: x
    steps:
      - uses: actions/checkout@${SHA}
${checkout}${after}`;

  it('flags a pull_request_target checkout of the head followed by code', () => {
    expect(dt(prt('        with:\n          ref: ${{ github.event.pull_request.head.sha }}\n'))).toEqual([['dangerous-trigger', 9]]);
    expect(dt(prt('        with:\n          ref: refs/pull/${{ github.event.number }}/merge\n'))).toEqual([['dangerous-trigger', 9]]);
    expect(dt(prt('        with:\n          repository: ${{ github.event.pull_request.head.repo.full_name }}\n          ref: ${{ github.head_ref }}\n'))).toEqual([['dangerous-trigger', 10]]);
    const f = analyzeFile(prt('        with:\n          ref: ${{ github.event.pull_request.head.ref }}\n'), 'workflow', none).findings.find((x) => x.rule === 'dangerous-trigger')!;
    expect(f.message).toBe("on pull_request_target, job test checks out the pull request's code (ref: ${{ github.event.pull_request.head.ref }}) and then runs it (run: npm ci && npm test, line 10) with the base repository's secrets and token");
  });

  it('flags workflow_run checking out the triggering head, and gh pr checkout in a script', () => {
    const wr = `on:
  workflow_run:
    workflows: [CI]
    types: [completed]
permissions: {}
jobs:
  a:
    runs-on: x
    steps:
      - uses: actions/checkout@${SHA}
        with:
          ref: \${{ github.event.workflow_run.head_sha }}
      - uses: ./.github/actions/build
`;
    expect(dt(wr)).toEqual([['dangerous-trigger', 12]]);
    expect(dt(wr.replace('workflow_run.head_sha', 'workflow_run'))).toEqual([['dangerous-trigger', 12]]);
    expect(dt(wr.replace('workflow_run.head_sha', 'workflow_run.pull_requests[0].base.sha'))).toEqual([]);
    expect(dt(prt('      - run: gh pr checkout ${{ github.event.number }}\n        env: { GH_TOKEN: x }\n'))).toEqual([['dangerous-trigger', 8]]);
  });

  it('does not flag a checkout of the base, a head checkout with nothing run after it, a same-repo guard, or plain pull_request', () => {
    expect(dt(prt(''))).toEqual([]);
    expect(dt(prt('        with:\n          ref: ${{ github.event.pull_request.base.sha }}\n'))).toEqual([]);
    expect(dt(prt('        with:\n          ref: ${{ github.event.pull_request.head.sha }}\n', `      - uses: actions/upload-artifact@${SHA}\n`))).toEqual([]);
    expect(dt(prt('        with:\n          ref: ${{ github.event.pull_request.head.sha }}\n', undefined, '\n    if: github.event.pull_request.head.repo.full_name == github.repository'))).toEqual([]);
    expect(dt(prt('        with:\n          ref: ${{ github.event.pull_request.head.sha }}\n').replace('pull_request_target', 'pull_request'))).toEqual([]);
  });
});

describe('script-injection', () => {
  it('flags attacker-controlled contexts in run and github-script, at the line inside the block', () => {
    const wf = `on: [issues, pull_request]
permissions: {}
jobs:
  a:
    runs-on: x
    steps:
      - run: |
          echo "start"
          echo "\${{ github.event.issue.title }}"
          git checkout \${{ github.head_ref }}
      - run: echo "\${{ github.event.pull_request.body }}"
      - run: >-
          echo \${{ toJSON(github.event) }}
      - uses: actions/github-script@${SHA}
        with:
          script: |
            const t = "\${{ github.event.comment.body }}";
      - run: echo "\${{ github.event.commits[0].author.name }} \${{ github.event['head_commit']['message'] }}"
`;
    expect(rules(wf)).toEqual([
      ['script-injection', 9],
      ['script-injection', 10],
      ['script-injection', 11],
      ['script-injection', 13],
      ['script-injection', 17],
      ['script-injection', 18],
      ['script-injection', 18],
    ]);
  });

  it('does not flag safe contexts, env indirection, or expressions outside scripts', () => {
    const wf = `on: pull_request
permissions: {}
jobs:
  a:
    runs-on: x
    if: contains(github.event.pull_request.title, 'wip') == false
    steps:
      - run: echo "\${{ github.sha }} \${{ github.event.pull_request.number }} \${{ github.ref_name }} \${{ github.event.pull_request.head.sha }}"
      - run: echo "$TITLE"
        env:
          TITLE: \${{ github.event.pull_request.title }}
      - uses: some/action@${SHA}
        with:
          title: \${{ github.event.issue.title }}
`;
    expect(rules(wf)).toEqual([]);
  });

  it('agrees with the context cases of Scorecard\'s own Dangerous-Workflow tests', () => {
    const cases: [string, boolean][] = [
      ['github.action', false],
      ['github.head_ref', true],
      ['github.event.issue.title', true],
      ['github.event.pull_request.body', true],
      ['github.event.pull_request.number', false],
      ['github.event.commits[0].message', true],
      ['github.event.commits[0].id', false],
      ['github.event.commits[2].author.name', true],
      ['github.event.commits[2].author.email', true],
      ['github.event.pull_request.organization.blocked_user.name', true],
      ['github.event.discussion.body', true],
      ['toJSON(github.event)', true],
      ['toJSON(github)', true],
      ['toJSON(github.event.pull_request)', false],
      ['TOJSON(github.event)', true],
      ['toJSON( github.event )', true],
      ['toJSON(github.repository)', false],
    ];
    for (const [c, untrusted] of cases) expect(untrustedContext(`\${{ ${c} }}`) !== undefined, c).toBe(untrusted);
  });

  it('recognises the contexts of the hardening guide and Scorecard', () => {
    for (const c of ['github.event.issue.body', 'github.event.review.body', 'github.event.review_comment.body', 'github.event.pages[0].page_name', 'github.event.head_commit.author.email', 'github.event.pull_request.head.label', 'github.event.discussion.title', 'github.event.workflow_run.head_branch', 'toJSON( github )']) {
      expect(untrustedContext(`\${{ ${c} }}`), c).toBeDefined();
    }
    for (const c of ['github.sha', 'github.event.issue.number', 'github.event.pull_request.head.sha', 'inputs.title', 'github.actor', 'toJSON(matrix)', 'github.event.pull_request.base.ref']) {
      expect(untrustedContext(`\${{ ${c} }}`), c).toBeUndefined();
    }
  });
});

describe('download-and-run', () => {
  it('flags piping a download into a shell, process substitution and iex', () => {
    for (const s of [
      'curl -sSfL https://x.sh | sh',
      'curl -fsSL https://x.sh | sudo -E bash -',
      'wget -qO- https://x | bash -s -- --yes',
      'curl https://x \\\n  | bash',
      'bash <(curl -s https://x)',
      'sh -c "$(curl -fsSL https://x)"',
      'curl https://x | python3 -',
      'iex ((New-Object System.Net.WebClient).DownloadString("https://x"))',
    ]) {
      expect(downloadAndRun(s), s).toHaveLength(1);
    }
  });

  it('does not flag downloads that are not executed', () => {
    for (const s of ['curl -sSfL https://x -o install.sh', 'curl https://x | tar xz', 'curl https://api | jq .name', 'curl https://x | python3 -c "import json,sys"', 'echo "$(curl -s https://x)"', 'VERSION=$(curl -s https://x)', 'curl x || sh fallback.sh']) {
      expect(downloadAndRun(s), s).toEqual([]);
    }
  });

  it('reports the source line of the download inside a run block', () => {
    const wf = `on: push\npermissions: {}\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: |\n          set -e\n          curl -sSf https://sh.rustup.rs | sh -s -- -y\n`;
    expect(rules(wf)).toEqual([['download-and-run', 9]]);
  });
});

describe('local actions and bad files', () => {
  it('checks the steps of a composite action and a docker image, and ignores other action.yml files', () => {
    const action = `name: setup
runs:
  using: composite
  steps:
    - uses: actions/setup-node@v4
    - run: echo "\${{ github.event.pull_request.title }}"
      shell: bash
`;
    expect(rules(action, 'action')).toEqual([
      ['unpinned-action', 5],
      ['script-injection', 6],
    ]);
    expect(rules('runs:\n  using: docker\n  image: docker://ghcr.io/x/y:1\n', 'action')).toEqual([['unpinned-image', 3]]);
    expect(rules('runs:\n  using: docker\n  image: Dockerfile\n', 'action')).toEqual([]);
    expect(analyzeFile('name: not an action\n', 'action', none).ignored).toBe(true);
  });

  it('follows YAML anchors to the steps they stand for, reporting the anchored lines', () => {
    const wf = `on: push\npermissions: {}\nx-steps: &steps\n  - uses: some/action@v1\n  - run: echo "\${{ github.event.issue.title }}"\njobs:\n  a:\n    runs-on: x\n    steps: *steps\n`;
    expect(rules(wf)).toEqual([
      ['unpinned-action', 4],
      ['script-injection', 5],
    ]);
  });

  it('says where a workflow cannot be parsed', () => {
    expect(analyzeFile('on: push\njobs:\n  a: [\n', 'workflow', none).error).toMatchObject({ line: 4 });
    expect(analyzeFile('on: push\njobs: 3\n', 'workflow', none).error).toEqual({ line: 2, message: 'expected "jobs" to be a mapping of job ids to jobs' });
  });
});

describe('limits', () => {
  it('says the limits briefly', () => {
    expect(workflowLimitsText(DEFAULT_WORKFLOW_LIMITS)).toBe('dangerous-trigger max 0, script-injection max 0, github-env max 0, insecure-commands max 0, other rules ≤ 0');
    expect(workflowLimitsText(workflowLimits({ 'unpinned-action': 20 }, { 'download-and-run': 2 }))).toBe(
      'unpinned-action max 20, dangerous-trigger max 0, script-injection max 0, github-env max 0, insecure-commands max 0, download-and-run ≤ 2, other rules ≤ 0',
    );
  });

  it('replaces the default limits rule by rule', () => {
    expect(workflowLimits({ 'unpinned-action': 20 }, { 'script-injection': 1 })).toEqual({
      max: { 'dangerous-trigger': 0, 'github-env': 0, 'insecure-commands': 0, 'unpinned-action': 20 },
      target: {
        'permissions-missing': 0,
        'permissions-write-all': 0,
        'permissions-unneeded-write': 0,
        'download-and-run': 0,
        'persisted-credentials': 0,
        'cache-poisoning': 0,
        'unpinned-image': 0,
        'secrets-inherit': 0,
        'unpinned-install': 0,
        'suppression-without-reason': 0,
        'script-injection': 1,
      },
    });
  });
});

/** A workflow with permissions set, so only the rule under test speaks. */
const wf = (on: string, jobs: string) => `on: ${on}\npermissions: {}\njobs:\n${jobs}`;
const only = (rule: string, text: string, kind: 'workflow' | 'action' = 'workflow') => rules(text, kind).filter(([r]) => r === rule);

describe('persisted-credentials', () => {
  it('flags a checkout keeping the token when a later step uploads the .git folder (zizmor artipacked)', () => {
    const text = wf(
      'push',
      `  build:
    runs-on: x
    steps:
      - uses: actions/checkout@${SHA}
      - run: make
      - uses: actions/upload-artifact@${SHA}
        with:
          path: .
          include-hidden-files: true
`,
    );
    expect(only('persisted-credentials', text)).toEqual([['persisted-credentials', 7]]);
    expect(analyzeFile(text, 'workflow', none).findings[0]!.message).toMatch(/uploads \. with it .*set persist-credentials: false$/);
    // Old upload-artifact versions upload hidden files by default; a path naming .git always does.
    expect(only('persisted-credentials', text.replace(`upload-artifact@${SHA}`, 'upload-artifact@v3').replace('          include-hidden-files: true\n', ''))).toHaveLength(1);
    expect(only('persisted-credentials', text.replace('path: .', 'path: repo/.git/'))).toHaveLength(1);
  });

  it('flags a checkout keeping the token before pull request code runs under pull_request_target', () => {
    const text = wf(
      'pull_request_target',
      `  t:
    runs-on: x
    steps:
      - uses: actions/checkout@${SHA}
        with:
          ref: \${{ github.event.pull_request.head.sha }}
      - run: make test
`,
    );
    expect(only('persisted-credentials', text)).toEqual([['persisted-credentials', 7]]);
  });

  it('does not flag persist-credentials: false, uploads of a build folder, or v4.4+ uploads without hidden files', () => {
    const base = (withs: string, path: string) =>
      wf('push', `  b:\n    runs-on: x\n    steps:\n      - uses: actions/checkout@${SHA}\n${withs}      - uses: actions/upload-artifact@v4\n        with:\n          path: ${path}\n`);
    expect(only('persisted-credentials', base('        with:\n          persist-credentials: false\n', '.'))).toEqual([]);
    expect(only('persisted-credentials', base('', 'dist/'))).toEqual([]);
    expect(only('persisted-credentials', base('', '.'))).toEqual([]);
    expect(only('persisted-credentials', base('', '${{ github.workspace }}'))).toEqual([]);
  });
});

describe('cache-poisoning', () => {
  it('flags caches restored in a workflow run on release or tag pushes, setup-* caches included', () => {
    const text = `on:
  push:
    tags: ['v*']
permissions: {}
jobs:
  build:
    runs-on: x
    steps:
      - uses: actions/setup-node@${SHA}
        with:
          cache: npm
      - uses: actions/cache@${SHA}
        with: { path: ~/.npm, key: k }
      - uses: actions/setup-go@v5
      - uses: actions/setup-python@v5
      - run: npm ci && npm run build
`;
    expect(only('cache-poisoning', text)).toEqual([
      ['cache-poisoning', 9],
      ['cache-poisoning', 12],
      ['cache-poisoning', 14],
    ]);
    expect(analyzeFile(text, 'workflow', none).findings[0]!.message).toContain('this workflow runs on pushed tags');
    expect(only('cache-poisoning', text.replace("push:\n    tags: ['v*']", 'release:\n    types: [published]'))).toHaveLength(3);
  });

  it('flags a cache in a job that publishes, naming the publishing step', () => {
    const text = wf(
      'push',
      `  publish:
    runs-on: x
    steps:
      - uses: actions/setup-python@v5
        with: { cache: pip }
      - run: python -m build
      - uses: pypa/gh-action-pypi-publish@${SHA}
  test:
    runs-on: x
    steps:
      - uses: actions/setup-python@v5
        with: { cache: pip }
      - run: pytest
`,
    );
    expect(only('cache-poisoning', text)).toEqual([['cache-poisoning', 7]]);
    expect(analyzeFile(text, 'workflow', none).findings.find((f) => f.rule === 'cache-poisoning')!.message).toContain('job publish publishes (uses pypa/gh-action-pypi-publish');
    const npm = wf('workflow_dispatch', `  p:\n    runs-on: x\n    steps:\n      - uses: actions/cache/restore@${SHA}\n      - run: npm publish --provenance\n`);
    expect(only('cache-poisoning', npm)).toEqual([['cache-poisoning', 7]]);
  });

  it('does not flag caches in workflows that never publish, cache: false, setup-go v3, or push with branches and tags', () => {
    expect(only('cache-poisoning', wf('push', `  t:\n    runs-on: x\n    steps:\n      - uses: actions/setup-node@v4\n        with: { cache: npm }\n      - run: npm test\n`))).toEqual([]);
    const tags = (step: string) => `on:\n  push:\n    tags: [v*]\npermissions: {}\njobs:\n  b:\n    runs-on: x\n    steps:\n${step}`;
    expect(only('cache-poisoning', tags('      - uses: actions/setup-go@v5\n        with: { cache: false }\n'))).toEqual([]);
    expect(only('cache-poisoning', tags('      - uses: actions/setup-go@v3\n'))).toEqual([]);
    expect(only('cache-poisoning', tags(`      - uses: Swatinem/rust-cache@${SHA}\n        with: { lookup-only: true }\n`))).toEqual([]);
    expect(only('cache-poisoning', tags('      - uses: actions/setup-node@v4\n'))).toEqual([]);
    expect(only('cache-poisoning', wf('push', `  p:\n    runs-on: x\n    steps:\n      - uses: Swatinem/rust-cache@${SHA}\n      - run: cargo publish --workspace --dry-run\n`))).toEqual([]);
    expect(only('cache-poisoning', `on:\n  push:\n    branches: [main]\n    tags: [v*]\npermissions: {}\njobs:\n  b:\n    runs-on: x\n    steps:\n      - uses: actions/cache@v4\n`)).toEqual([]);
  });
});

describe('github-env', () => {
  it('flags writing attacker text to GITHUB_ENV or GITHUB_PATH under pull_request_target and workflow_run', () => {
    const text = wf(
      'pull_request_target',
      `  t:
    runs-on: x
    steps:
      - run: echo "TITLE=\${{ github.event.pull_request.title }}" >> $GITHUB_ENV
      - run: |
          echo "BRANCH=$BRANCH" >> "$GITHUB_ENV"
        env:
          BRANCH: \${{ github.head_ref }}
`,
    );
    expect(only('github-env', text)).toEqual([
      ['github-env', 7],
      ['github-env', 9],
    ]);
    expect(analyzeFile(text, 'workflow', none).findings.find((f) => f.rule === 'github-env' && f.line === 9)!.message).toBe(
      'on pull_request_target, run: echo "BRANCH=$BRANCH" >> "$GITHUB_ENV" writes attacker-controlled input ($BRANCH (from github.head_ref)) to GITHUB_ENV: a line such as NODE_OPTIONS=… then runs in every later step with the secrets; hand the value on through step outputs or env: instead',
    );
    const artifact = wf(
      'workflow_run',
      `  t:
    runs-on: x
    steps:
      - uses: actions/download-artifact@${SHA}
        with: { run-id: '\${{ github.event.workflow_run.id }}' }
      - run: cat pr/number.txt >> $GITHUB_PATH
`,
    );
    expect(only('github-env', artifact)).toEqual([['github-env', 9]]);
  });

  it('does not flag env writes of trusted values, or under other triggers', () => {
    expect(only('github-env', wf('pull_request_target', `  t:\n    runs-on: x\n    steps:\n      - run: echo "SHA=\${{ github.event.pull_request.head.sha }}" >> $GITHUB_ENV\n`))).toEqual([]);
    expect(only('github-env', wf('pull_request', `  t:\n    runs-on: x\n    steps:\n      - run: echo "T=\${{ github.event.pull_request.title }}" >> $GITHUB_ENV\n`))).toEqual([]);
    expect(only('github-env', wf('workflow_run', `  t:\n    runs-on: x\n    steps:\n      - run: echo "V=1" >> $GITHUB_ENV\n`))).toEqual([]);
  });
});

describe('insecure-commands', () => {
  it('flags ACTIONS_ALLOW_UNSECURE_COMMANDS in env at every level and written to GITHUB_ENV', () => {
    const text = `on: push
permissions: {}
env:
  ACTIONS_ALLOW_UNSECURE_COMMANDS: true
jobs:
  a:
    runs-on: x
    env: { ACTIONS_ALLOW_UNSECURE_COMMANDS: 'true' }
    steps:
      - run: echo "::set-env name=X::1"
        env:
          ACTIONS_ALLOW_UNSECURE_COMMANDS: yes
      - run: echo ACTIONS_ALLOW_UNSECURE_COMMANDS=true >> $GITHUB_ENV
  b:
    runs-on: x
    steps: [{ run: make }]
`;
    expect(only('insecure-commands', text)).toEqual([
      ['insecure-commands', 4],
      ['insecure-commands', 8],
      ['insecure-commands', 12],
      ['insecure-commands', 13],
    ]);
  });

  it('does not flag it set to false', () => {
    expect(only('insecure-commands', wf('push', `  a:\n    runs-on: x\n    env: { ACTIONS_ALLOW_UNSECURE_COMMANDS: false }\n    steps: [{ run: make }]\n`))).toEqual([]);
  });
});

describe('unpinned-image', () => {
  it('flags container and service images and docker:// uses without a digest', () => {
    const text = wf(
      'push',
      `  a:
    runs-on: x
    container: node:20
    services:
      db:
        image: postgres:16
      cache:
        image: redis@sha256:${'b'.repeat(64)}
    steps:
      - uses: docker://ghcr.io/org/tool:1.2
  b:
    runs-on: x
    container:
      image: ghcr.io/org/build
    steps: [{ run: make }]
`,
    );
    expect(only('unpinned-image', text)).toEqual([
      ['unpinned-image', 6],
      ['unpinned-image', 9],
      ['unpinned-image', 13],
      ['unpinned-image', 17],
    ]);
    expect(analyzeFile(text, 'workflow', none).findings[0]!.message).toBe('the container image node:20 is not pinned to a digest: a tag can be moved under you; use node@sha256:<digest>');
  });

  it('does not flag digests or images chosen by an expression', () => {
    expect(only('unpinned-image', wf('push', `  a:\n    runs-on: x\n    container: node@sha256:${'c'.repeat(64)}\n    steps: [{ run: make }]\n  b:\n    runs-on: x\n    container: \${{ matrix.image }}\n    steps: [{ run: make }]\n`))).toEqual([]);
  });
});

describe('secrets-inherit', () => {
  it('flags secrets: inherit into a reusable workflow, and not named secrets', () => {
    const text = wf('push', `  a:\n    uses: org/repo/.github/workflows/release.yml@${SHA}\n    secrets: inherit\n  b:\n    uses: ./.github/workflows/test.yml\n    secrets:\n      NPM_TOKEN: \${{ secrets.NPM_TOKEN }}\n`);
    expect(only('secrets-inherit', text)).toEqual([['secrets-inherit', 6]]);
  });
});

describe('unpinned-install', () => {
  it("flags npm, pip and go installs outside a lockfile, as Scorecard's Pinned-Dependencies does", () => {
    for (const s of [
      'npm install -g typescript',
      'npm i left-pad@1.3.0',
      'sudo npm install --global @vercel/ncc',
      'npm ci && npm install eslint --save-dev',
      'pip install requests',
      'pip3 install --upgrade pip',
      'python -m pip install -r requirements.txt',
      'python3 -m pip install "black==24.1.0"',
      'go install golang.org/x/tools/cmd/goimports@latest',
      'go install github.com/org/tool',
      'go get github.com/org/lib@master',
      'FOO=1 pip install tox  # comment',
      'pip install --no-deps -e git+https://github.com/org/repo.git@v1.0#egg=package',
    ]) {
      expect(unpinnedInstalls(s), s).toHaveLength(1);
    }
  });

  it("allows Scorecard's exceptions: npm ci, npm install alone, hashed requirements, local packages, versioned go installs", () => {
    for (const s of [
      'npm ci',
      'npm install',
      'npm install --no-audit --prefix ./site',
      'npm i ./packages/cli',
      'pip install -r requirements.txt --require-hashes',
      'pip install --require-hashes -r requirements/ci.txt',
      'pip install .',
      'pip install -e .[test]',
      'python -m pip install dist/*.whl',
      `pip install --no-deps -e git+https://github.com/org/repo.git@${SHA}#egg=package`,
      'uv pip install -e . --group dev',
      'go install golang.org/x/tools/cmd/goimports@v0.24.0',
      'go install ./cmd/tool',
      'go get github.com/org/lib',
      'echo "npm install foo"',
      'pip --version',
    ]) {
      expect(unpinnedInstalls(s), s).toEqual([]);
    }
  });

  it('reports the line inside a run block and the fix', () => {
    const text = wf('push', `  a:\n    runs-on: x\n    steps:\n      - run: |\n          npm ci\n          pip install \\\n            requests\n`);
    const f = analyzeFile(text, 'workflow', none).findings;
    expect(f.map((x) => [x.rule, x.line])).toEqual([['unpinned-install', 9]]);
    expect(f[0]!.message).toBe('pip install requests installs without hashes: list it in a requirements file with --hash and run pip install --require-hashes -r it');
  });
});

describe('fewer false alarms in script-injection', () => {
  it('does not flag the documented safe contexts, comparisons, boolean functions or ternaries with literal branches', () => {
    for (const c of [
      'github.event.pull_request.head.sha',
      'github.event.pull_request.number',
      'github.run_id',
      'github.run_number',
      'steps.meta.outcome',
      'steps.meta.conclusion',
      'github.event.pull_request.draft',
      'github.event.issue.comments',
      "github.event.pull_request.title == 'x'",
      "contains(github.event.issue.body, '/deploy')",
      "github.event.pull_request.draft && 'draft' || 'ready'",
      "startsWith(github.head_ref, 'release/') && 'yes' || 'no'",
      "!contains(github.event.pull_request.labels.*.name, 'skip')",
    ]) {
      expect(untrustedContext(`\${{ ${c} }}`), c).toBeUndefined();
    }
    for (const c of ["github.event.pull_request.head.ref || 'main'", "format('{0}', github.event.issue.title)", "github.event.issue.title && 'x' || github.event.issue.body", "cond && github.head_ref || 'x'"]) {
      expect(untrustedContext(`\${{ ${c} }}`), c).toBeDefined();
    }
  });

  it('follows taint through env into ${{ env.X }} and through step outputs, not into $X', () => {
    const text = `on: issue_comment
permissions: {}
env:
  BODY: \${{ github.event.comment.body }}
jobs:
  a:
    runs-on: x
    env:
      SAFE: \${{ github.event.issue.number }}
    steps:
      - run: echo "$BODY"
      - run: echo "\${{ env.BODY }} \${{ env.SAFE }}"
      - id: parse
        run: echo "cmd=$(echo "$BODY" | head -1)" >> "$GITHUB_OUTPUT"
      - run: echo "\${{ steps.parse.outputs.cmd }} \${{ steps.parse.outcome }}"
      - id: action
        uses: some/parser@${SHA}
        with:
          text: \${{ github.event.comment.body }}
      - run: echo "\${{ steps.action.outputs.command }}"
      - id: clean
        run: echo "n=1" >> "$GITHUB_OUTPUT"
      - run: echo "\${{ steps.clean.outputs.n }}"
`;
    const f = analyzeFile(text, 'workflow', none).findings.filter((x) => x.rule === 'script-injection');
    expect(f.map((x) => x.line)).toEqual([12, 15, 20]);
    expect(f[0]!.message).toContain('env.BODY (from github.event.comment.body)');
    expect(f[1]!.message).toContain('steps.parse.outputs.cmd (from $BODY (from github.event.comment.body))');
  });
});

describe('script-injection in other actions that take code', () => {
  it("flags attacker text in zizmor's code sinks: Python, PowerShell and yq inputs", () => {
    const text = wf(
      'pull_request',
      `  a:
    runs-on: x
    steps:
      - uses: jannekem/run-python-script-action@${SHA}
        with:
          script: |
            print("\${{ github.event.pull_request.title }}")
      - uses: Amadevus/pwsh-script@${SHA}
        with:
          script: Write-Host "\${{ github.head_ref }}"
      - uses: mikefarah/yq@${SHA}
        with:
          cmd: \${{ github.event.pull_request.body }}
      - uses: some/other@${SHA}
        with:
          script: \${{ github.event.pull_request.body }}
`,
    );
    expect(only('script-injection', text)).toEqual([
      ['script-injection', 10],
      ['script-injection', 13],
      ['script-injection', 16],
    ]);
    expect(analyzeFile(text, 'workflow', none).findings[0]!.message).toContain("in jannekem/run-python-script-action's script: github.event.pull_request.title is attacker-controlled text pasted into Python");
  });
});

describe('fewer false alarms in dangerous-trigger', () => {
  const job = (extra: string, steps: string) => wf('pull_request_target', `  t:\n    runs-on: x\n${extra}    steps:\n      - uses: actions/checkout@${SHA}\n${steps}`);
  const head = `        with:\n          ref: \${{ github.event.pull_request.head.sha }}\n          persist-credentials: false\n`;

  it('is silent on pull_request_target without a checkout of the pull request, and flags a head checkout that saves a cache', () => {
    expect(rules(job('', `      - uses: actions/labeler@${SHA}\n      - run: gh pr comment 1 --body hi\n`))).toEqual([]);
    expect(rules(job('', `${head}      - uses: actions/cache@${SHA}\n        with: { path: node_modules, key: k }\n`))).toEqual([['dangerous-trigger', 9]]);
  });

  it('reports a head checkout behind an environment or a label gate as a note', () => {
    for (const extra of ['    environment: external-prs\n', "    if: contains(github.event.pull_request.labels.*.name, 'safe to test')\n"]) {
      const f = analyzeFile(job(extra, `${head}      - run: npm test\n`), 'workflow', none).findings;
      expect(f.map((x) => [x.rule, x.severity])).toEqual([['dangerous-trigger', 'note']]);
      expect(f[0]!.message).toMatch(/so it is reported as a note: keep that gate$/);
    }
  });
});

describe('inline suppressions', () => {
  it('suppresses a finding on its line, or on the next with the comment alone on a line, given a reason; reports one without a reason', () => {
    const text = `on: push
permissions: {}
jobs:
  a:
    runs-on: x
    steps:
      # readiness: ignore[unpinned-action] GitHub's own action, tag reviewed by the team
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4 # readiness: ignore[unpinned-action, unpinned-install] pinned by Renovate next sprint
      - uses: actions/cache@v4 # readiness: ignore[unpinned-action]
      - uses: other/action@v1 # readiness: ignore[download-and-run] wrong rule
`;
    const a = analyzeFile(text, 'workflow', none);
    expect(a.findings.map((f) => [f.rule, f.line])).toEqual([
      ['unpinned-action', 10],
      ['suppression-without-reason', 10],
      ['unpinned-action', 11],
    ]);
    expect(a.suppressed.map((s) => [s.rule, s.line, s.reason])).toEqual([
      ['unpinned-action', 8, "GitHub's own action, tag reviewed by the team"],
      ['unpinned-action', 9, 'pinned by Renovate next sprint'],
    ]);
  });

  it('applies to permissions-missing, which is decided across files', () => {
    const a = analyzeFile('on: push\njobs:\n  # readiness: ignore[permissions-missing] the org default token is read-only\n  a:\n    runs-on: x\n    steps: [{ run: make }]\n', 'workflow', none);
    const missing = missingPermissions(new Map([['f.yml', a]])).get('f.yml')!;
    expect(applySuppressions([missing], a.suppressions).suppressed).toHaveLength(1);
  });
});
