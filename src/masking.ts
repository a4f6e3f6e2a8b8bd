// Secret values never leave the engine: every string of the report (command output, summaries,
// findings, titles, metrics, warnings) has them replaced before anything renders it, in plain
// form and base64-encoded, as the runner's own log masker does.
import type { CheckResult, Report } from './types.js';

export const MASK = '***';
/** Shorter encoded forms would mask ordinary text. */
const MIN_ENCODED_LENGTH = 8;
/**
 * A value shorter than this is masked as a whole word only (not next to a letter, digit or _): a
 * found `.env` value `abc` is masked in `PASSWORD=abc` without turning "abcdef" into "***def".
 */
export const WHOLE_WORD_BELOW = 8;
/**
 * The shortest value handed to the runner's log masker (core.setSecret), which masks it inside any
 * word of every later line of the job: a 1-3 character value there would make the log unreadable.
 * The action never prints a found value itself (all it prints passes through SecretMask), so a
 * shorter value is still masked in everything the action writes.
 */
export const RUNNER_MIN_LENGTH = 4;

/** Whether the runner's log masker should get this value too (see RUNNER_MIN_LENGTH). */
export function runnerMaskable(value: string): boolean {
  return value.length >= RUNNER_MIN_LENGTH;
}

const escapeRegExp = (v: string): string => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The base64 (and base64url) text that a value turns into inside any encoded stream: at each of
 * the three byte offsets, without the characters it shares with the bytes around it.
 */
export function base64Forms(value: string): string[] {
  const bytes = Buffer.from(value, 'utf8');
  const forms = new Set<string>();
  for (const offset of [0, 1, 2]) {
    const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64').replace(/=+$/, '');
    // With 1 or 2 bytes before it, the first 2 or 3 characters also carry those bytes; when the
    // value does not end on a 3-byte boundary, the last character also carries the next byte.
    const start = offset === 0 ? 0 : offset + 1;
    const end = (offset + bytes.length) % 3 === 0 ? encoded.length : encoded.length - 1;
    const form = encoded.slice(start, end);
    if (form.length >= MIN_ENCODED_LENGTH) {
      forms.add(form);
      forms.add(form.replace(/\+/g, '-').replace(/\//g, '_'));
    }
  }
  return [...forms];
}

export class SecretMask {
  private readonly values = new Set<string>();
  private readonly all = new Set<string>();
  private pattern?: RegExp;

  add(value: string): void {
    if (!value || this.values.has(value)) return;
    this.values.add(value);
    this.all.add(value);
    for (const form of base64Forms(value)) this.all.add(form);
    this.pattern = undefined;
  }

  get size(): number {
    return this.values.size;
  }

  apply(text: string): string {
    if (this.values.size === 0 || !text) return text;
    if (!this.pattern) {
      // Longest first, so a secret that contains another is masked whole; short values as words.
      const sorted = [...this.all].sort((a, b) => b.length - a.length);
      const long = sorted.filter((v) => v.length >= WHOLE_WORD_BELOW).map(escapeRegExp);
      const short = sorted.filter((v) => v.length < WHOLE_WORD_BELOW).map(escapeRegExp);
      if (short.length > 0) long.push(`(?<![A-Za-z0-9_])(?:${short.join('|')})(?![A-Za-z0-9_])`);
      this.pattern = new RegExp(long.join('|'), 'g');
    }
    return text.replace(this.pattern, MASK);
  }

  /** Every string inside the value (object keys too), masked; other values as they are. */
  private deep<T>(value: T): T {
    if (typeof value === 'string') return this.apply(value) as T;
    if (Array.isArray(value)) return value.map((v) => this.deep(v)) as T;
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [this.apply(k), this.deep(v)])) as T;
    }
    return value;
  }

  check(c: CheckResult): CheckResult {
    return this.values.size === 0 ? c : this.deep(c);
  }

  report(r: Report): Report {
    return this.values.size === 0 ? r : this.deep(r);
  }
}
