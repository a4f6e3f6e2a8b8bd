// Child process of the reader benchmark: parses one file the way the check kinds do (streamed
// from disk through the decoder) and prints JSON with the time and peak memory.
import { createJUnitReader } from '../src/readers/junit.js';
import { createLcovReader } from '../src/readers/lcov.js';
import { readSarif } from '../src/readers/sarif.js';
import { readReportText, streamReportFile } from '../src/run/workspace.js';

const [kind, file] = process.argv.slice(2) as [string, string];
const limit = 1024 * 1024 * 1024;
const baseline = process.memoryUsage().rss;
const t0 = performance.now();
let summary: unknown;
if (kind === 'junit') {
  const r = createJUnitReader();
  await streamReportFile(file, file, limit, (c) => r.write(c));
  const x = r.end();
  summary = { total: x.total, failed: x.failed };
} else if (kind === 'lcov') {
  const r = createLcovReader();
  await streamReportFile(file, file, limit, (c) => r.write(c));
  summary = r.end().metrics().lines;
} else {
  const x = readSarif(await readReportText(file, file, limit));
  summary = { total: x.total };
}
const ms = performance.now() - t0;
process.stdout.write(JSON.stringify({ ms, peakRss: process.resourceUsage().maxRSS * 1024, baseline, summary }));
