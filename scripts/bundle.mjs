// Builds one module graph with ncc from src/index.ts: dist/index.js (the action's main, which also
// serves as the CLI's and the scan workers' entry) and the chunks it shares between them
// (<id>.index.js); dist/cli.js is src/cli.ts transpiled, a few lines that import dist/index.js.
// A build with a module in two files is refused (check-dist.mjs). The chunks are minified as to
// whitespace and comments only (names and code stay as they are), which halves dist/ and what
// Node reads at start-up. Writes readiness.schema.json. The code is written as pure ASCII (ascii-source.mjs). Deterministic: CI rebuilds and fails when the committed dist/ differs.
//   node scripts/bundle.mjs           rebuild dist/ and readiness.schema.json in place
//   node scripts/bundle.mjs --check   build into a temporary folder and compare, changing nothing
//                                     (exit 1 and the differing files when they differ)
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ncc from '@vercel/ncc';
import { transformSync } from 'esbuild';
import ts from 'typescript';
import { duplicatedModules } from './check-dist.mjs';
import { asciiSource } from './ascii-source.mjs';

const root = path.resolve(import.meta.dirname, '..');
const check = process.argv.includes('--check');
// In --check mode the checked-out dist/ is never touched: a run of the action from this very
// folder may be reading it.
const out = check ? mkdtempSync(path.join(os.tmpdir(), 'readiness-bundle-')) : root;
const dist = path.join(out, 'dist');
const DIST_BUDGET = 5e6;

/** Packages whose code a build contains, from webpack's module list (chunks included). */
function bundledPackages(json) {
  const names = new Set();
  const walk = (mods) => {
    for (const m of mods ?? []) {
      for (const hit of String(m.identifier ?? m.name ?? '').matchAll(/node_modules\/((?:@[^/!|]+\/)?[^/!|]+)/g)) names.add(hit[1]);
      walk(m.modules);
    }
  };
  walk(json.modules);
  for (const chunk of json.chunks ?? []) walk(chunk.modules);
  names.delete('@vercel/ncc');
  return names;
}

/** Bundled code as written to dist/: without whitespace and comments, then pure ASCII. */
function distSource(code, file) {
  return asciiSource(transformSync(code, { loader: 'js', minifyWhitespace: true, charset: 'ascii', legalComments: 'none' }).code, file);
}

async function build(entry, filename) {
  const { code, assets, stats } = await ncc(path.join(root, entry), { filename, quiet: true, minify: false, sourceMap: false });
  const json = stats.toJson({ modules: true, nestedModules: true, chunkModules: true, chunks: true });
  const twice = duplicatedModules(json).map((line) => line.replaceAll(`${root}/`, ''));
  if (twice.length > 0) {
    console.error(`the build holds modules in more than one file of dist/ (each must be in one):\n${twice.join('\n')}`);
    process.exit(1);
  }
  writeFileSync(path.join(dist, filename), distSource(code, filename));
  for (const [name, asset] of Object.entries(assets)) {
    const file = path.join(dist, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, name.endsWith('.js') ? distSource(String(asset.source), name) : asset.source);
  }
  return bundledPackages(json);
}

/** The licence text of every bundled package, for dist/licenses.txt. */
function licenses(packages) {
  const out = [];
  for (const name of [...packages].sort()) {
    const dir = path.join(root, 'node_modules', name);
    if (!existsSync(path.join(dir, 'package.json'))) continue;
    const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
    const file = readdirSync(dir).sort().find((f) => /^(licen[cs]e|copying)/i.test(f));
    out.push(`${name}\n${pkg.license ?? 'UNKNOWN'}\n${file ? readFileSync(path.join(dir, file), 'utf8').trim() : ''}\n`);
  }
  return out.join('\n');
}

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist);
const packages = await build('src/index.ts', 'index.js');
// The CLI's file is not bundled: it only marks itself and imports the bundle's entry beside it.
const cli = ts.transpileModule(readFileSync(path.join(root, 'src/cli.ts'), 'utf8'), {
  compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2023, removeComments: false },
}).outputText;
writeFileSync(path.join(dist, 'cli.js'), asciiSource(cli, 'cli.js'));
chmodSync(path.join(dist, 'cli.js'), 0o755);
writeFileSync(path.join(dist, 'licenses.txt'), licenses(packages));

// The JSON Schema ships beside action.yml for editors; it is generated from the same zod schema.
const schema = execFileSync(process.execPath, [path.join(dist, 'cli.js'), 'schema'], { encoding: 'utf8' });
writeFileSync(path.join(out, 'readiness.schema.json'), schema);

// The budget of issue 29: one module graph, minified, fits in 5 MB; more means something came in twice or unneeded.
const bytes = readdirSync(dist).reduce((sum, f) => sum + statSync(path.join(dist, f)).size, 0);
if (bytes > DIST_BUDGET) {
  console.error(`dist/ is ${(bytes / 1e6).toFixed(2)} MB, over its budget of ${DIST_BUDGET / 1e6} MB`);
  process.exit(1);
}

if (!check) {
  console.log(`bundled: ${readdirSync(dist).sort().join(', ')} (${(bytes / 1e6).toFixed(2)} MB); wrote readiness.schema.json`);
} else {
  const files = (dir) => (existsSync(dir) ? readdirSync(dir).sort() : []);
  const differ = [];
  for (const name of new Set([...files(dist), ...files(path.join(root, 'dist'))])) {
    const a = path.join(dist, name);
    const b = path.join(root, 'dist', name);
    if (!existsSync(a)) differ.push(`dist/${name}: not produced by the build (stale)`);
    else if (!existsSync(b)) differ.push(`dist/${name}: missing from the checkout`);
    else if (!readFileSync(a).equals(readFileSync(b))) differ.push(`dist/${name}: differs`);
  }
  const committed = path.join(root, 'readiness.schema.json');
  if (!existsSync(committed) || !readFileSync(committed).equals(Buffer.from(schema))) differ.push('readiness.schema.json: differs');
  rmSync(out, { recursive: true, force: true });
  if (differ.length > 0) {
    console.error(`dist/ is not what the source builds (run npm run bundle and commit):\n${differ.join('\n')}`);
    process.exit(1);
  }
  console.log('dist/ and readiness.schema.json match the source');
}
