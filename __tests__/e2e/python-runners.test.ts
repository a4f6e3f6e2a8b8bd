// Zero config on a flat-layout Python project with pytest: the totals equal pytest's own summary
// line, an interrupted collection reads as such, and the work tree is unchanged.
import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runEngine } from '../../src/engine.js';
import { gitRepo } from './runner.js';

const python = ['python', 'python3'].find((p) => spawnSync(p, ['-c', 'import pytest'], { stdio: 'ignore' }).status === 0);
if (!python) console.warn('\n  Python e2e NOT RUN: no python with pytest on PATH (pip install pytest).\n');

const PROJECT = {
  'pyproject.toml': '[project]\nname = "calc"\nversion = "0.1.0"\n',
  'calc/__init__.py': 'def add(a, b):\n    return a + b\n',
  'tests/test_calc.py': 'import pytest\nfrom calc import add\n\ndef test_add():\n    assert add(1, 2) == 3\n\ndef test_neg():\n    assert add(-1, -2) == -3\n\ndef test_wrong():\n    assert add(2, 2) == 5\n\n@pytest.mark.skip(reason="later")\ndef test_later():\n    pass\n',
};

describe.runIf(python)('zero config with pytest', () => {
  it('reads the same totals pytest prints, with the flat-layout package importable, and changes nothing', async () => {
    const dir = gitRepo(PROJECT);
    const report = await runEngine({ workspace: dir, only: ['pytest'] });
    const t = report.checks.find((c) => c.id === 'pytest')!;
    const line = /=+ (.*) in [\d.]+s/.exec(t.evidence.outputTail ?? '')?.[1] ?? '';
    const n = (word: string) => Number(new RegExp(`(\\d+) ${word}`).exec(line)?.[1] ?? 0);
    expect(line, t.evidence.outputTail).toMatch(/passed/);
    expect(t.metrics).toMatchObject({ passed: n('passed'), failed: n('failed'), skipped: n('skipped'), total: n('passed') + n('failed') + n('skipped') });
    expect(t.metrics).toMatchObject({ passed: 2, failed: 1, skipped: 1 });
    expect(execFileSync('git', ['status', '--porcelain', '--ignored'], { cwd: dir, encoding: 'utf8' })).toBe('');
  });

  it('an interrupted collection reads as "N collected, M collection errors", not a pass rate', async () => {
    const dir = gitRepo({ ...PROJECT, 'tests/test_broken.py': 'import not_installed_anywhere\n\ndef test_x():\n    pass\n' });
    const report = await runEngine({ workspace: dir, only: ['pytest'] });
    expect(report.checks[0]).toMatchObject({ status: 'fail', summary: "interrupted: 4 collected, 1 collection error; no test ran; the command exited 2: tests/test_broken.py failed to collect: ModuleNotFoundError: No module named 'not_installed_anywhere'", metrics: { collectionErrors: 1 } });
  });
});
