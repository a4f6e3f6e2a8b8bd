// `npm run bench`: speed and memory targets, printed as a table. Not a test: it measures.
// `npm run bench -- overhead` or `-- readers` runs one group.
import { overheadBench, startupBench } from './overhead.js';
import { printTable, type Row } from './harness.js';
import { readerBench } from './readers.js';
import { scanBench } from './scans.js';

const only = process.argv[2];
const rows: Row[] = [];
if (!only || only === 'overhead') rows.push(...overheadBench(), ...(await startupBench()));
if (!only || only === 'readers') rows.push(...(await readerBench()));
if (!only || only === 'scans') rows.push(...scanBench());
printTable(`Readiness Scorecard benchmarks (node ${process.version}, ${process.platform}/${process.arch})`, rows);
