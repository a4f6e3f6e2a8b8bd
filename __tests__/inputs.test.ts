// The action's inputs: one path rule for every path input, and bad values named clearly.
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readInputs } from '../src/inputs.js';

const saved = { ...process.env };
afterEach(() => {
  for (const k of Object.keys(process.env)) if (k.startsWith('INPUT_')) delete process.env[k];
  Object.assign(process.env, saved);
});

function withInputs(values: Record<string, string>) {
  for (const [k, v] of Object.entries(values)) process.env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  return readInputs({ ...process.env, GITHUB_WORKSPACE: '/ws', RUNNER_TEMP: '/tmp/runner' });
}

describe('readInputs', () => {
  it('resolves every path input against GITHUB_WORKSPACE, whatever working-directory is', () => {
    const { inputs, errors } = withInputs({ 'working-directory': 'packages/web', config: 'ci/readiness.yml', 'report-path': 'out/report.json', 'sarif-path': 'out/r.sarif', 'badge-path': 'out/badge.json' });
    expect(errors).toEqual([]);
    expect(inputs.workspace).toBe(path.resolve('/ws/packages/web'));
    expect(inputs.config).toBe(path.resolve('/ws/ci/readiness.yml'));
    expect(inputs.reportPath).toBe(path.resolve('/ws/out/report.json'));
    expect(inputs.sarifPath).toBe(path.resolve('/ws/out/r.sarif'));
    expect(inputs.badgePath).toBe(path.resolve('/ws/out/badge.json'));
  });

  it('keeps an absolute config path as it is', () => {
    expect(withInputs({ config: '/etc/readiness.yml' }).inputs.config).toBe('/etc/readiness.yml');
  });

  it('names the input and what it expected: concurrency 0 asks for a whole number of at least 1', () => {
    const { errors } = withInputs({ threshold: 'abc', concurrency: '0' });
    expect(errors).toEqual(['input threshold: expected a number from 0 to 100, found "abc"', 'input concurrency: expected a whole number of at least 1, found "0"']);
  });
});


afterEach(() => vi.unstubAllEnvs());

const withStubbed = (inputs: Record<string, string>) => {
  vi.stubEnv('GITHUB_WORKSPACE', '/work/repo');
  for (const [k, v] of Object.entries(inputs)) vi.stubEnv(`INPUT_${k.toUpperCase()}`, v);
  return readInputs(process.env);
};

describe('inputs of the ratchet, baselines and comments', () => {
  it('reads baseline-path, max-drop, no-new-failures, comment-mode and event-path', () => {
    const { inputs, errors } = withStubbed({ 'baseline-path': 'artifacts/r.json', 'max-drop': '2.5', 'no-new-failures': 'false', 'comment-mode': 'changes', mode: 'publish', 'event-path': 'a/event.json' });
    expect(errors).toEqual([]);
    expect(inputs).toMatchObject({ baselinePath: '/work/repo/artifacts/r.json', maxDrop: 2.5, noNewFailures: false, commentMode: 'changes', mode: 'publish', eventPath: '/work/repo/a/event.json' });
  });

  it('reads no-new-test-failures', () => {
    expect(withStubbed({ 'no-new-test-failures': 'true' }).inputs.noNewTestFailures).toBe(true);
    expect(withStubbed({ 'no-new-test-failures': 'false' }).inputs.noNewTestFailures).toBe(false);
    expect(withStubbed({ 'no-new-test-failures': 'maybe' }).errors).toEqual(['input no-new-test-failures: expected true or false, found "maybe"']);
  });

  it('leaves unset ratchet inputs unset, so the config decides', () => {
    const { inputs } = withStubbed({});
    expect(inputs.noNewTestFailures).toBeUndefined();
    expect(inputs.maxDrop).toBeUndefined();
    expect(inputs.noNewFailures).toBeUndefined();
    expect(inputs.commentMode).toBeUndefined();
  });

  it('says what was expected for a bad value', () => {
    const { errors } = withStubbed({ 'max-drop': '-1', 'no-new-failures': 'yes', 'comment-mode': 'sometimes' });
    expect(errors).toEqual([
      'input max-drop: expected a number from 0 to 100, found "-1"',
      'input no-new-failures: expected true or false, found "yes"',
      'input comment-mode: expected always, changes or off, found "sometimes"',
    ]);
  });
});
