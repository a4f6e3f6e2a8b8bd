// `npm run bench`: speed and memory targets, printed as a table. Not a test: it measures.
import { overheadBench } from './overhead.js';
import { printTable, type Row } from './harness.js';

const rows: Row[] = [];
rows.push(...overheadBench());
printTable(`Readiness Scorecard benchmarks (node ${process.version}, ${process.platform}/${process.arch})`, rows);
