import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { trackedCount } from '../../src/scan/file-list.js';
import { gitRepo } from '../e2e/runner.js';
import { tempDir } from '../helpers.js';

describe('trackedCount (how many workers a pass is worth)', () => {
  it('counts the files git tracks, not the untracked ones', async () => {
    const ws = gitRepo({ 'a.txt': 'a\n', 'b/c.txt': 'c\n', 'name with space.md': 'x\n' });
    writeFileSync(path.join(ws, 'untracked.txt'), 'u\n');
    expect(await trackedCount(ws)).toBe(3);
  });

  it('is unknown outside a repository', async () => {
    expect(await trackedCount(tempDir())).toBeUndefined();
  });
});
