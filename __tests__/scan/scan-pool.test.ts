import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { mergeSorted, sortedUnique, startListing } from '../../src/scan/file-list.js';
import { placeUntracked } from '../../src/scan/scan-pool.js';

/** Batches of `size` over `files`, as the pool cuts them, plus the callbacks placeUntracked uses. */
function batched(files: string[], size = 256) {
  const batches: string[][] = [];
  const tracked: number[] = [];
  for (let i = 0; i < files.length; i += size) {
    batches.push(files.slice(i, i + size));
    tracked.push(batches.length - 1);
  }
  const dropped: number[] = [];
  const add = (f: string[]) => batches.push(f) - 1;
  return { batches, tracked, dropped, add, drop: (id: number) => dropped.push(id) };
}

const names = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(4, '0')}`);

describe('placeUntracked', () => {
  it('keeps the tracked batches as they are when nothing is untracked', () => {
    const b = batched(names(600, 'a'));
    expect(placeUntracked(b.tracked, b.batches, [], b.add, b.drop)).toEqual([0, 1, 2]);
    expect(b.dropped).toEqual([]);
  });

  it('gives the merge order of the whole sorted list, splitting only the batches an untracked file falls into', () => {
    const tracked = names(600, 'b');
    const rest = ['a-first', 'b0100x', 'b0255x', 'b0511x', 'z-last', 'z-last2'];
    const b = batched(tracked);
    const order = placeUntracked(b.tracked, b.batches, rest, b.add, b.drop);
    // b0100x and b0255x fall inside the first batch: it is read again with them.
    expect(b.dropped).toEqual([0]);
    // Read in this order, the files are exactly the sorted union.
    expect(order.flatMap((id) => b.batches[id]!)).toEqual([...tracked, ...rest].sort());
    // The other batches stay: b0255x and b0511x sort between two batches, not inside one.
    expect(order).toContain(1);
    expect(order).toContain(2);
  });

  it('handles an empty tracked list (untracked files only)', () => {
    const b = batched([]);
    const order = placeUntracked(b.tracked, b.batches, names(300, 'u'), b.add, b.drop);
    expect(order.flatMap((id) => b.batches[id]!)).toEqual(names(300, 'u'));
  });
});

describe('mergeSorted', () => {
  it('is the same as sorting both lists together', () => {
    const a = ['A', 'a', 'b/c', 'é', '😀'];
    const b = ['B', 'a-b', 'b.c', 'z'];
    expect(mergeSorted(a, b)).toEqual([...a, ...b].sort());
  });
});

describe('startListing', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('lists tracked files first, then untracked ones that are not ignored, and both as one sorted list', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'listing-'));
    dirs.push(dir);
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
    git('init', '-q');
    mkdirSync(path.join(dir, 'src'));
    for (const f of ['src/b.ts', 'src/d.ts', '.gitignore']) writeFileSync(path.join(dir, f), f === '.gitignore' ? 'build/\n' : 'x\n');
    git('add', '.');
    mkdirSync(path.join(dir, 'build'));
    writeFileSync(path.join(dir, 'build', 'out.js'), 'ignored\n');
    writeFileSync(path.join(dir, 'src', 'c.ts'), 'untracked\n');
    const listing = startListing(dir);
    expect(await listing.first).toEqual(['.gitignore', 'src/b.ts', 'src/d.ts']);
    expect(await listing.rest).toEqual(['src/c.ts']);
    expect(await listing.whole).toEqual({ files: ['.gitignore', 'src/b.ts', 'src/c.ts', 'src/d.ts'], tracked: new Set(['.gitignore', 'src/b.ts', 'src/d.ts']), source: 'git' });
  });
});

describe('sortedUnique', () => {
  it('sorts by code units and drops duplicates, and returns a list already in order as it is', () => {
    const ordered = ['a', 'b/c', 'b/d'];
    expect(sortedUnique(ordered)).toBe(ordered);
    expect(sortedUnique(['b', 'a', 'c', 'a', '😀', 'ﬀ'])).toEqual(['a', 'b', 'c', '😀', 'ﬀ']);
    expect(sortedUnique(['x', 'x'])).toEqual(['x']);
  });
});
