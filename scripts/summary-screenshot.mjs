// Renders the job summary a real run wrote, with GitHub's Markdown stylesheet, in headless
// Chromium, and saves the top of it as a PNG: the picture in the README.
//   node scripts/summary-screenshot.mjs DIR [OUT.png]        runs `node dist/cli.js DIR --markdown …` first
//   node scripts/summary-screenshot.mjs SUMMARY.md [OUT.png] renders a summary already written
// The committed docs/images/summary.png is a run on google/uuid (commit 2d3c2a9) with zero config.
// HEIGHT (default 1420) crops the picture; WIDTH (default 1100) sets the page width.
// Needs Chromium (apt-get install chromium; CHROMIUM names another binary), dist/ (npm run bundle)
// and the devDependencies (micromark, github-markdown-css).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

const [input, output = 'docs/images/summary.png'] = process.argv.slice(2);
if (!input) {
  process.stderr.write('usage: node scripts/summary-screenshot.mjs DIR|SUMMARY.md [OUT.png]\n');
  process.exit(2);
}
const root = path.resolve(import.meta.dirname, '..');
const dir = mkdtempSync(path.join(os.tmpdir(), 'readiness-shot-'));
let summaryFile = input;
if (statSync(input).isDirectory()) {
  summaryFile = path.join(dir, 'summary.md');
  try {
    execFileSync(process.execPath, [path.join(root, 'dist/cli.js'), input, '--markdown', summaryFile], { stdio: 'ignore' });
  } catch (error) {
    // Exit 1 is a failed gate: the summary is still written and worth showing.
    if (error.status !== 1) throw error;
  }
}
const markdown = readFileSync(summaryFile, 'utf8');
let html = micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true });
// GitHub draws `> [!NOTE]` blockquotes as alerts; micromark leaves them as quotes.
const ALERTS = { NOTE: ['#0969da', 'Note'], TIP: ['#1a7f37', 'Tip'], IMPORTANT: ['#8250df', 'Important'], WARNING: ['#9a6700', 'Warning'], CAUTION: ['#d1242f', 'Caution'] };
html = html.replace(/<blockquote>\s*<p>\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]\s*/g, (_, kind) => {
  const [colour, title] = ALERTS[kind];
  return `<blockquote class="alert" style="border-left-color:${colour}"><p class="alert-title" style="color:${colour}">${title}</p><p>`;
});
const require = createRequire(import.meta.url);
const css = readFileSync(require.resolve('github-markdown-css/github-markdown-light.css'), 'utf8');
const page = `<!doctype html><html><head><meta charset="utf-8"><style>${css}
body { background: #fff; margin: 0; }
.markdown-body td:first-child, .markdown-body td:nth-last-child(-n+2) { white-space: nowrap; }
.markdown-body { box-sizing: border-box; max-width: 1100px; margin: 0 auto; padding: 24px 32px; }
.markdown-body blockquote.alert { color: inherit; padding: 8px 16px; }
.markdown-body .alert-title { font-weight: 500; margin-bottom: 4px; }
</style></head><body><article class="markdown-body">${html}</article></body></html>`;
const file = path.join(dir, 'summary.html');
writeFileSync(file, page);
mkdirSync(path.dirname(path.resolve(output)), { recursive: true });
execFileSync(
  process.env.CHROMIUM ?? 'chromium',
  [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--hide-scrollbars',
    `--window-size=${process.env.WIDTH ?? 1100},${process.env.HEIGHT ?? 1420}`,
    `--screenshot=${path.resolve(output)}`,
    `file://${file}`,
  ],
  { stdio: ['ignore', 'ignore', 'ignore'] },
);
process.stdout.write(`wrote ${output} (${statSync(output).size} bytes) from ${summaryFile}\n`);
