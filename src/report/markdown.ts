// Escaping for text we did not write (command output, test names, report messages) in GitHub
// Markdown: it must never become HTML, a link, an image, a mention, an emoji or a table break.

const ZWSP = '\u200B';
// C0/C1 controls and the bidirectional overrides that can reorder what a reviewer reads.
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
// Every ASCII punctuation character may be backslash-escaped in CommonMark; these can start syntax.
const MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()#+\-.!|~$^=]/g;

/** Removes control and bidi characters and folds line breaks into spaces. */
export function singleLine(text: string): string {
  return text.replace(/\r\n|\r|\n|\t/g, ' ').replace(CONTROLS, '');
}

export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${[...text.slice(0, max - 1)].join('')}…`;
}

/**
 * Untrusted text for a Markdown paragraph or table cell: one line, HTML entities escaped,
 * Markdown punctuation backslash-escaped, and the patterns GitHub turns into links after
 * rendering (URLs, www., e-mail, @mentions, #refs, :emoji:) broken with a zero-width space.
 */
export function text(value: string, max = 300): string {
  return breakAutolinks(escapeHtml(truncate(singleLine(value), max))).replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`);
}

/**
 * A value of a fixed form from a report (a version, a date, a signal): as it is when it holds only
 * letters, digits and `. - + :` and nothing GitHub would link (www., :emoji:), else as text().
 * Keeps "2026-11-20" readable in the raw Markdown while a forged value is still only text.
 */
export function literal(value: string, max = 100): string {
  return /^[A-Za-z0-9 .+:-]*$/.test(value) && value.length <= max && !/www\.|:[\w+-]+:/i.test(value) ? value : text(value, max);
}

function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** GitHub links URLs, www., e-mail, @mentions, #refs and :emoji: in rendered text; a zero-width space stops each. */
function breakAutolinks(value: string): string {
  return value
    .replace(/:\/\//g, `:${ZWSP}//`)
    .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZWSP}.`)
    .replace(/@(?=[\w-])/g, `@${ZWSP}`)
    .replace(/#(?=\d)/g, `#${ZWSP}`)
    .replace(/:(?=[\w+-]+:)/g, `:${ZWSP}`);
}

/** Untrusted text as an inline code span (no autolinks or mentions inside code), safe in tables. */
export function code(value: string, max = 300): string {
  return span(truncate(singleLine(value), max).replace(/\|/g, '\\|'));
}

/**
 * An inline code span for a paragraph or list item, never a table cell: `|` stays as it is, since
 * outside a table GitHub shows the `\|` that code() writes, and a test id copied from it would not
 * match. Everything else is as code().
 */
export function inlineCode(value: string, max = 300): string {
  return span(truncate(singleLine(value), max));
}

function span(body: string): string {
  if (body.length === 0) return '` `';
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = body.startsWith('`') || body.endsWith('`') || (body.startsWith(' ') && body.endsWith(' ')) ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

/** Untrusted multi-line text as a fenced code block whose fence no line of the text can close. */
export function codeBlock(value: string, language = 'text'): string {
  const body = value.replace(/\r\n?/g, '\n').replace(CONTROLS, '');
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${language}\n${body.replace(/\n$/, '')}\n${fence}`;
}

/**
 * Text inside raw HTML (the `<summary>` of a `<details>` block, where Markdown is not parsed).
 * Autolinks are broken before escaping: breaking `#` + digit after it cut every `&#39;` in two,
 * and GitHub showed "&#39;" for each apostrophe.
 */
export function html(value: string, max = 300): string {
  return escapeHtml(breakAutolinks(truncate(singleLine(value), max))).replace(/'/g, '&#39;');
}
