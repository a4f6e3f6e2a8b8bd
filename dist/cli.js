#!/usr/bin/env node
"use strict";
// CLI entry point: the bundle's one entry (index.ts), told to run as the CLI. scripts/bundle.mjs
// transpiles this file as it is into dist/cli.js, beside dist/index.js, so the CLI loads the same
// modules as the action and nothing of its own.
globalThis[Symbol.for('readiness-scorecard.entry')] = 'cli';
await import('./index.js');
