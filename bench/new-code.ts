// New-code classification at pull-request scale: a diff of 5,000 changed files and 200,000 changed
// lines parsed, 50,000 findings marked new or existing, and patch coverage over LCOV line data of
// every changed file. Target: under a second for the lot.
import { markFindings, patchCoverage } from '../src/new-code/classify.js';
import { parseUnifiedDiff } from '../src/new-code/diff.js';
import { createLcovReader } from '../src/readers/lcov.js';
import { readAll } from '../src/readers/types.js';
import type { Finding } from '../src/types.js';
import { median, type Row } from './harness.js';

const FILES = 5000;
// 10 hunks of 4 added lines per file: 5,000 × 40 = 200,000 changed lines.

/** A git diff -U0 as git prints it: per file, 10 hunks of 4 added lines among unchanged ones. */
function bigDiff(): string {
  const parts: string[] = [];
  for (let f = 0; f < FILES; f++) {
    const p = `src/module${f % 50}/file${f}.ts`;
    parts.push(`diff --git a/${p} b/${p}\nindex 1111111..2222222 100644\n--- a/${p}\n+++ b/${p}\n`);
    for (let h = 0; h < 10; h++) {
      const start = h * 20 + 5;
      parts.push(`@@ -${start},2 +${start},4 @@ function f${h}() {\n-old a\n-old b\n+new line one\n+new line two\n+new line three\n+new line four\n`);
    }
  }
  return parts.join('');
}

function bigLcov(): string {
  const parts: string[] = [];
  for (let f = 0; f < FILES; f++) {
    parts.push(`SF:src/module${f % 50}/file${f}.ts\n`);
    for (let l = 1; l <= 220; l++) parts.push(`DA:${l},${l % 3}\n`);
    parts.push('end_of_record\n');
  }
  return parts.join('');
}

function findings(): Finding[] {
  const out: Finding[] = [];
  for (let i = 0; i < 50_000; i++) out.push({ file: `src/module${i % 50}/file${i % FILES}.ts`, line: (i % 220) + 1, severity: 'warning', rule: 'r', message: 'm' });
  return out;
}

export function newCodeBench(): Row[] {
  const diff = bigDiff();
  const lcov = readAll(createLcovReader(), bigLcov());
  const list = findings();
  const times: number[] = [];
  let summary = '';
  for (let run = 0; run < 5; run++) {
    const t0 = performance.now();
    const changes = parseUnifiedDiff(diff);
    const marked = markFindings(list, changes);
    const patch = patchCoverage([{ lines: lcov.lineData(), workingDirectory: '.' }], changes, '/ws');
    times.push(performance.now() - t0);
    summary = `${changes.files.size} files, ${changes.changedLines} lines, ${marked.newCount} of ${list.length} findings new, patch ${patch.covered}/${patch.total}`;
  }
  const ms = median(times);
  // The floor: splitting the same diff into lines and counting the added ones, nothing more.
  const floor: number[] = [];
  for (let run = 0; run < 5; run++) {
    const t0 = performance.now();
    let added = 0;
    for (const line of diff.split('\n')) if (line.startsWith('+') && !line.startsWith('+++')) added++;
    floor.push(performance.now() - t0 + (added < 0 ? 1 : 0));
  }
  const floorMs = median(floor);
  return [
    {
      benchmark: `new code: parse a ${(diff.length / 1024 / 1024).toFixed(1)} MiB diff, classify findings, patch coverage (${summary}), median of 5`,
      ours: `${ms.toFixed(0)} ms`,
      peer: `split the diff into lines, count added: ${floorMs.toFixed(0)} ms`,
      ratio: `${(ms / floorMs).toFixed(1)}×`,
      target: '< 1000 ms',
      ok: ms < 1000,
    },
  ];
}
