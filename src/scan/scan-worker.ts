// A scan worker thread: builds the scanners of its checks, then reads and scans the batches of
// files it is sent. The main thread stays free for timers and signals, and ends a worker stuck in a
// regular expression with worker.terminate(). The scanners come from the caller (the check kinds
// the bundle's entry hands in), so the scan engine imports no check.
import type { CheckConfig } from '../config/types.js';
import { scanBatch, type Scanner } from './repository-scan.js';

export type ToWorker =
  | { type: 'init'; workspace: string; maxFileSize: number; checks: CheckConfig[] }
  | { type: 'batch'; index: number; files: string[] };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'batch'; index: number; result: ReturnType<typeof scanBatch> }
  | { type: 'error'; message: string };

/** The scanners of these checks, in their order; loads their code first. */
export type ScannersFor = (checks: CheckConfig[]) => Promise<Scanner[]>;

/** The argument the pool starts a worker with (process.argv[2] there), so the entry knows its role. */
export const SCAN_WORKER_ARGUMENT = '--readiness-scan-worker';

/** Serves the pool on this worker thread; says `ready` once its scanners are built. */
export function serveScans(scannersFor: ScannersFor): void {
  const port = process.getBuiltinModule('node:worker_threads').parentPort;
  if (!port) throw new Error('a scan worker runs on a worker thread');
  let job: { workspace: string; maxFileSize: number; scanners: Scanner[] } | undefined;
  const send = (msg: FromWorker) => port.postMessage(msg);
  const fail = (err: unknown) => send({ type: 'error', message: (err as Error)?.message ?? String(err) });
  port.on('message', (msg: ToWorker) => {
    try {
      if (msg.type === 'init') {
        scannersFor(msg.checks).then((scanners) => {
          job = { workspace: msg.workspace, maxFileSize: msg.maxFileSize, scanners };
          send({ type: 'ready' });
        }, fail);
      } else {
        if (!job) throw new Error('batch before init');
        const result = scanBatch(job.workspace, msg.files, job.scanners, job.maxFileSize);
        // The sizes' buffer moves to the main thread rather than being copied.
        port.postMessage({ type: 'batch', index: msg.index, result } satisfies FromWorker, [result.sizes.buffer]);
      }
    } catch (err) {
      fail(err);
    }
  });
}
