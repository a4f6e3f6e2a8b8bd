// The worker threads of one scan pass. They are started, and their code loaded, before the first
// check runs (a check may rewrite dist/ meanwhile); the pass hands them batches of files and
// merges the results in file order on the main thread.
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CheckConfig } from '../config/types.js';
import type { FileList } from './file-list.js';
import { PassTotals, type BatchResult, type PassResult, type Scanner } from './repository-scan.js';
import type { FromWorker, ToWorker } from './scan-worker.js';

/** Files per message: large enough that messaging costs little, small enough to balance the load. */
const BATCH_FILES = 256;

/** Where the worker's code is: beside the bundle (dist/scan-worker.js), or the source under tsx. */
function workerEntry(): { file: string; execArgv?: string[] } {
  const here = fileURLToPath(import.meta.url);
  const dir = path.dirname(here);
  if (here.endsWith('.ts')) return { file: path.join(dir, 'scan-worker.ts'), execArgv: [...process.execArgv, '--import', 'tsx'] };
  return { file: path.join(dir, 'scan-worker.js') };
}

export function defaultScanWorkers(): number {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.min(cores, 4));
}

export class ScanPool {
  private readonly workers: Worker[] = [];
  private stopped?: Error;
  private failWith?: (err: Error) => void;

  private constructor() {}

  /** Starts `count` workers for these checks' scanners and waits until each has loaded its code. */
  static async start(checks: CheckConfig[], options: { workspace: string; maxFileSize: number; count: number }): Promise<ScanPool> {
    const pool = new ScanPool();
    const entry = workerEntry();
    const ready: Promise<void>[] = [];
    for (let i = 0; i < options.count; i++) {
      const worker = new Worker(entry.file, { ...(entry.execArgv ? { execArgv: entry.execArgv } : {}), stdout: false, stderr: false });
      // The run never waits on an idle worker to exit.
      worker.unref();
      pool.workers.push(worker);
      ready.push(
        new Promise<void>((resolve, reject) => {
          const onMessage = (msg: FromWorker) => {
            if (msg.type !== 'ready') return;
            worker.off('message', onMessage);
            worker.off('error', reject);
            resolve();
          };
          worker.on('message', onMessage);
          worker.once('error', reject);
          worker.once('exit', (code) => reject(new Error(`the scan worker exited (code ${code}) before it started`)));
        }),
      );
      worker.on('error', (err) => pool.fail(err));
      worker.on('exit', () => pool.fail(new Error('a scan worker exited')));
      const init: ToWorker = { type: 'init', workspace: options.workspace, maxFileSize: options.maxFileSize, checks };
      worker.postMessage(init);
    }
    try {
      await Promise.all(ready);
    } catch (err) {
      pool.terminate();
      throw new Error(`could not start the scan worker: ${(err as Error).message}`, { cause: err });
    }
    return pool;
  }

  private fail(err: Error): void {
    this.stopped ??= err;
    this.failWith?.(err);
  }

  /** Scans every listed file; `scanners` are the main-thread twins of the workers' scanners. */
  run(list: FileList, scanners: readonly Scanner[]): Promise<PassResult> {
    const started = performance.now();
    if (this.stopped) return Promise.reject(this.stopped);
    return new Promise<PassResult>((resolve, reject) => {
      const totals = new PassTotals(list.files.length);
      const batches: string[][] = [];
      for (let i = 0; i < list.files.length; i += BATCH_FILES) batches.push(list.files.slice(i, i + BATCH_FILES));
      const done = new Map<number, BatchResult>();
      let merged = 0;
      let next = 0;
      let settled = false;
      const finish = (err?: Error) => {
        if (settled) return;
        settled = true;
        for (const w of this.workers) w.off('message', onMessage);
        this.failWith = undefined;
        if (err) reject(err);
        else resolve({ list, sizes: totals.sizes, stats: totals.stats, skippedExamples: totals.skippedExamples, durationMs: Math.round(performance.now() - started) });
      };
      this.failWith = finish;
      const send = (worker: Worker) => {
        if (next >= batches.length) return;
        const msg: ToWorker = { type: 'batch', index: next, files: batches[next]! };
        next++;
        worker.postMessage(msg);
      };
      const onMessage = function (this: Worker, msg: FromWorker) {
        if (msg.type === 'error') return finish(new Error(msg.message));
        if (msg.type !== 'batch') return;
        done.set(msg.index, msg.result);
        // Merged in file order, so findings come out as a single thread would list them.
        for (let r = done.get(merged); r; r = done.get(merged)) {
          done.delete(merged);
          totals.add(r, scanners);
          merged++;
        }
        if (merged === batches.length) return finish();
        send(this);
      };
      for (const w of this.workers) w.on('message', onMessage);
      if (batches.length === 0) return finish();
      // Two batches in flight per worker, so none waits for the main thread between batches.
      for (let round = 0; round < 2; round++) for (const w of this.workers) send(w);
    });
  }

  /** Ends the workers at once, even one stuck in a regular expression. */
  terminate(): void {
    this.fail(new Error('the scan was stopped'));
    for (const w of this.workers) void w.terminate();
  }
}
