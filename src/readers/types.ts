// What readers return. Readers are pure: text in, numbers and findings out; no I/O, no Action.
import type { Finding } from '../types.js';

/** Thrown when a report cannot be read: malformed, empty or of an unknown format. */
export class ReaderError extends Error {
  constructor(
    message: string,
    /** 1-based position in the text, when known. */
    readonly line?: number,
    readonly column?: number,
  ) {
    super(line !== undefined ? `${message} at line ${line}${column !== undefined ? `, column ${column}` : ''}` : message);
    this.name = 'ReaderError';
  }
}

/** Findings kept per report; the rest are counted. Keeps memory flat on huge reports. */
export const MAX_FINDINGS = 5000;

/** Collects findings up to a cap and counts the rest. */
export class FindingList {
  readonly items: Finding[] = [];
  total = 0;

  constructor(private readonly cap = MAX_FINDINGS) {}

  add(finding: Finding): boolean {
    this.total++;
    if (this.items.length >= this.cap) return false;
    this.items.push(finding);
    return true;
  }
}

/** A reader fed in chunks, for reports too large to hold as one string. */
export interface StreamReader<T> {
  write(chunk: string): void;
  end(): T;
}

/** The whole text at once, through a stream reader. */
export function readAll<T>(reader: StreamReader<T>, text: string): T {
  reader.write(text);
  return reader.end();
}

/** 1-based line and column of an offset in a text. */
export function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    last = i;
  }
  return { line, column: offset - last };
}

/** JSON.parse with an error that says where the text stopped making sense. */
export function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    const message = (err as Error).message;
    // Truncated input: say it ended where the text ends.
    const at = /position (\d+)/.exec(message)?.[1] ?? (/end of JSON input/.test(message) ? String(text.length) : undefined);
    const reason = message.replace(/\s*(in JSON )?at position \d+.*$/, '').replace(/^JSON\.parse: /, '');
    if (at !== undefined) {
      const { line, column } = position(text, Number(at));
      throw new ReaderError(`malformed ${what} JSON: ${reason}`, line, column);
    }
    throw new ReaderError(`malformed ${what} JSON: ${reason}`);
  }
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/**
 * A copy of a string that does not pin the text it was cut from. V8 keeps a slice of a big chunk
 * as a view onto the whole chunk; a reader that keeps file names from every 1 MiB chunk would
 * otherwise keep every chunk.
 */
export function retain(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}
