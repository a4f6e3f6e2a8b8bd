// Every relative link and anchor in README.md and docs/*.md resolves, anchors as GitHub computes
// them from headings; and the README's Inputs and Outputs tables list exactly action.yml's.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '../..');
const pages = ['README.md', ...readdirSync(path.join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

const html = (file: string) =>
  micromark(readFileSync(path.join(root, file), 'utf8'), { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true });

const decode = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[e] ?? '');

/** GitHub's heading ids (github-slugger): lowercase, punctuation dropped except - and _, each space a -, repeats get -1, -2. */
export function slugs(rendered: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const m of rendered.matchAll(/<h[1-6]>([\s\S]*?)<\/h[1-6]>/g)) {
    const text = decode((m[1] ?? '').replace(/<[^>]*>/g, ''));
    const base = text.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n === 0 ? base : `${base}-${n}`);
  }
  return out;
}

function links(rendered: string): string[] {
  return [...rendered.matchAll(/<(?:a\s[^>]*?href|img\s[^>]*?src)="([^"]*)"/g)].map((m) => decode(m[1] ?? ''));
}

describe('docs links', () => {
  it('computes anchors as GitHub does', () => {
    const s = slugs(micromark('# A baseline from a file (`baseline-path`, `--baseline`)\n\n## Ratchet: the score may not fall\n\n## Notes\n\n## Notes\n\n## ✅ Done_now'));
    expect([...s]).toEqual(['a-baseline-from-a-file-baseline-path---baseline', 'ratchet-the-score-may-not-fall', 'notes', 'notes-1', '-done_now']);
  });

  it('finds the links of a page, not those in code', () => {
    expect(links(micromark('[a](x.md#y) `[b](z.md)` ![i](img.png)\n\n```\n[c](w.md)\n```'))).toEqual(['x.md#y', 'img.png']);
  });

  it.each(pages)('%s: every relative link and anchor resolves', (page) => {
    const broken: string[] = [];
    for (const href of links(html(page))) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(href)) continue; // https:, mailto: — not checked offline
      const [target, anchor] = href.split('#', 2) as [string, string | undefined];
      const file = target === '' ? page : path.posix.normalize(path.posix.join(path.posix.dirname(page), decodeURIComponent(target)));
      const abs = path.join(root, file);
      if (file.startsWith('..') || !existsSync(abs)) {
        broken.push(`${href}: no file ${file}`);
        continue;
      }
      if (anchor !== undefined && statSync(abs).isFile() && file.endsWith('.md') && !slugs(html(file)).has(decodeURIComponent(anchor))) {
        broken.push(`${href}: no heading #${anchor} in ${file}`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('README inputs and outputs', () => {
  const action = parse(readFileSync(path.join(root, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> };
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const tableRows = (heading: string) => {
    const section = readme.split(`\n## ${heading}\n`)[1]?.split('\n## ')[0] ?? '';
    return [...section.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]);
  };

  it('lists every input of action.yml, and no other', () => {
    expect(tableRows('Inputs').sort()).toEqual(Object.keys(action.inputs).sort());
  });

  it('lists every output of action.yml, and no other', () => {
    expect(tableRows('Outputs').sort()).toEqual(Object.keys(action.outputs).sort());
  });
});
