// Where a whole process spends its time, for the rows that say why a target is missed: a preload
// (node --import) stamps the start of the process's first and last child process or worker thread
// and its exit, in ms since the process began. The same preload goes on ours and on the peer, so
// the phases compare: before the first command or worker (start-up), between the first and the
// last, and after the last one (the end).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { median, timeRun } from './harness.js';

const PRELOAD = `import cp from 'node:child_process';
import wt from 'node:worker_threads';
import { syncBuiltinESMExports } from 'node:module';
let first, last;
const stamp = () => { const t = performance.now(); first ??= t; last = t; };
for (const name of ['spawn', 'spawnSync', 'execFile']) { const orig = cp[name]; cp[name] = function (...args) { stamp(); return orig.apply(this, args); }; }
const W = wt.Worker;
wt.Worker = class extends W { constructor(...args) { stamp(); super(...args); } };
syncBuiltinESMExports();
process.on('exit', () => process.stderr.write('\\nPHASES ' + JSON.stringify({ first, last, exit: performance.now() }) + '\\n'));
`;

export interface Phases {
  /** Process start to the first child or worker started. */
  startUp: number;
  /** First to last child or worker started. */
  between: number;
  /** Last one started to the process's exit. */
  end: number;
  total: number;
}

/** Medians over `runs` runs of each phase of a Node command (args after `node`). */
export function phasesOf(args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; before?: () => void }, runs = 9): Phases {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'readiness-phases-'));
  try {
    const preload = path.join(dir, 'phases.mjs');
    writeFileSync(preload, PRELOAD);
    const seen: Phases[] = [];
    for (let i = 0; i < runs; i++) {
      options.before?.();
      const r = timeRun(process.execPath, ['--import', preload, ...args], { cwd: options.cwd, ...(options.env ? { env: options.env } : {}) });
      const line = /^PHASES (.*)$/m.exec(r.stderr)?.[1];
      if (!line) throw new Error(`no phases from node ${args.join(' ')}: ${r.stderr.slice(-500)}`);
      const p = JSON.parse(line) as { first?: number; last?: number; exit: number };
      const first = p.first ?? p.exit;
      const last = p.last ?? p.exit;
      seen.push({ startUp: first, between: last - first, end: p.exit - last, total: p.exit });
    }
    const m = (k: keyof Phases) => median(seen.map((s) => s[k]));
    return { startUp: m('startUp'), between: m('between'), end: m('end'), total: m('total') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const ms = (n: number) => `${n.toFixed(0)} ms`;

/** "start-up X · commands Y · end Z" for a table cell. */
export function phaseCell(p: Phases, middle: string): string {
  return `start-up ${ms(p.startUp)} · ${middle} ${ms(p.between)} · end ${ms(p.end)}`;
}
