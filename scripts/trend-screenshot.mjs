// Renders a job summary (Markdown written by a real run) the way GitHub shows it, Mermaid charts
// drawn, and saves a PNG with headless Chromium: the picture of the trend chart in the docs.
//   node scripts/trend-screenshot.mjs SUMMARY.md docs/images/trend.png
// Shown: the summary's headline, then its baseline section with the trend charts (the part the
// picture is about); set FULL=1 for the whole summary.
// Needs Chromium (apt-get install chromium) and the devDependencies (micromark, mermaid).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

const [input, output = 'docs/images/trend.png'] = process.argv.slice(2);
if (!input) {
  process.stderr.write('usage: node scripts/trend-screenshot.mjs SUMMARY.md [OUT.png]\n');
  process.exit(2);
}
const require = createRequire(import.meta.url);
const mermaidJs = require.resolve('mermaid/dist/mermaid.min.js');
const full = readFileSync(input, 'utf8');
const start = full.indexOf('### Change against the baseline');
const end = full.indexOf('\n---\n<sub>', start);
const markdown = process.env.FULL || start < 0 ? full : `${full.slice(0, full.indexOf('\n\n'))}\n\n${full.slice(start, end < 0 ? undefined : end)}`;
let html = micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true });
// GitHub turns ```mermaid blocks into diagrams; open the <details> so the chart shows.
html = html.replace(/<pre><code class="language-mermaid">([\s\S]*?)<\/code><\/pre>/g, '<pre class="mermaid">$1</pre>').replace(/<details>/g, '<details open>');

const page = `<!doctype html><html><head><meta charset="utf-8"><style>
body { font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #1f2328; background: #fff; max-width: 960px; margin: 24px auto; padding: 0 24px; }
h2 { border-bottom: 1px solid #d1d9e0; padding-bottom: .3em; font-size: 1.5em; } h3 { font-size: 1.25em; }
table { border-collapse: collapse; margin: 8px 0; } th, td { border: 1px solid #d1d9e0; padding: 6px 13px; } tr:nth-child(2n) { background: #f6f8fa; }
code { background: #eff1f3; border-radius: 6px; padding: .2em .4em; font-size: 85%; font-family: ui-monospace, SFMono-Regular, Menlo, monospace; }
pre:not(.mermaid) { background: #f6f8fa; padding: 16px; border-radius: 6px; overflow: auto; } pre.mermaid { background: none; text-align: center; }
details { margin: 8px 0; } summary { cursor: pointer; } sub { color: #59636e; }
</style><script src="file://${mermaidJs}"></script></head><body>${html}
<script>mermaid.initialize({ startOnLoad: true, theme: 'default' });</script></body></html>`;

const dir = mkdtempSync(path.join(os.tmpdir(), 'readiness-shot-'));
const file = path.join(dir, 'summary.html');
writeFileSync(file, page);
mkdirSync(path.dirname(path.resolve(output)), { recursive: true });
const chromium = process.env.CHROMIUM ?? 'chromium';
execFileSync(
  chromium,
  [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--no-first-run',
    '--hide-scrollbars',
    '--allow-file-access-from-files',
    '--virtual-time-budget=8000',
    `--window-size=${process.env.WIDTH ?? 1000},${process.env.HEIGHT ?? 1400}`,
    `--screenshot=${path.resolve(output)}`,
    `file://${file}`,
  ],
  { stdio: 'inherit' },
);
process.stdout.write(`wrote ${output}\n`);
