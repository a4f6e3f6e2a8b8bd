// LCOV tracefiles (SPEC §3): records of the same SF merge; a line's hits are the sum of its DA
// entries; LF/LH/BRF/BRH/FNF/FNH only count for files without DA/BRDA/FN data; "BRDA …,-" is a
// branch not taken; DA may carry a checksum. Streams line by line; the hot path reads numbers
// straight from the text without slicing it.
import type { LineHits, Tally } from './coverage.js';
import { CoverageData } from './coverage.js';
import { ReaderError, retain, type StreamReader } from './types.js';

interface Summary {
  lf: number;
  lh: number;
  brf: number;
  brh: number;
  fnf: number;
  fnh: number;
}

const C = (s: string) => s.charCodeAt(0);
const COLON = C(':');
const COMMA = C(',');
const DASH = C('-');

/** Non-negative integer in text[start, end); -1 when it is not one. */
function int(text: string, start: number, end: number): number {
  if (start >= end) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** Position of the next comma before `end`, or -1. */
function comma(text: string, from: number, end: number): number {
  for (let i = from; i < end; i++) if (text.charCodeAt(i) === COMMA) return i;
  return -1;
}

/** Branch identity in a file: (line, block, branch) packed when small, else undefined. */
function branchId(line: number, block: number, branch: number): number | undefined {
  return line >= 0 && block >= 0 && branch >= 0 && block < 64 && branch < 64 && line < 131_072 ? line * 4096 + block * 64 + branch : undefined;
}

export function createLcovReader(): StreamReader<CoverageData> {
  const data = new CoverageData(new Set(['lcov']));
  const summaries = new Map<string, Summary>();
  const detailed = { lines: new Set<string>(), branches: new Set<string>(), functions: new Set<string>() };
  let file: string | undefined;
  let lines: LineHits | undefined;
  // Whether the current record has had DA / BRDA / FN lines yet (saves a Set look-up per line).
  let recordHasDA = false;
  let recordHasBranches = false;
  let recordHasFunctions = false;
  let branches: Tally | undefined;
  let functions: Tally | undefined;
  let lineNo = 0;
  let rest = '';
  let sawRecord = false;

  const bad = (what: string, expected: string): never => {
    throw new ReaderError(`malformed LCOV: ${what} expects ${expected}`, lineNo);
  };
  const needFile = (key: string): string => {
    if (file === undefined) throw new ReaderError(`malformed LCOV: ${key} before any SF: record`, lineNo);
    return file;
  };

  const da = (text: string, v: number, end: number) => {
    if (lines === undefined) needFile('DA');
    const c1 = comma(text, v, end);
    if (c1 < 0) bad('DA', '<line>,<hits>');
    let c2 = comma(text, c1 + 1, end);
    if (c2 < 0) c2 = end;
    const line = int(text, v, c1);
    let hits = int(text, c1 + 1, c2);
    if (hits < 0) {
      // Some producers write negative or fractional counts; anything non-numeric is an error.
      const n = Number(text.slice(c1 + 1, c2));
      if (!Number.isFinite(n)) bad('DA', '<line>,<hits>');
      hits = n;
    }
    if (line < 0) bad('DA', '<line>,<hits>');
    lines!.add(line, hits);
    if (!recordHasDA) {
      recordHasDA = true;
      detailed.lines.add(file!);
    }
  };

  const brda = (text: string, v: number, end: number) => {
    const f = needFile('BRDA');
    const c1 = comma(text, v, end);
    const c2 = c1 < 0 ? -1 : comma(text, c1 + 1, end);
    // The branch field may itself hold commas in LCOV 2 (an expression); taken is the last field.
    const c3 = text.lastIndexOf(',', end - 1);
    if (c1 < 0 || c2 < 0 || c3 <= c2) bad('BRDA', '<line>,<block>,<branch>,<taken>');
    const takenDash = c3 + 2 === end && text.charCodeAt(c3 + 1) === DASH;
    let taken = takenDash ? 0 : int(text, c3 + 1, end);
    if (taken < 0) {
      const n = Number(text.slice(c3 + 1, end));
      if (!Number.isFinite(n)) bad('BRDA', '<line>,<block>,<branch>,<taken>');
      taken = n;
    }
    const id = branchId(int(text, v, c1), int(text, c1 + 1, c2), int(text, c2 + 1, c3)) ?? retain(text.slice(v, c3));
    (branches ??= data.fileItems('branches', f)).add(id, taken);
    if (!recordHasBranches) {
      recordHasBranches = true;
      detailed.branches.add(f);
    }
  };

  const fn = (key: string, text: string, v: number, end: number) => {
    const f = needFile(key);
    const c1 = comma(text, v, end);
    functions ??= data.fileItems('functions', f);
    if (key === 'FN') {
      if (c1 < 0) bad('FN', '<line>,<name>');
      functions.add(retain(text.slice(c1 + 1, end)), 0);
    } else if (key === 'FNDA') {
      if (c1 < 0) bad('FNDA', '<hits>,<name>');
      const hits = Number(text.slice(v, c1));
      if (!Number.isFinite(hits)) bad('FNDA', '<hits>,<name>');
      functions.add(retain(text.slice(c1 + 1, end)), hits);
    } else {
      // LCOV 2: FNA:<index>,<hits>,<name>
      const c2 = c1 < 0 ? -1 : comma(text, c1 + 1, end);
      if (c2 < 0) bad('FNA', '<index>,<hits>,<name>');
      functions.add(retain(text.slice(c2 + 1, end)), Number(text.slice(c1 + 1, c2)) || 0);
    }
    if (!recordHasFunctions) {
      recordHasFunctions = true;
      detailed.functions.add(f);
    }
  };

  const summary = (key: keyof Summary, text: string, v: number, end: number) => {
    const f = needFile(key.toUpperCase());
    const n = int(text, v, end);
    if (n < 0) bad(key.toUpperCase(), 'a count');
    let s = summaries.get(f);
    if (!s) summaries.set(f, (s = { lf: 0, lh: 0, brf: 0, brh: 0, fnf: 0, fnh: 0 }));
    s[key] += n;
  };

  const handle = (text: string, start: number, end: number) => {
    lineNo++;
    while (end > start && (text.charCodeAt(end - 1) === 13 || text.charCodeAt(end - 1) === 32)) end--;
    while (start < end && text.charCodeAt(start) === 32) start++;
    if (start === end) return;
    const c0 = text.charCodeAt(start);
    const c1 = text.charCodeAt(start + 1);
    // Dispatch on the first characters; the common DA line costs no string allocation.
    if (c0 === 68 /* D */ && c1 === 65 /* A */ && text.charCodeAt(start + 2) === COLON) return da(text, start + 3, end);
    if (c0 === 66 /* B */ && c1 === 82 /* R */ && text.charCodeAt(start + 2) === 68 && text.charCodeAt(start + 3) === 65 && text.charCodeAt(start + 4) === COLON) return brda(text, start + 5, end);
    let colon = -1;
    for (let i = start; i < end && i < start + 6; i++) {
      if (text.charCodeAt(i) === COLON) {
        colon = i;
        break;
      }
    }
    if (colon < 0) {
      if (text.startsWith('end_of_record', start)) {
        file = undefined;
        lines = undefined;
        recordHasDA = recordHasBranches = recordHasFunctions = false;
        branches = undefined;
        functions = undefined;
      }
      return;
    }
    const key = text.slice(start, colon);
    const v = colon + 1;
    switch (key) {
      case 'SF':
        file = retain(text.slice(v, end));
        lines = data.fileLines(file);
        recordHasDA = recordHasBranches = recordHasFunctions = false;
        branches = undefined;
        functions = undefined;
        sawRecord = true;
        return;
      case 'BRDA':
        return brda(text, v, end);
      case 'FN':
      case 'FNDA':
      case 'FNA':
        return fn(key, text, v, end);
      case 'LF':
      case 'LH':
      case 'BRF':
      case 'BRH':
      case 'FNF':
      case 'FNH':
        return summary(key.toLowerCase() as keyof Summary, text, v, end);
      default:
        // TN, VER, FNL and others carry nothing we score.
        return;
    }
  };

  /** Handles the complete lines of `text` from `start`; returns the unfinished last line. */
  const scan = (text: string, start: number): string => {
    const len = text.length;
    // Reader state in locals while scanning (closure variables are slower in the hot loop);
    // refreshed after every line the slow path handles, since that may start a new record.
    let current = recordHasDA ? lines : undefined;
    let count = lineNo;
    while (start < len) {
      // Fast path for the line that makes up most of a tracefile, "DA:<line>,<hits>": parsed
      // char by char, finding its own end of line.
      if (current !== undefined && text.charCodeAt(start) === 68 && text.charCodeAt(start + 1) === 65 && text.charCodeAt(start + 2) === COLON) {
        let i = start + 3;
        let line = 0;
        let c = text.charCodeAt(i) - 48;
        while (c >= 0 && c <= 9) {
          line = line * 10 + c;
          c = text.charCodeAt(++i) - 48;
        }
        if (i > start + 3 && text.charCodeAt(i) === COMMA) {
          const from = ++i;
          let hits = 0;
          c = text.charCodeAt(i) - 48;
          while (c >= 0 && c <= 9) {
            hits = hits * 10 + c;
            c = text.charCodeAt(++i) - 48;
          }
          if (i > from) {
            let next = text.charCodeAt(i);
            if (next === 13) next = text.charCodeAt(++i);
            if (next === 10) {
              count++;
              current.add(line, hits);
              start = i + 1;
              continue;
            }
          }
        }
      }
      const nl = text.indexOf('\n', start);
      if (nl === -1) break;
      lineNo = count;
      handle(text, start, nl);
      count = lineNo;
      current = recordHasDA ? lines : undefined;
      start = nl + 1;
    }
    lineNo = count;
    return start < len ? text.slice(start) : '';
  };

  return {
    write(chunk) {
      // The line cut by the previous chunk is finished on its own, so the loop below runs over the
      // decoder's flat string: char reads on a concatenation are several times slower.
      let start = 0;
      if (rest) {
        const nl = chunk.indexOf('\n');
        if (nl === -1) {
          rest += chunk;
          return;
        }
        const line = rest + chunk.slice(0, nl);
        rest = '';
        handle(line, 0, line.length);
        start = nl + 1;
      }
      rest = scan(chunk, start);
    },
    end() {
      if (rest) handle(rest, 0, rest.length);
      rest = '';
      if (!sawRecord) throw new ReaderError('not an LCOV report: no SF: record');
      for (const [f, s] of summaries) {
        if (!detailed.lines.has(f) && s.lf > 0) data.addTotal('lines', s.lh, s.lf);
        if (!detailed.branches.has(f) && s.brf > 0) data.addTotal('branches', s.brh, s.brf);
        if (!detailed.functions.has(f) && s.fnf > 0) data.addTotal('functions', s.fnh, s.fnf);
      }
      // A file listed without DA lines is not a file of zero lines.
      for (const f of [...data.lines.keys()]) if (!detailed.lines.has(f)) data.lines.delete(f);
      return data;
    },
  };
}
