// The worker threads of one scan pass. They are started, and their code loaded, before the first
// check runs (a check may rewrite dist/ meanwhile); the pass hands them batches of files and
// merges the results in file order on the main thread.
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import type { CheckConfig } from '../config/types.js';
import { mergeSorted, type FileList, type Listing } from './file-list.js';
import { PassTotals, type BatchResult, type PassResult, type Scanner } from './repository-scan.js';
import { SCAN_WORKER_ARGUMENT, type FromWorker, type ToWorker } from './scan-worker.js';

/** Files per message: large enough that messaging costs little, small enough to balance the load. */
const BATCH_FILES = 256;

function* inBatches(files: readonly string[]): Generator<string[]> {
  for (let i = 0; i < files.length; i += BATCH_FILES) yield files.slice(i, i + BATCH_FILES);
}

/**
 * Where the worker's code is: the entry of the bundle (dist/index.js beside this chunk), or of the
 * source under tsx (src/index.ts), which turns into a scan worker when its workerData says so; in
 * the bundle the worker thus shares the action's chunks.
 */
function workerEntry(): { file: string; execArgv?: string[] } {
  const here = fileURLToPath(import.meta.url);
  const dir = path.dirname(here);
  if (here.endsWith('.ts')) return { file: path.join(dir, '..', 'index.ts'), execArgv: [...process.execArgv, '--import', 'tsx'] };
  return { file: path.join(dir, 'index.js') };
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

  /**
   * Starts `count` workers for these checks' scanners, then as many more as `more` resolves to
   * (known a little later: the repository's size), and waits until each has loaded its code.
   */
  static async start(checks: CheckConfig[], options: { workspace: string; maxFileSize: number; count: number; more?: Promise<number> }): Promise<ScanPool> {
    const pool = new ScanPool();
    const init: ToWorker = { type: 'init', workspace: options.workspace, maxFileSize: options.maxFileSize, checks };
    try {
      const first = pool.add(options.count, init);
      // Awaited below; marked as handled meanwhile, for a worker that fails while `more` is unknown.
      first.catch(() => undefined);
      const more = options.more ? await options.more : 0;
      await Promise.all([first, pool.add(more, init)]);
    } catch (err) {
      pool.terminate();
      throw new Error(`could not start the scan worker: ${(err as Error).message}`, { cause: err });
    }
    return pool;
  }

  /** Starts `count` workers; resolves once each has loaded its code and built its scanners. */
  private add(count: number, init: ToWorker): Promise<void[]> {
    const entry = workerEntry();
    const ready: Promise<void>[] = [];
    for (let i = 0; i < count; i++) {
      // worker_threads loads with the first pool: a run without scans never needs it.
      const { Worker } = process.getBuiltinModule('node:worker_threads');
      const worker = new Worker(entry.file, { ...(entry.execArgv ? { execArgv: entry.execArgv } : {}), argv: [SCAN_WORKER_ARGUMENT], stdout: false, stderr: false });
      // The run never waits on an idle worker to exit.
      worker.unref();
      this.workers.push(worker);
      ready.push(
        new Promise<void>((resolve, reject) => {
          const onMessage = (msg: FromWorker) => {
            if (msg.type === 'error') return reject(new Error(msg.message));
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
      worker.on('error', (err) => this.fail(err));
      worker.on('exit', () => this.fail(new Error('a scan worker exited')));
      worker.postMessage(init);
    }
    return Promise.all(ready);
  }

  private fail(err: Error): void {
    this.stopped ??= err;
    this.failWith?.(err);
  }

  /**
   * Scans every listed file; `scanners` are the main-thread twins of the workers' scanners. The
   * workers begin on the tracked files while git still looks for untracked ones. Results are
   * merged in the order of the whole sorted list, and only once it is known: a batch into which
   * an untracked file sorts is split at that file and read again, so every scanner sees the files
   * in the same order as if the list had been complete from the start.
   */
  run(listing: Listing, scanners: readonly Scanner[]): Promise<PassResult> {
    const started = performance.now();
    if (this.stopped) return Promise.reject(this.stopped);
    return new Promise<PassResult>((resolve, reject) => {
      /** Batches by id; `order` is the merge order once the untracked files are known. */
      const batches: string[][] = [];
      const results = new Map<number, BatchResult>();
      const queue: number[] = [];
      const dropped = new Set<number>();
      let order: number[] | undefined;
      let list: FileList | undefined;
      let totals: PassTotals | undefined;
      let merged = 0;
      let settled = false;
      const idle: Worker[] = [];

      const finish = (err?: Error) => {
        if (settled) return;
        settled = true;
        for (const w of this.workers) w.off('message', onMessage);
        this.failWith = undefined;
        if (err) reject(err);
        else resolve({ list: list!, sizes: totals!.sizes, stats: totals!.stats, skippedExamples: totals!.skippedExamples, durationMs: Math.round(performance.now() - started) });
      };
      this.failWith = finish;
      const add = (files: string[]): number => {
        batches.push(files);
        return batches.length - 1;
      };
      const send = (worker: Worker) => {
        let id = queue.shift();
        while (id !== undefined && dropped.has(id)) id = queue.shift();
        if (id === undefined) {
          if (!idle.includes(worker)) idle.push(worker);
          return;
        }
        const msg: ToWorker = { type: 'batch', index: id, files: batches[id]! };
        worker.postMessage(msg);
      };
      const wake = () => {
        while (idle.length > 0 && queue.length > 0) send(idle.shift()!);
      };
      const mergeReady = () => {
        if (!order || !totals) return;
        // Merged in file order, so findings come out as a single thread would list them.
        for (let r = results.get(order[merged]!); merged < order.length && r; r = results.get(order[merged]!)) {
          results.delete(order[merged]!);
          totals.add(r, scanners, batches[order[merged]!]!);
          merged++;
        }
        if (merged === order.length) finish();
      };
      const onMessage = function (this: Worker, msg: FromWorker) {
        if (msg.type === 'error') return finish(new Error(msg.message));
        if (msg.type !== 'batch') return;
        if (!dropped.has(msg.index)) results.set(msg.index, msg.result);
        mergeReady();
        if (!settled) send(this);
      };
      for (const w of this.workers) w.on('message', onMessage);

      const tracked: number[] = [];
      listing.first.then((files) => {
        if (settled) return;
        for (const batch of inBatches(files)) {
          const id = add(batch);
          tracked.push(id);
          queue.push(id);
        }
        // Two batches in flight per worker, so none waits for the main thread between batches.
        for (let round = 0; round < 2; round++) for (const w of this.workers) send(w);
        return listing.rest.then((rest) => {
          if (settled) return;
          order = placeUntracked(tracked, batches, rest, (files) => {
            const id = add(files);
            queue.push(id);
            return id;
          }, (id) => {
            dropped.add(id);
            results.delete(id);
          });
          wake();
          return listing.whole.then((whole) => {
            list = whole;
            totals = new PassTotals(whole.files.length);
            mergeReady();
          });
        });
      }).catch((err: unknown) => finish(err as Error));
    });
  }

  /** Ends the workers at once, even one stuck in a regular expression. */
  terminate(): void {
    this.fail(new Error('the scan was stopped'));
    for (const w of this.workers) void w.terminate();
  }
}

/**
 * The merge order of the batches once the untracked files are known: each tracked batch into
 * which untracked files sort is dropped and its files, with those untracked ones, are batched
 * anew; untracked files between two batches, or after the last, get batches of their own.
 */
export function placeUntracked(tracked: readonly number[], batches: readonly string[][], rest: readonly string[], add: (files: string[]) => number, drop: (id: number) => void): number[] {
  if (rest.length === 0) return [...tracked];
  const order: number[] = [];
  const chunked = (files: string[]) => {
    for (const batch of inBatches(files)) order.push(add(batch));
  };
  let j = 0;
  for (const id of tracked) {
    const files = batches[id]!;
    const last = files[files.length - 1]!;
    // Untracked files that sort before this batch's first file go first, in batches of their own.
    const before: string[] = [];
    while (j < rest.length && rest[j]! < files[0]!) before.push(rest[j++]!);
    chunked(before);
    const inside: string[] = [];
    while (j < rest.length && rest[j]! < last) inside.push(rest[j++]!);
    if (inside.length === 0) {
      order.push(id);
      continue;
    }
    drop(id);
    chunked(mergeSorted(files, inside));
  }
  chunked(rest.slice(j));
  return order;
}
