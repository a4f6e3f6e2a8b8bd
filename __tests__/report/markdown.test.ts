import { describe, expect, it } from 'vitest';
import { code, codeBlock, html, text } from '../../src/report/markdown.js';
import { HOSTILE, countTags, renderGfm } from '../render.js';

function cell(markdown: string): string {
  const rendered = renderGfm(`| a | b |\n| --- | --- |\n| ${markdown} | end |\n`);
  return rendered;
}

describe('markdown escaping', () => {
  it('text(): hostile text renders as plain text in a table cell, in one cell', () => {
    const rendered = cell(text(HOSTILE, 5000));
    for (const tag of ['img', 'script', 'a', 'details', 'summary', 'h1', 'li', 'blockquote', 'code', 'pre']) {
      expect(countTags(rendered, tag), tag).toBe(0);
    }
    expect(countTags(rendered, 'td')).toBe(2);
    expect(countTags(rendered, 'tr')).toBe(2);
    expect(rendered).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(rendered).not.toContain('\u202e');
  });

  it('text(): breaks mentions, issue references and emoji codes', () => {
    const out = text('@octocat #12 :rocket: user@example.com');
    expect(out).not.toMatch(/@[\w]/);
    expect(out).not.toMatch(/#\d/);
    expect(out).not.toMatch(/:rocket:/);
  });

  it('code(): stays one code span in one cell whatever the backticks and pipes', () => {
    const rendered = cell(code('a ``` b ` c | d <img>'));
    expect(countTags(rendered, 'code')).toBe(1);
    expect(countTags(rendered, 'td')).toBe(2);
    expect(countTags(rendered, 'img')).toBe(0);
    expect(rendered).toContain('a ``` b ` c | d &lt;img&gt;');
  });

  it('codeBlock(): the text cannot close the fence', () => {
    const rendered = renderGfm(`<details><summary>x</summary>\n\n${codeBlock(HOSTILE)}\n\n</details>\n\nafter`);
    expect(countTags(rendered, 'pre')).toBe(1);
    expect(countTags(rendered, 'img')).toBe(0);
    expect(countTags(rendered, 'a')).toBe(0);
    expect((rendered.match(/<\/details>/g) ?? []).length).toBe(1);
    expect(rendered).toMatch(/<\/details>\n<p>after<\/p>/);
  });

  it('html(): text inside raw HTML cannot add tags', () => {
    const rendered = renderGfm(`<details><summary>${html(HOSTILE)}</summary>\n\nbody\n\n</details>`);
    expect(countTags(rendered, 'summary')).toBe(1);
    expect(countTags(rendered, 'details')).toBe(1);
    expect(countTags(rendered, 'img')).toBe(0);
    expect(countTags(rendered, 'script')).toBe(0);
  });

  it('truncates long text with an ellipsis', () => {
    expect(text('x'.repeat(500), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
