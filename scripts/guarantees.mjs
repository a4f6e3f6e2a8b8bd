// Writes the table of faults and hostile inputs in docs/guarantees.md from the hardening tests'
// results, so the record is generated, not typed: every row is a test that ran. With --check, fails
// when the page is not what the results give (CI runs it after the tests).
//   node scripts/guarantees.mjs <vitest json results> [--check]
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const [resultsFile, flag] = process.argv.slice(2);
if (!resultsFile) {
  console.error('usage: node scripts/guarantees.mjs <vitest json results> [--check]');
  process.exit(2);
}
const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
const AREAS = { 'properties.test.ts': 'Random input', 'hostile-files.test.ts': 'Hostile file', 'hostile-commands.test.ts': 'Hostile command', 'injection.test.ts': 'Injection', 'hostile-scans.test.ts': 'Hostile scan', 'hostile-publish.test.ts': 'Hostile artifact', 'hostile-changes.test.ts': 'Hostile change', 'hostile-comments.test.ts': 'Hostile comment' };

const rows = [];
let failed = 0;
for (const file of results.testResults.filter((f) => f.name.includes(`${path.sep}hardening${path.sep}`)).sort((a, b) => a.name.localeCompare(b.name))) {
  const area = AREAS[path.basename(file.name)] ?? path.basename(file.name);
  for (const t of file.assertionResults) {
    const [input, outcome = ''] = t.title.split(' → ');
    if (t.status !== 'passed') failed++;
    const cell = (s) => s.replace(/\|/g, '\\|').replace(/</g, '&lt;');
    rows.push(`| ${area} | ${cell(input)} | ${cell(outcome)} | ${t.status === 'passed' ? '✅ passes' : `❌ ${t.status}`} |`);
  }
}
if (rows.length === 0) {
  console.error(`no hardening tests in ${resultsFile}`);
  process.exit(1);
}
const table = ['| Area | Fault or hostile input | Outcome | Test |', '| --- | --- | --- | --- |', ...rows].join('\n');
const page = 'docs/guarantees.md';
const readme = readFileSync(path.join(root, page), 'utf8');
const start = '<!-- guarantees:start -->';
const end = '<!-- guarantees:end -->';
if (!readme.includes(start) || !readme.includes(end)) {
  console.error(`${page} has no guarantees markers`);
  process.exit(1);
}
const next = `${readme.slice(0, readme.indexOf(start) + start.length)}\n${table}\n${readme.slice(readme.indexOf(end))}`;
if (flag === '--check') {
  if (next !== readme) {
    console.error(`${page}: the guarantees table differs from the test results; run \`npm run guarantees\` and commit.`);
    process.exit(1);
  }
} else writeFileSync(path.join(root, page), next);
console.log(`${rows.length} rows, ${failed} not passing`);
process.exit(failed ? 1 : 0);
