// Renders GitHub-flavoured Markdown to HTML the way a reviewer's browser would see it, for
// asserting that untrusted text stays text.
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

export function renderGfm(markdown: string): string {
  return micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true });
}

export function countTags(html: string, tag: string): number {
  return (html.match(new RegExp(`<${tag}[\\s>]`, 'g')) ?? []).length;
}

/** A mix of everything that could turn text into markup on GitHub. */
export const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '[click me](https://evil.example/phish)',
  '![pixel](https://evil.example/p.png)',
  '<https://evil.example>',
  'https://evil.example/bare www.evil.example mail@evil.example',
  '@octocat please look #1 :rocket:',
  '</details></summary></td></tr></table><details open>',
  '| col | break |\n| --- | --- |',
  '```\nfence break\n```',
  '`code` ``more``',
  '$\\color{red}{math}$',
  '&lt;already-escaped&gt; &amp;',
  '\u202eevil bidi override',
  '# heading\n- list\n> quote',
].join('\n');
