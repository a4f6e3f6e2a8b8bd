// Builds dist/index.js (the action) and dist/cli.js (the CLI) with ncc. Deterministic: running it
// twice gives the same bytes, and CI fails when the committed dist/ differs from a fresh build.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist');
const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');

function build(entry, outDir, extra = []) {
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', outDir, '--quiet', ...extra], { cwd: root, stdio: 'inherit' });
}

rmSync(dist, { recursive: true, force: true });
build('src/index.ts', dist, ['--license', 'licenses.txt']);

// The CLI is built alone and must be a single file, so it cannot collide with the action's chunks.
const tmp = mkdtempSync(path.join(os.tmpdir(), 'readiness-cli-'));
try {
  build('src/cli.ts', tmp);
  const files = readdirSync(tmp).filter((f) => f !== 'package.json');
  if (files.length !== 1 || files[0] !== 'index.js') {
    throw new Error(`the CLI bundle must be one file, ncc wrote: ${files.join(', ')}`);
  }
  const cli = readFileSync(path.join(tmp, 'index.js'), 'utf8');
  const body = cli.startsWith('#!') ? cli : `#!/usr/bin/env node\n${cli}`;
  writeFileSync(path.join(dist, 'cli.js'), body, { mode: 0o755 });
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
// The JSON Schema ships beside action.yml for editors; it is generated from the same zod schema.
const schema = execFileSync(process.execPath, [path.join(dist, 'cli.js'), 'schema'], { encoding: 'utf8' });
writeFileSync(path.join(root, 'readiness.schema.json'), schema);
console.log(`bundled: ${readdirSync(dist).sort().join(', ')}; wrote readiness.schema.json`);
