// Shared benchmark plumbing: timing and the table printer.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';

/** One line of the table: our figure next to a peer's, measured in the same run. */
export interface Row {
  benchmark: string;
  ours: string;
  peer: string;
  /** ours ÷ peer, as the row defines it. */
  ratio: string;
  target: string;
  ok: boolean | null;
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

/** Wall time of one run of a command, in milliseconds. */
export function timeRun(command: string, args: string[], options: SpawnSyncOptions = {}): { ms: number; status: number | null; stdout: string; stderr: string } {
  const t0 = performance.now();
  const res = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...options });
  return { ms: performance.now() - t0, status: res.status, stdout: String(res.stdout ?? ''), stderr: String(res.stderr ?? '') };
}

export function printTable(title: string, rows: Row[], notes: string[] = []): void {
  const head = ['benchmark', 'ours', 'peer', 'ratio', 'target', 'verdict'];
  const body = rows.map((r) => [r.benchmark, r.ours, r.peer, r.ratio, r.target, r.ok === null ? '-' : r.ok ? 'ok' : 'MISSED']);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(`\n${title}\n`);
  for (const n of notes) console.log(n);
  if (notes.length) console.log('');
  console.log(line(head));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const b of body) console.log(line(b));
}
