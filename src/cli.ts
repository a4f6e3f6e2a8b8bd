#!/usr/bin/env node
// CLI entry point. Signal handlers come first, before the engine's modules load (see run/signals.ts).
import { installSignalHandlers } from './run/signals.js';

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
