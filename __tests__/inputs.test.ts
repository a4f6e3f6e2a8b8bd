// The action's inputs: one path rule for every path input, and bad values named clearly.
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
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
