// The least a Node process can do for the built-in scans, as a bench peer: the same two git
// listings, the same number of worker threads and batches of 256 files, and in each worker only
// open, read and close of every file with one Buffer.indexOf for "AKIA". No config, no regexes,
// no merging in order, no report. Whatever our scans cost above this is our own code; what this
// costs above ripgrep is Node's (process and worker start-up, its file calls).
//   node bench/scan-floor.mjs <dir>   prints how many files it read
import { execFile } from 'node:child_process';
import os from 'node:os';
import { Worker } from 'node:worker_threads';

const dir = process.argv[2];
const WORKER = `
const { parentPort } = require('node:worker_threads');
const fs = require('node:fs');
const flags = fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK;
const buf = Buffer.allocUnsafe(1 << 20);
parentPort.on('message', (files) => {
  let read = 0;
  let hits = 0;
  for (const f of files) {
    let fd;
    try { fd = fs.openSync(f, flags); } catch { continue; }
    try { const n = fs.readSync(fd, buf, 0, buf.length, null); read++; if (buf.subarray(0, n).indexOf('AKIA') !== -1) hits++; } catch { /* a directory */ } finally { fs.closeSync(fd); }
  }
  parentPort.postMessage({ read, hits });
});
parentPort.postMessage('ready');`;

const git = (args) =>
  new Promise((resolve, reject) =>
    execFile('git', args, { cwd: dir, encoding: 'buffer', maxBuffer: 1 << 30 }, (err, out) => (err ? reject(err) : resolve(out.toString().split('\0').filter(Boolean)))),
  );
const count = Math.max(1, Math.min(os.availableParallelism(), 4));
const workers = Array.from({ length: count }, () => new Worker(WORKER, { eval: true }));
const ready = workers.map((w) => new Promise((r) => w.once('message', r)));
const [tracked, others] = await Promise.all([git(['ls-files', '-z', '-c']), git(['ls-files', '-z', '-o', '--exclude-standard']), ...ready]);
const files = tracked.concat(others).map((f) => `${dir}/${f}`);
let next = 0;
let inFlight = 0;
let read = 0;
let hits = 0;
await new Promise((resolve) => {
  const send = (w) => {
    if (next >= files.length) {
      if (inFlight === 0) resolve();
      return;
    }
    inFlight++;
    w.postMessage(files.slice(next, (next += 256)));
  };
  for (const w of workers) {
    w.on('message', (m) => {
      read += m.read;
      hits += m.hits;
      inFlight--;
      send(w);
    });
    send(w);
    send(w);
  }
});
console.log(`${read} files read, ${hits} holding AKIA`);
process.exit(0);
