// Pure parts of the built-in scans, on small texts.
import { describe, expect, it } from 'vitest';
import { checkDockerfile, instructions } from '../../src/checks/dockerfile.js';
import { findConflictMarkers } from '../../src/checks/conflict-markers.js';
import { gitignoreNeeds, headings, readmeWords } from '../../src/checks/files.js';
import { isConventional } from '../../src/checks/git.js';
import { taskItems } from '../../src/checks/checklist.js';
import { findSecrets, fingerprint, isFixture, looksGenerated } from '../../src/checks/secrets.js';

describe('conflict markers', () => {
  it('finds a block and counts its marker lines, with diff3 bases', () => {
    const r = findConflictMarkers('a\n<<<<<<< HEAD\nours\n||||||| base\nold\n=======\ntheirs\n>>>>>>> feature\nb\n');
    expect(r).toEqual({ markers: 4, blocks: [{ line: 2, markers: 4, closed: true }] });
  });

  it('never counts heading underlines, and flags an unclosed block', () => {
    expect(findConflictMarkers('Title\n=======\n\nSub\n-------\n').markers).toBe(0);
    expect(findConflictMarkers('x\n<<<<<<< HEAD\nours\n=======\n').blocks).toEqual([{ line: 2, markers: 2, closed: false }]);
    expect(findConflictMarkers('<<<<<<<< eight is not a marker\n').markers).toBe(0);
  });

  it('finds markers alone on their lines (no labels), CRLF and no final newline included', () => {
    expect(findConflictMarkers('<<<<<<<\nours\n=======\ntheirs\n>>>>>>>\n')).toEqual({ markers: 3, blocks: [{ line: 1, markers: 3, closed: true }] });
    expect(findConflictMarkers('x\r\n<<<<<<<\r\na\r\n|||||||\r\n=======\r\n>>>>>>>').blocks).toEqual([{ line: 2, markers: 4, closed: true }]);
  });
});

describe('secrets', () => {
  const rules = (path: string, text: string) => findSecrets(path, text).map((h) => [h.rule, h.line]);

  it('finds each kind of token', () => {
    const lines = [
      'aws = "AKIAQYLPMN5HFIQR7ZZZ"',
      'aws_secret_access_key = "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"',
      'gh = "ghp_0123456789abcdefghijABCDEFGHIJ012345"',
      'fine = "github_pat_11ABCDEFG0123456789abc_0123456789abcdefghijABCDEFGHIJ0123456789abcdefghijABCDEFGHI"',
      'gl = "glpat-abcdefghij0123456789"',
      'slack = "xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx"',
      'hook = "https://hooks.slack.com/services/T0000AAAA/B0000BBBB/abcdefghijklmnopqrstuvwx"',
      'stripe = "sk_live_4eC39HqLyjWDarjtT1zdp7dc"',
      'google = "AIzaSyC3aviU6KHXAjoSnxcw6qbOhjnFctbxPkE"',
      'npm = "npm_abcdefghijklmnopqrstuvwxyz0123456789"',
      'jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"',
      'db_password = "Tr0ub4dor&3xYz"',
    ];
    expect(rules('config/settings.py', lines.join('\n'))).toEqual([
      ['aws-access-key-id', 1],
      ['aws-secret-access-key', 2],
      ['github-token', 3],
      ['github-token', 4],
      ['gitlab-token', 5],
      ['slack-token', 6],
      ['slack-webhook', 7],
      ['stripe-live-key', 8],
      ['google-api-key', 9],
      ['npm-token', 10],
      ['jwt', 11],
      ['generic-secret', 12],
    ]);
  });

  it('finds private key blocks (RSA, EC, DSA, OPENSSH, PGP) but not a truncated example', () => {
    const body = 'MIIEowIBAAKCAQEA7Zq5RJmW2z8nS3bH9XrPqTjxWYVkL0M4dNfGhJk8sQpRtUvWxYz0123456789abcdefABCDEF';
    const block = (kind: string) => `-----BEGIN ${kind}-----\n${body}\n-----END ${kind}-----`;
    for (const kind of ['RSA PRIVATE KEY', 'EC PRIVATE KEY', 'DSA PRIVATE KEY', 'OPENSSH PRIVATE KEY', 'PGP PRIVATE KEY BLOCK']) {
      expect(rules('keys/k.pem', `x\n${block(kind)}\n`)).toEqual([['private-key', 2]]);
    }
    expect(rules('README.md', '-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----')).toEqual([]);
  });

  it('leaves vendored and bundled files out of the generic rule, but not out of the token rules', () => {
    const assignment = 'const t={apiKey:"Zq5RJmW2z8nS3bH9XrPqTjxW"};\n';
    expect(rules('src/app.js', assignment)).toEqual([['generic-secret', 1]]);
    for (const file of ['.yarn/releases/yarn-4.17.0.cjs', '.yarn/plugins/@yarnpkg/plugin-x.cjs', 'public/app.min.js', 'vendor/github.com/x/y/z.go', '.pnp.cjs']) {
      expect([file, rules(file, assignment)]).toEqual([file, []]);
    }
    expect(rules('vendor/lib.js', 'gh = "ghp_0123456789abcdefghijABCDEFGHIJ012345"\n')).toEqual([['github-token', 1]]);
  });

  it('reads values in test code and fixtures as fixtures, except a live-looking token', () => {
    const key = '-----BEGIN PRIVATE KEY-----…';
    expect(isFixture({ rule: 'private-key', file: 'src/test/resources/tls/server.key', value: key })).toBe(true);
    expect(isFixture({ rule: 'private-key', file: 'pkg/testdata/key.pem', value: key })).toBe(true);
    expect(isFixture({ rule: 'private-key', file: 'deploy/server.key', value: key })).toBe(false);
    for (const file of ['test/x.ts', 'tests/a.py', 'src/__tests__/a.js', 'spec/auth_spec.rb', 'fixtures/a.json', 'src/auth.test.ts', 'src/auth.spec.js', 'pkg/auth_test.go']) {
      expect(isFixture({ rule: 'jwt', file, value: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.sig' }), file).toBe(true);
    }
    expect(isFixture({ rule: 'jwt', file: 'src/auth.ts', value: 'eyJ…' })).toBe(false);
    expect(isFixture({ rule: 'jwt', file: 'src/latest.ts', value: 'eyJ…' })).toBe(false);
    // A typed test value in a known token format is a fixture; a random-looking one is live.
    expect(isFixture({ rule: 'github-token', file: 'test/x.ts', value: `ghp_${'0'.repeat(36)}` })).toBe(true);
    expect(isFixture({ rule: 'github-token', file: 'test/x.ts', value: 'ghp_R8s2kLq9Zt4VbN7mXc1Pw6Yd3Hf5Jg0AeU2r' })).toBe(false);
  });

  it('ignores placeholders, references, plain words and allowed lines', () => {
    const text = [
      'key = "AKIAIOSFODNN7EXAMPLE"',
      'password = "xxxxxxxxxxxx"',
      'password = "<your-password>"',
      'password = "changeme123"',
      'token = "${GITHUB_TOKEN}"',
      'password = process.env.DB_PASSWORD',
      'nextToken = "NextToken"',
      'roleArn = "arn:aws:iam::123456789012:role/x"',
      'stripe = "sk_live_4eC39HqLyjWDarjtT1zdp7dc" // readiness:allow-secret',
      'password = Tr0ub4dor3xYzQ9',
    ].join('\n');
    expect(rules('src/app.ts', text)).toEqual([]);
    expect(looksGenerated('Tr0ub4dor&3xYz')).toBe(true);
    expect(looksGenerated('NextToken')).toBe(false);
  });

  it('reports a committed .env file once, but not .env.example', () => {
    const hits = findSecrets('.env', '# comment\nDB_URL=postgres://u:Tr0ub4dor@db/app\nDB_PASSWORD=Tr0ub4dor&3xYzQ9\nEMPTY=\nKEY=<set me>\n');
    expect(hits.map((h) => [h.rule, h.line, h.fingerprint])).toEqual([['dotenv', 2, fingerprint('dotenv', '.env')]]);
    expect(findSecrets('config/.env.example', 'DB_PASSWORD=Tr0ub4dor&3xYz\n')).toEqual([]);
  });

  it('gives a stable short fingerprint, not the value', () => {
    expect(fingerprint('github-token', 'ghp_x')).toMatch(/^[0-9a-f]{12}$/);
    expect(fingerprint('github-token', 'ghp_x')).toBe(fingerprint('github-token', 'ghp_x'));
  });
});

describe('files helpers', () => {
  it('counts README prose words, not headings, badges or links alone', () => {
    expect(readmeWords('# Title\n\n[![ci](https://x/badge.svg)](https://x)\n\n<!-- hidden words here -->\n')).toBe(0);
    expect(readmeWords('# Title\n\nThis tool does three things well.\n')).toBe(6);
  });

  it('reads ATX and setext headings outside code blocks', () => {
    expect(headings('# Intro\n\nInstall\n=======\n\n```\n# not a heading\n```\n## Usage ##\n')).toEqual(['Intro', 'Install', 'Usage']);
  });

  it('asks .gitignore to cover .env and the dependency folders of the ecosystems present', () => {
    expect(gitignoreNeeds(['README.md'])).toEqual(['.env']);
    expect(gitignoreNeeds(['package.json', 'api/pyproject.toml'])).toEqual(['.env', 'node_modules/', '.venv/']);
  });
});

describe('git helpers', () => {
  it('recognises Conventional Commit subjects', () => {
    expect(['feat: add x', 'fix(parser): y', 'refactor!: drop z', 'chore(deps)!: bump'].every(isConventional)).toBe(true);
    expect(['Add x', 'feat add x', 'feat:no space', 'WIP'].some(isConventional)).toBe(false);
  });
});

describe('checklist', () => {
  it('counts nested items, [x] and [X], and ignores code blocks', () => {
    const items = taskItems('- [x] one\n- [ ] two\n  - [X] nested\n1. [ ] numbered\n```\n- [ ] code\n```\n* [x] star\n');
    expect(items.map((i) => [i.line, i.done, i.text])).toEqual([
      [1, true, 'one'],
      [2, false, 'two'],
      [3, true, 'nested'],
      [4, false, 'numbered'],
      [8, true, 'star'],
    ]);
  });
});

describe('Dockerfile rules', () => {
  it('joins continuation lines and drops comments', () => {
    expect(instructions('# c\nFROM a:1\nRUN apt-get update \\\n  # inner comment\n  && apt-get install x\n')).toEqual([
      { line: 2, keyword: 'FROM', args: 'a:1' },
      { line: 3, keyword: 'RUN', args: 'apt-get update && apt-get install x' },
    ]);
  });

  it('meets every rule in a careful multi-stage Dockerfile', () => {
    const text = 'ARG BASE=node:20-alpine\nFROM ${BASE} AS build\nRUN npm ci\nFROM gcr.io/distroless/nodejs20@sha256:abc\nCOPY --from=build /app /app\nUSER 1000\nHEALTHCHECK CMD ["/app/health"]\nENV NODE_ENV=production\n';
    expect(checkDockerfile(text).filter((r) => !r.met)).toEqual([]);
  });

  it('finds each broken rule at its line', () => {
    const text = 'FROM node\nFROM build AS x\nADD https://example.com/a.tgz /a\nENV API_TOKEN=abc123 OTHER=1\nUSER root\n';
    expect(checkDockerfile(text).filter((r) => !r.met).map((r) => [r.rule, r.line])).toEqual([
      ['non-root-user', 5],
      ['healthcheck', 2],
      ['pinned-base-image', 1],
      ['no-add-url', 3],
      ['no-secret-in-env', 4],
    ]);
  });
});
