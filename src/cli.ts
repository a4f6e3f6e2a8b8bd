#!/usr/bin/env node
// CLI entry point.
import { main } from './cli/main.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`readiness: unexpected error: ${(err as Error)?.stack ?? String(err)}\n`);
    process.exitCode = 2;
  },
);
