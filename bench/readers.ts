// Reader throughput and peak memory on generated 100 MB JUnit, 100 MB LCOV and 50 MB SARIF files.
import { createWriteStream, existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { timeRun, type Row } from './harness.js';

const DATA = path.resolve(import.meta.dirname, '.data');
const MB = 1e6;

async function generate(file: string, bytes: number, head: string, piece: (i: number) => string, tail: string): Promise<void> {
  if (existsSync(file) && statSync(file).size >= bytes) return;
  mkdirSync(path.dirname(file), { recursive: true });
  const out = createWriteStream(file);
  let size = 0;
  const write = (s: string) => {
    size += s.length;
    return out.write(s) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', r));
  };
  await write(head);
  for (let i = 0; size < bytes; i++) await write(piece(i));
  await write(tail);
  await new Promise<void>((r) => out.end(r));
}

function junitPiece(i: number): string {
  let s = `<testsuite name="com.example.Suite${i}" tests="50">\n`;
  for (let j = 0; j < 50; j++) {
    const n = i * 50 + j;
    s += `  <testcase classname="com.example.pkg.Class${n % 977}" name="test method ${n} does &quot;things&quot;" time="0.0${n % 97}">`;
    if (n % 20 === 0) s += `<failure message="expected 1 but was 2" type="AssertionError">at com.example.Class.test(Class.java:12)\n  at sun.reflect.Native</failure>`;
    if (n % 33 === 0) s += '<skipped/>';
    s += '</testcase>\n';
  }
  return `${s}</testsuite>\n`;
}

function lcovPiece(i: number): string {
  let s = `TN:\nSF:src/module${i}/file${i}.ts\n`;
  for (let f = 0; f < 20; f++) s += `FN:${f * 40 + 1},fn${f}\nFNDA:${f % 3},fn${f}\n`;
  for (let l = 1; l <= 800; l++) {
    s += `DA:${l},${(l * 7 + i) % 5}\n`;
    if (l % 10 === 0) s += `BRDA:${l},0,0,${l % 3 === 0 ? '-' : 1}\nBRDA:${l},0,1,${l % 4}\n`;
  }
  return `${s}LF:800\nLH:640\nend_of_record\n`;
}

function sarifPiece(i: number): string {
  return `${i ? ',' : ''}{"ruleId":"R${i % 50}","level":"${['error', 'warning', 'note'][i % 3]}","message":{"text":"Possible issue number ${i} in this code path"},"locations":[{"physicalLocation":{"artifactLocation":{"uri":"src/dir${i % 100}/file${i % 1000}.ts"},"region":{"startLine":${(i % 400) + 1},"startColumn":5}}}]}\n`;
}

/**
 * parse-one.ts bundled with ncc, as the action's own code is: run under tsx, the TypeScript loader
 * alone added 75-90 MB (varying from run to run) to every process's peak memory.
 */
async function parseOne(): Promise<string> {
  const dir = path.join(DATA, 'parse-one');
  // @ts-expect-error: ncc ships no type declarations
  const { default: ncc } = (await import('@vercel/ncc')) as { default: (entry: string, options: object) => Promise<{ code: string; assets: Record<string, { source: string | Buffer }> }> };
  const { code, assets } = await ncc(path.join(import.meta.dirname, 'parse-one.ts'), { filename: 'index.js', quiet: true, minify: false, sourceMap: false });
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'index.js'), code);
  for (const [name, asset] of Object.entries(assets)) writeFileSync(path.join(dir, name), asset.source);
  return path.join(dir, 'index.js');
}

function child(script: string, kind: string, file: string): { ms: number; peakRss: number; baseline: number } {
  const r = timeRun(process.execPath, [script, kind, file], { cwd: path.resolve(import.meta.dirname, '..') });
  if (r.status !== 0) throw new Error(`parse of ${file} failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as { ms: number; peakRss: number; baseline: number };
}

export async function readerBench(): Promise<Row[]> {
  const files = {
    junit: path.join(DATA, 'junit-100mb.xml'),
    lcov: path.join(DATA, 'lcov-100mb.info'),
    sarif: path.join(DATA, 'sarif-50mb.sarif'),
  };
  await generate(files.junit, 100 * MB, '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n', junitPiece, '</testsuites>\n');
  await generate(files.lcov, 100 * MB, '', lcovPiece, '');
  const rules = Array.from({ length: 50 }, (_, i) => `{"id":"R${i}","defaultConfiguration":{"level":"warning"}}`).join(',');
  await generate(files.sarif, 50 * MB, `{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"bench","rules":[${rules}]}},"results":[\n`, sarifPiece, ']}]}\n');

  const script = await parseOne();
  const rows: Row[] = [];
  const peers: Record<string, string> = { junit: 'saxes alone', lcov: 'read whole + split lines', sarif: 'whole-log JSON.parse (before)' };
  for (const [kind, file] of Object.entries(files)) {
    const size = statSync(file).size;
    // Alternated, so a change in the machine's load falls on both.
    const ours: ReturnType<typeof child>[] = [];
    const peer: ReturnType<typeof child>[] = [];
    for (let i = 0; i < 3; i++) {
      ours.push(child(script, kind, file));
      peer.push(child(script, `${kind}-peer`, file));
    }
    const best = (runs: ReturnType<typeof child>[]) => runs.reduce((a, b) => (a.ms < b.ms ? a : b));
    const mbps = size / MB / (best(ours).ms / 1000);
    const peerMbps = size / MB / (best(peer).ms / 1000);
    const peak = Math.max(...ours.map((r) => r.peakRss));
    const peerPeak = Math.max(...peer.map((r) => r.peakRss));
    rows.push({
      benchmark: `${kind} ${Math.round(size / MB)} MB: throughput (best of 3)`,
      ours: `${mbps.toFixed(1)} MB/s`,
      peer: `${peers[kind]} ${peerMbps.toFixed(1)} MB/s`,
      ratio: `${(mbps / peerMbps).toFixed(2)}×`,
      target: kind === 'sarif' ? '≥ 1× (not lower)' : 'reported',
      ok: kind === 'sarif' ? mbps >= peerMbps : null,
    });
    rows.push({
      benchmark: `${kind} ${Math.round(size / MB)} MB: peak RSS (node alone ${Math.round(ours[0]!.baseline / MB)} MB)`,
      ours: `${Math.round(peak / MB)} MB = ${(peak / size).toFixed(2)}× file`,
      peer: `${peers[kind]} ${Math.round(peerPeak / MB)} MB`,
      ratio: `${(peak / peerPeak).toFixed(2)}×`,
      target: '≤ 3× file',
      ok: peak / size <= 3,
    });
  }
  return rows;
}
