// The action's own overhead: process start to summary written, with 20 trivial checks (`true`).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { median, percentile, timeRun, type Row } from './harness.js';

const ROOT = path.resolve(import.meta.dirname, '..');

export function overheadBench(runs = 25): Row[] {
  const repo = mkdtempSync(path.join(os.tmpdir(), 'readiness-bench-'));
  try {
    mkdirSync(path.join(repo, '.github'));
    const checks = Array.from({ length: 20 }, (_, i) => `  - { id: check-${i}, run: "true" }`).join('\n');
    writeFileSync(path.join(repo, '.github', 'readiness.yml'), `checks:\n${checks}\n`);
    execFileSync('git', ['init', '-q'], { cwd: repo });
    const temp = path.join(repo, '.runner');
    mkdirSync(temp);
    const env = {
      PATH: process.env.PATH,
      GITHUB_WORKSPACE: repo,
      RUNNER_TEMP: temp,
      GITHUB_OUTPUT: path.join(temp, 'output'),
      GITHUB_STEP_SUMMARY: path.join(temp, 'summary.md'),
    };
    const times: number[] = [];
    for (let i = 0; i < runs + 2; i++) {
      writeFileSync(env.GITHUB_STEP_SUMMARY, '');
      writeFileSync(env.GITHUB_OUTPUT, '');
      const r = timeRun(process.execPath, [path.join(ROOT, 'dist', 'index.js')], { cwd: repo, env });
      if (r.status !== 0) throw new Error(`the action failed: ${r.stdout}${r.stderr}`);
      if (!readFileSync(env.GITHUB_STEP_SUMMARY, 'utf8').includes('Readiness 100')) throw new Error('no summary written');
      if (i >= 2) times.push(r.ms); // two warm-up runs
    }
    const med = median(times);
    return [
      {
        benchmark: `action overhead, 20 × \`true\` (median of ${runs})`,
        result: `${med.toFixed(0)} ms (p90 ${percentile(times, 90).toFixed(0)} ms)`,
        target: '< 300 ms',
        ok: med < 300,
      },
    ];
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
}
