// Unified-diff parsing: new-file line numbers, renames, deletions, binaries, quoted paths.
import { describe, expect, it } from 'vitest';
import { changesFromPatches, hasLine, lineRanges, parseUnifiedDiff, unquotePath } from '../../src/new-code/diff.js';
import { parseChangeEvent } from '../../src/new-code/event.js';

const DIFF = `diff --git a/src/a.js b/src/a.js
index 1111111..2222222 100644
--- a/src/a.js
+++ b/src/a.js
@@ -5 +5 @@ ctx
-line 5
+changed 5
@@ -10,0 +11,2 @@ line 10
+++ this added line starts with three pluses
+inserted 12
diff --git a/old name.txt b/new name.txt
similarity index 90%
rename from old name.txt
rename to new name.txt
index 3333333..4444444 100644
--- a/old name.txt
+++ b/new name.txt
@@ -7 +7 @@
-old 7
+new 7
diff --git a/pure.txt b/moved.txt
similarity index 100%
rename from pure.txt
rename to moved.txt
diff --git a/gone.js b/gone.js
deleted file mode 100644
index 5555555..0000000
--- a/gone.js
+++ /dev/null
@@ -1,2 +0,0 @@
-x
-y
diff --git a/ws.js b/ws.js
index 6666666..7777777 100644
diff --git a/empty.txt b/empty.txt
new file mode 100644
index 0000000..e69de29
diff --git a/img.png b/img.png
new file mode 100644
index 0000000..8888888
Binary files /dev/null and b/img.png differ
diff --git "a/t\\303\\251st\\ttab.js" "b/t\\303\\251st\\ttab.js"
index 9999999..aaaaaaa 100644
--- "a/t\\303\\251st\\ttab.js"
+++ "b/t\\303\\251st\\ttab.js"
@@ -0,0 +1,1 @@
+x
\\ No newline at end of file
`;

describe('parseUnifiedDiff', () => {
  it('keeps added and modified lines of the new version, and nothing of deletions or whitespace-only edits', () => {
    const c = parseUnifiedDiff(DIFF);
    expect(Object.fromEntries([...c.files.values()].map((f) => [f.path, f.lines]))).toEqual({
      'src/a.js': [5, 11, 12],
      'new name.txt': [7],
      'empty.txt': [],
      'img.png': [],
      'tést\ttab.js': [1],
    });
    expect(c.changedLines).toBe(5);
    expect(c.files.get('new name.txt')).toMatchObject({ status: 'renamed', from: 'old name.txt' });
    expect(c.files.get('img.png')).toMatchObject({ status: 'added', wholeFile: true });
    expect(c.files.get('empty.txt')).toMatchObject({ status: 'added' });
  });

  it('reads a diff with context lines too', () => {
    const c = parseUnifiedDiff('diff --git a/f b/f\n--- a/f\n+++ b/f\n@@ -1,3 +1,4 @@\n one\n-two\n+2\n+2b\n three\n');
    expect(c.files.get('f')!.lines).toEqual([2, 3]);
  });

  it('helpers: C-quoted paths, line lookup, ranges', () => {
    expect(unquotePath('"a\\"b\\\\c"')).toBe('a"b\\c');
    expect(unquotePath('plain')).toBe('plain');
    expect(hasLine([1, 4, 9, 12], 9)).toBe(true);
    expect(hasLine([1, 4, 9, 12], 5)).toBe(false);
    expect(lineRanges([3, 4, 5, 9, 11, 12])).toBe('3-5, 9, 11-12');
  });
});

describe('changesFromPatches (the compare API)', () => {
  it('reads hunks without headers; a file without a patch counts whole; removed files and pure renames count nothing', () => {
    const c = changesFromPatches([
      { filename: 'a.js', status: 'modified', patch: '@@ -1,2 +1,2 @@\n-a\n+b\n c' },
      { filename: 'n.js', status: 'renamed', previous_filename: 'o.js', patch: '@@ -3 +3 @@\n-x\n+y' },
      { filename: 'p.js', status: 'renamed', previous_filename: 'q.js' },
      { filename: 'r.js', status: 'removed', patch: '@@ -1 +0,0 @@\n-x' },
      { filename: 'huge.js', status: 'modified' },
    ]);
    expect(Object.fromEntries([...c.files.values()].map((f) => [f.path, f.lines]))).toEqual({ 'a.js': [1], 'n.js': [3], 'huge.js': [] });
    expect(c.files.get('n.js')).toMatchObject({ status: 'renamed', from: 'o.js' });
    expect(c.files.get('huge.js')!.wholeFile).toBe(true);
  });
});

describe('parseChangeEvent', () => {
  const sha = (c: string) => c.repeat(40);
  it('takes the SHAs of a pull request and of a merge group', () => {
    expect(parseChangeEvent('pull_request', { pull_request: { number: 3, base: { sha: sha('a'), repo: { full_name: 'o/r' } }, head: { sha: sha('b'), repo: null } } })).toEqual({
      eventName: 'pull_request',
      base: sha('a'),
      head: sha('b'),
      baseRepository: 'o/r',
      pullRequest: 3,
    });
    expect(parseChangeEvent('merge_group', { merge_group: { base_sha: sha('c'), head_sha: sha('d') }, repository: { full_name: 'o/r' } })).toMatchObject({ base: sha('c'), head: sha('d') });
  });

  it('refuses what is not a full SHA, naming the field', () => {
    expect(() => parseChangeEvent('pull_request', { pull_request: { number: 3, base: { sha: '--upload-pack=evil' }, head: { sha: sha('b') } } })).toThrow(
      'the pull_request event file is not usable: pull_request.base.sha: expected a full commit SHA',
    );
    expect(() => parseChangeEvent('merge_group', {})).toThrow(/merge_group: /);
  });
});
