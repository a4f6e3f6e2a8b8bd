// Entry of a scan worker thread: builds the scanners of its checks, then reads and scans the
// batches of files it is sent. The main thread stays free for timers and signals, and ends a
// worker stuck in a regular expression with worker.terminate().
import { parentPort } from 'node:worker_threads';
import type { CheckConfig } from '../config/types.js';
import { SCANNER_KINDS } from '../checks/scan-kinds.js';
import { scanBatch, type Scanner } from './repository-scan.js';

export type ToWorker =
  | { type: 'init'; workspace: string; maxFileSize: number; checks: CheckConfig[] }
  | { type: 'batch'; index: number; files: string[] };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'batch'; index: number; result: ReturnType<typeof scanBatch> }
  | { type: 'error'; message: string };

const port = parentPort;
if (port) {
  let job: { workspace: string; maxFileSize: number; scanners: Scanner[] } | undefined;
  const send = (msg: FromWorker) => port.postMessage(msg);
  port.on('message', (msg: ToWorker) => {
    try {
      if (msg.type === 'init') {
        const scanners = msg.checks.map((check) => {
          const scanner = SCANNER_KINDS[check.kind]?.scanner?.(check);
          if (!scanner) throw new Error(`check ${check.id}: kind ${check.kind} has no scanner`);
          return scanner;
        });
        job = { workspace: msg.workspace, maxFileSize: msg.maxFileSize, scanners };
      } else {
        if (!job) throw new Error('batch before init');
        const result = scanBatch(job.workspace, msg.files, job.scanners, job.maxFileSize);
        // The sizes' buffer moves to the main thread rather than being copied.
        port.postMessage({ type: 'batch', index: msg.index, result } satisfies FromWorker, [result.sizes.buffer]);
      }
    } catch (err) {
      send({ type: 'error', message: (err as Error)?.message ?? String(err) });
    }
  });
  send({ type: 'ready' });
}
