// Patch coverage from every coverage format the readers understand, on real reports where the
// acceptance data has them: per-line data, and report paths matched to the repository's paths.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCloverReader } from '../../src/readers/clover.js';
import { createCoberturaReader } from '../../src/readers/cobertura.js';
import type { CoverageData } from '../../src/readers/coverage.js';
import { createGoCoverReader } from '../../src/readers/gocover.js';
import { readIstanbul } from '../../src/readers/istanbul.js';
import { createJacocoReader } from '../../src/readers/jacoco.js';
import { createLcovReader } from '../../src/readers/lcov.js';
import { readAll } from '../../src/readers/types.js';
import { PathMatcher, patchCoverage } from '../../src/new-code/classify.js';
import type { ChangeSet, ChangedFile } from '../../src/new-code/diff.js';

const FIXTURES = [path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'fixtures', 'reports'), '/work/shared/fixtures/reports'].find((p) => existsSync(p));

function changes(files: Record<string, number[]>): ChangeSet {
  const map = new Map<string, ChangedFile>();
  let n = 0;
  for (const [p, lines] of Object.entries(files)) {
    map.set(p, { path: p, status: 'modified', lines });
    n += lines.length;
  }
  return { files: map, changedLines: n };
}

function patch(data: CoverageData, files: Record<string, number[]>, workspace = '/ws') {
  return patchCoverage([{ lines: data.lineData(), workingDirectory: '.' }], changes(files), workspace);
}

describe('patch coverage per format', () => {
  it('LCOV: hits per line, absolute paths inside the workspace', () => {
    const data = readAll(createLcovReader(), 'SF:/ws/src/a.js\nDA:1,1\nDA:2,0\nDA:3,4\nend_of_record\n');
    expect(patch(data, { 'src/a.js': [2, 3, 9] })).toMatchObject({ covered: 1, total: 2, uncovered: [{ file: 'src/a.js', lines: [2] }] });
  });

  it('Cobertura: class filenames relative to a source root', () => {
    const xml = `<coverage><sources><source>/ci/src</source></sources><packages><package name="p"><classes>
      <class name="m" filename="pkg/mod.py"><lines><line number="3" hits="1"/><line number="4" hits="0"/></lines></class>
    </classes></package></packages></coverage>`;
    expect(patch(readAll(createCoberturaReader(), xml), { 'src/pkg/mod.py': [3, 4, 5] })).toMatchObject({ covered: 1, total: 2 });
  });

  it('Clover: stmt and cond lines', () => {
    const xml = `<coverage clover="4"><project><file path="/ws/lib/x.php"><line num="2" type="stmt" count="0"/><line num="3" type="cond" truecount="1" falsecount="0"/><line num="4" type="method" count="1"/></file></project></coverage>`;
    expect(patch(readAll(createCloverReader(), xml), { 'lib/x.php': [2, 3, 4] })).toMatchObject({ covered: 1, total: 2, uncovered: [{ file: 'lib/x.php', lines: [2] }] });
  });

  it('istanbul coverage-final.json: statement start lines', () => {
    const json = JSON.stringify({
      '/ws/src/b.ts': { path: '/ws/src/b.ts', statementMap: { 0: { start: { line: 1 } }, 1: { start: { line: 2 } } }, s: { 0: 0, 1: 5 }, fnMap: {}, f: {}, branchMap: {}, b: {} },
    });
    expect(patch(readIstanbul(json), { 'src/b.ts': [1, 2, 3] })).toMatchObject({ covered: 1, total: 2, uncovered: [{ file: 'src/b.ts', lines: [1] }] });
  });

  it('JaCoCo: <sourcefile><line> by package path, without changing the report-level totals', () => {
    const xml = `<report name="r"><package name="com/acme"><sourcefile name="A.java"><line nr="10" mi="0" ci="3" mb="0" cb="0"/><line nr="11" mi="2" ci="0" mb="0" cb="0"/></sourcefile></package>
      <counter type="LINE" missed="7" covered="3"/></report>`;
    const data = readAll(createJacocoReader(), xml);
    expect(data.metrics().lines).toEqual({ covered: 3, total: 10, pct: 30 });
    expect(patch(data, { 'src/main/java/com/acme/A.java': [10, 11, 12] })).toMatchObject({ covered: 1, total: 2, uncovered: [{ lines: [11] }] });
  });

  it('Go: every line of a block with statements, by import path', () => {
    const data = readAll(createGoCoverReader(), 'mode: set\nexample.com/m/pkg/x.go:3.1,5.2 2 1\nexample.com/m/pkg/x.go:7.1,8.2 1 0\n');
    expect(data.metrics().statements).toEqual({ covered: 2, total: 3, pct: (2 / 3) * 100 });
    expect(patch(data, { 'pkg/x.go': [4, 6, 8] })).toMatchObject({ covered: 1, total: 2, uncovered: [{ lines: [8] }] });
  });

  it('a line is covered when any report covers it; source files no report names are listed apart', () => {
    const a = readAll(createLcovReader(), 'SF:src/a.js\nDA:1,0\nDA:2,0\nend_of_record\n');
    const b = readAll(createLcovReader(), 'SF:src/a.js\nDA:1,3\nend_of_record\n');
    const r = patchCoverage(
      [
        { lines: a.lineData(), workingDirectory: '.' },
        { lines: b.lineData(), workingDirectory: '.' },
      ],
      changes({ 'src/a.js': [1, 2], 'src/b.py': [1], 'README.md': [1], '.github/workflows/ci.yml': [3], 'package-lock.json': [9], 'docs/logo.png': [1] }),
      '/ws',
    );
    // Markdown, YAML, lockfiles and images are in no coverage report by nature: not "unreported".
    expect(r).toMatchObject({ covered: 1, total: 2, unreported: ['src/b.py'] });
  });
});

describe('report paths to repository paths', () => {
  it('matches on whole segments, prefers the longest, and refuses a tie', () => {
    const m = new PathMatcher(changes({ 'a/src/x.ts': [1], 'b/src/x.ts': [1], 'lib/y.ts': [1], 'mylib/z.ts': [1] }), '/ws');
    expect(m.match('/ws/lib/y.ts')).toBe('lib/y.ts');
    expect(m.match('/other/machine/repo/lib/y.ts')).toBe('lib/y.ts');
    expect(m.match('src/x.ts')).toBeUndefined();
    expect(m.match('a/src/x.ts')).toBe('a/src/x.ts');
    expect(m.match('lib/z.ts')).toBeUndefined();
    expect(m.match('y.ts', 'lib')).toBe('lib/y.ts');
  });
});

describe.skipIf(!FIXTURES)('real reports (acceptance data)', () => {
  const read = (rel: string) => readFileSync(path.join(FIXTURES!, rel), 'utf8');

  it('JaCoCo (jacoco-codingstyle.xml): TreeStringBuilder.java lines 57-62', () => {
    const data = readAll(createJacocoReader(), read('jacoco/jacoco-codingstyle.xml'));
    // 57 covered (ci 3), 58-60 not executable, 61 and 62 missed (mi 3, mi 1).
    expect(patch(data, { 'src/main/java/edu/hm/hafner/util/TreeStringBuilder.java': [57, 58, 59, 60, 61, 62] })).toMatchObject({
      covered: 1,
      total: 3,
      uncovered: [{ lines: [61, 62] }],
    });
  });

  it('Go (jenkins-atomic-duplicate-block.out): a duplicated block is covered once any copy ran', () => {
    const data = readAll(createGoCoverReader(), read('go/jenkins-atomic-duplicate-block.out'));
    // file1.go 5-8 ran, 19-20 did not, 9 is outside every block; file4.go 10-11 is listed twice, once covered.
    expect(patch(data, { 'pkg/utils/file1.go': [6, 9, 19, 20], 'pkg/test/file4.go': [10, 11] })).toMatchObject({
      covered: 3,
      total: 5,
      uncovered: [{ file: 'pkg/utils/file1.go', lines: [19, 20] }],
    });
  });
});
