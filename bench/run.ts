// `npm run bench`: speed and memory targets, printed as a table. Not a test: it measures.
// `npm run bench -- overhead`, `-- readers`, `-- scans` or `-- new-code` runs one group.
import { overheadBench, startupBench } from './overhead.js';
import { printTable, type Row } from './harness.js';
import { readerBench } from './readers.js';
import { scanBench } from './scans.js';
import { newCodeBench } from './new-code.js';

const only = process.argv[2];
const rows: Row[] = [];
if (!only || only === 'overhead') rows.push(...overheadBench(), ...(await startupBench()));
if (!only || only === 'readers') rows.push(...(await readerBench()));
if (!only || only === 'scans') rows.push(...scanBench());
if (!only || only === 'new-code') rows.push(...newCodeBench());
printTable(`Readiness Scorecard benchmarks (node ${process.version}, ${process.platform}/${process.arch})`, rows);
