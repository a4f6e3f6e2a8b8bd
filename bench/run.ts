// `npm run bench`: one table, each row our figure next to a peer's measured in the same run, as
// a ratio. Not a test: it measures. `npm run bench -- overhead`, `-- readers`, `-- scans` or
// `-- new-code` runs one group; `-- false-alarms` (not part of the default run, it takes minutes)
// measures the benchmark check beside a CPU hog (benchmark-false-alarms.ts). Needs dist/
// (npm run bundle) and, for the scan row, ripgrep.
import os from 'node:os';
import { overheadBench, startupBench } from './overhead.js';
import { printTable, type Row } from './harness.js';
import { readerBench } from './readers.js';
import { scanBench, scanCorpus } from './scans.js';
import { newCodeBench } from './new-code.js';

const only = process.argv[2];
if (only === 'false-alarms') {
  await import('./benchmark-false-alarms.js');
  process.exit(0);
}
const load = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');
const notes = [`machine: ${os.availableParallelism()} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), load average at start ${load()}`];
const rows: Row[] = [];
if (!only || only === 'scans') {
  const corpus = scanCorpus();
  notes.push(`scan corpus: ${corpus.label}, ${corpus.files} files listed by git ls-files -co --exclude-standard, ${corpus.mb.toFixed(0)} MB`);
  rows.push(...scanBench(corpus));
}
if (!only || only === 'readers') {
  notes.push('reader files: generated under bench/.data (JUnit 100 MB, LCOV 100 MB, SARIF 50 MB)');
  rows.push(...(await readerBench()));
}
if (!only || only === 'overhead') rows.push(...overheadBench(), ...(await startupBench()));
if (!only || only === 'new-code') rows.push(...newCodeBench());
notes.push(`load average at end ${load()}`);
printTable(`Readiness Scorecard benchmarks (node ${process.version}, ${process.platform}/${process.arch})`, rows, notes);
