import { afterEach, describe, expect, it, vi } from 'vitest';
import { readInputs } from '../src/inputs.js';

afterEach(() => vi.unstubAllEnvs());

const withInputs = (inputs: Record<string, string>) => {
  vi.stubEnv('GITHUB_WORKSPACE', '/work/repo');
  for (const [k, v] of Object.entries(inputs)) vi.stubEnv(`INPUT_${k.toUpperCase()}`, v);
  return readInputs(process.env);
};

describe('inputs of the ratchet, baselines and comments', () => {
  it('reads baseline-path, max-drop, no-new-failures, comment-mode and event-path', () => {
    const { inputs, errors } = withInputs({ 'baseline-path': 'artifacts/r.json', 'max-drop': '2.5', 'no-new-failures': 'false', 'comment-mode': 'changes', mode: 'publish', 'event-path': 'a/event.json' });
    expect(errors).toEqual([]);
    expect(inputs).toMatchObject({ baselinePath: '/work/repo/artifacts/r.json', maxDrop: 2.5, noNewFailures: false, commentMode: 'changes', mode: 'publish', eventPath: '/work/repo/a/event.json' });
  });

  it('leaves unset ratchet inputs unset, so the config decides', () => {
    const { inputs } = withInputs({});
    expect(inputs.maxDrop).toBeUndefined();
    expect(inputs.noNewFailures).toBeUndefined();
    expect(inputs.commentMode).toBeUndefined();
  });

  it('says what was expected for a bad value', () => {
    const { errors } = withInputs({ 'max-drop': '-1', 'no-new-failures': 'yes', 'comment-mode': 'sometimes' });
    expect(errors).toEqual([
      'input max-drop: expected a number from 0 to 100, found "-1"',
      'input no-new-failures: expected true or false, found "yes"',
      'input comment-mode: expected always, changes or off, found "sometimes"',
    ]);
  });
});
