// The one entry of the bundle: the action (dist/index.js, action.yml's main), the CLI (dist/cli.js
// marks itself and imports this file) and the scan worker threads (started on this file with
// SCAN_WORKER_ARGUMENT) share one module graph, so each module is in dist/ once. Signal handlers come
// first: the modules take a while to load, and a cancellation meanwhile must still end in a
// report (see run/signals.ts).
import { enableCompileCache } from './run/compile-cache.js';
import { installSignalHandlers } from './run/signals.js';
// The worker's own code is small and static here, so the scan pool (main thread) and its workers
// share it; only the checks' scanners load on demand.
import { SCAN_WORKER_ARGUMENT, serveScans } from './scan/scan-worker.js';

enableCompileCache();

/** Set by cli.ts before it imports this file; a global, as the CLI's file is not part of the bundle. */
const role = (globalThis as Record<symbol, unknown>)[Symbol.for('readiness-scorecard.entry')];

// Told by an argument, not by workerData: a run with no scan then never loads worker_threads. The
// argument alone is not enough: `readiness --readiness-scan-worker` is the CLI, on the main thread.
if (role !== 'cli' && process.argv[2] === SCAN_WORKER_ARGUMENT && !process.getBuiltinModule('node:worker_threads').isMainThread) {
  // The scan engine's worker, given the built-in checks' scanners (the engine imports no check).
  serveScans(async (checks) => (await import('./checks/builtin-kinds.js')).scannersFor(checks));
} else if (role === 'cli') {
  installSignalHandlers();
  import('./cli/main.js')
    .then((m) => m.main(process.argv.slice(2)))
    .then(
      (code) => {
        process.exitCode = code;
      },
      (err: unknown) => {
        process.stderr.write(`readiness: unexpected error: ${(err as Error)?.stack ?? String(err)}\n`);
        process.exitCode = 2;
      },
    );
} else {
  installSignalHandlers();
  // The runner protocol (@actions/core's modules) is in this file's chunk of dist/ ("eager"), so the
  // action's chunk and the GitHub clients' chunks share it rather than each holding a copy; it is
  // evaluated on this path only, never in a scan worker (it loads crypto and fs/promises).
  void import(/* webpackMode: "eager" */ './github/runner-commands.js')
    .then(({ debug }) => {
      // A debug line (shown only with step debugging on) that marks the handlers as in place.
      debug('readiness: starting');
      return import('./main.js');
    })
    .then((m) => m.run());
}
