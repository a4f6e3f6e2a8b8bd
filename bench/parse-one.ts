// Child process of the reader benchmark: parses one file the way the check kinds do (streamed
// from disk through the decoder), or the way a peer would (`*-peer`), and prints JSON with the
// time and peak memory.
import { readFileSync } from 'node:fs';
import { SaxesParser } from 'saxes';
import { createJUnitReader } from '../src/readers/junit.js';
import { createLcovReader } from '../src/readers/lcov.js';
import { readSarif, SarifStream } from '../src/readers/sarif.js';
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
} else if (kind === 'junit-peer') {
  // saxes alone, counting elements: the XML parser under our reader, with nothing kept.
  const p = new SaxesParser();
  let elements = 0;
  p.on('opentag', () => elements++);
  await streamReportFile(file, file, limit, (c) => p.write(c));
  p.close();
  summary = { elements };
} else if (kind === 'lcov') {
  const r = createLcovReader();
  await streamReportFile(file, file, limit, (c) => r.write(c));
  summary = r.end().metrics().lines;
} else if (kind === 'lcov-peer') {
  // The file read whole and split into lines: what a naive reader does before any parsing.
  summary = { lines: readFileSync(file, 'utf8').split('\n').length };
} else if (kind === 'sarif') {
  const r = new SarifStream();
  await streamReportFile(file, file, limit, (c) => r.write(c));
  summary = { total: r.end().total };
} else {
  // sarif-peer: the whole log read as text and parsed with JSON.parse, as our reader did before
  // it streamed (readSarif is still what reads a malformed log, for its error message).
  summary = { total: readSarif(await readReportText(file, file, limit)).total };
}
const ms = performance.now() - t0;
process.stdout.write(JSON.stringify({ ms, peakRss: process.resourceUsage().maxRSS * 1024, baseline, summary }));
