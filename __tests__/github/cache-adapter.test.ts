import { describe, expect, it } from 'vitest';
import { failureOf } from '../../src/github/cache-adapter.js';

describe('failureOf', () => {
  it('takes the failure @actions/cache only logs ("::warning::Failed to restore: …"), unescaped, and restores stdout', async () => {
    const before = process.stdout.write;
    const r = await failureOf(async () => {
      process.stdout.write('::debug::Cache service version: v1\n');
      process.stdout.write('::warning::Failed to restore: getCacheEntry failed: 100%25 down%0Asecond line\n');
      return undefined;
    });
    expect(r).toEqual({ value: undefined, failure: 'getCacheEntry failed: 100% down second line' });
    expect(process.stdout.write).toBe(before);
  });

  it('a miss logs no failure, a save failure logged as ::error:: is one; a reserve conflict (plain info) is not', async () => {
    expect(await failureOf(async () => 'key')).toEqual({ value: 'key' });
    expect((await failureOf(async () => void process.stdout.write('::error::Failed to save: 503\n'))).failure).toBe('503');
    expect((await failureOf(async () => void process.stdout.write('Failed to save: Unable to reserve cache\n'))).failure).toBeUndefined();
  });
});
