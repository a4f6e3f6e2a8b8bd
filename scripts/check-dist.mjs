// Fails when dist/ holds a module more than once. The bundle is one module graph (bundle.mjs), so
// each module has one webpack id and sits in one file; a module in two files (or two entries
// bundled apart again) shows as an id or a concatenated module's path seen twice.
//   node scripts/check-dist.mjs [dir]   check dir (default dist/); exit 1 and the modules when any is twice
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Modules in the bundle's files: webpack ids (`/***\/ 123:`) and concatenated modules' paths. */
function modulesOf(code) {
  const found = [];
  for (const m of code.matchAll(/^\/\*\*\*\/ (\d+):$/gm)) found.push(`id ${m[1]}`);
  for (const m of code.matchAll(/^;\/\/ (?:CONCATENATED MODULE: )?(\.{1,2}\/\S+)$/gm)) found.push(m[1]);
  return found;
}

/** Each module found in more than one place, with the files it is in. */
export function duplicatedModules(dir) {
  const where = new Map();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.js')).sort()) {
    for (const mod of modulesOf(readFileSync(path.join(dir, file), 'utf8'))) where.set(mod, [...(where.get(mod) ?? []), file]);
  }
  return [...where].filter(([, files]) => files.length > 1).map(([mod, files]) => `${mod}: ${files.join(', ')}`);
}

/** The size of the folder's files, in bytes. */
export function folderBytes(dir) {
  return readdirSync(dir, { recursive: true }).reduce((sum, f) => {
    const s = statSync(path.join(dir, String(f)));
    return s.isFile() ? sum + s.size : sum;
  }, 0);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, '..', 'dist'));
  const twice = duplicatedModules(dir);
  const mb = (folderBytes(dir) / 1e6).toFixed(1);
  if (twice.length > 0) {
    console.error(`${dir} holds ${twice.length} modules more than once:\n${twice.join('\n')}`);
    process.exit(1);
  }
  console.log(`${dir}: every module once; ${readdirSync(dir).length} files, ${mb} MB`);
}
