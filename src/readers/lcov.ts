// LCOV tracefiles (SPEC §3): records of the same SF merge; a line's hits are the sum of its DA
// entries; LF/LH/BRF/BRH/FNF/FNH only count for files without DA/BRDA/FN data; "BRDA …,-" is a
// branch not taken; DA may carry a checksum. Streams line by line.
import { CoverageData, LineHits } from './coverage.js';
import { ReaderError, type StreamReader } from './types.js';

interface Summary {
  lf: number;
  lh: number;
  brf: number;
  brh: number;
  fnf: number;
  fnh: number;
}

/** Branch identity in one file; numeric when it fits, so millions of branches stay small. */
function branchKey(line: number, block: number, branch: number, raw: string): number | string {
  return block < 1024 && branch < 1024 && line < 4_000_000_000 ? line * 1_048_576 + block * 1024 + branch : raw;
}

/** Parses a non-negative decimal integer in text[start, end); -1 when it is not one. */
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

export function createLcovReader(): StreamReader<CoverageData> {
  const data = new CoverageData(new Set(['lcov']));
  // Summary lines per file, used only where the file has no detailed entries.
  const summaries = new Map<string, Summary>();
  let file: string | undefined;
  let lines: LineHits | undefined;
  let lineNo = 0;
  let rest = '';
  let sawRecord = false;
  const detailed = { lines: new Set<string>(), branches: new Set<string>(), functions: new Set<string>() };

  const bad = (what: string, expected: string): never => {
    throw new ReaderError(`malformed LCOV: ${what} expects ${expected}`, lineNo);
  };

  const needFile = (key: string): string => {
    if (file === undefined) throw new ReaderError(`malformed LCOV: ${key} before any SF: record`, lineNo);
    return file;
  };

  const handle = (text: string, start: number, end: number) => {
    lineNo++;
    // Trim a trailing CR and surrounding blanks cheaply.
    while (end > start && (text.charCodeAt(end - 1) === 13 || text.charCodeAt(end - 1) === 32)) end--;
    while (start < end && text.charCodeAt(start) === 32) start++;
    if (start === end) return;
    const colon = text.indexOf(':', start);
    if (colon < 0 || colon > end) {
      if (text.startsWith('end_of_record', start)) {
        file = undefined;
        lines = undefined;
      }
      return;
    }
    const key = text.slice(start, colon);
    const v = colon + 1;
    switch (key) {
      case 'SF': {
        file = text.slice(v, end);
        lines = data.fileLines(file);
        sawRecord = true;
        return;
      }
      case 'DA': {
        const f = needFile(key);
        const c1 = text.indexOf(',', v);
        if (c1 < 0 || c1 > end) bad('DA', '<line>,<hits>');
        let c2 = text.indexOf(',', c1 + 1);
        if (c2 < 0 || c2 > end) c2 = end;
        const line = int(text, v, c1);
        let hits = int(text, c1 + 1, c2);
        if (hits < 0) {
          // Some producers write negative or fractional counts; anything non-numeric is an error.
          const n = Number(text.slice(c1 + 1, c2));
          if (!Number.isFinite(n)) bad('DA', '<line>,<hits>');
          hits = Math.max(0, n);
        }
        if (line < 0) bad('DA', '<line>,<hits>');
        lines!.add(line, hits);
        detailed.lines.add(f);
        return;
      }
      case 'BRDA': {
        const f = needFile(key);
        const parts = text.slice(v, end).split(',');
        if (parts.length < 4) bad('BRDA', '<line>,<block>,<branch>,<taken>');
        const line = Number(parts[0]);
        const block = Number(parts[1]);
        const branch = Number(parts[2]);
        const takenRaw = parts[3]!;
        const taken = takenRaw === '-' ? 0 : Number(takenRaw);
        if (!Number.isFinite(line) || !Number.isFinite(taken)) bad('BRDA', '<line>,<block>,<branch>,<taken>');
        // LCOV 2 may put an expression name in the branch field; keep it in the identity.
        const id = Number.isInteger(block) && Number.isInteger(branch) ? branchKey(line, block, branch, `${parts[0]},${parts[1]},${parts[2]}`) : `${parts[0]},${parts[1]},${parts[2]}`;
        data.fileItems('branches', f).add(id, taken);
        detailed.branches.add(f);
        return;
      }
      case 'FN': {
        const f = needFile(key);
        const comma = text.indexOf(',', v);
        if (comma < 0 || comma > end) bad('FN', '<line>,<name>');
        const items = data.fileItems('functions', f);
        const name = text.slice(comma + 1, end);
        if (!items.hits.has(name)) items.hits.set(name, 0);
        detailed.functions.add(f);
        return;
      }
      case 'FNDA': {
        const f = needFile(key);
        const comma = text.indexOf(',', v);
        if (comma < 0 || comma > end) bad('FNDA', '<hits>,<name>');
        const hits = Number(text.slice(v, comma));
        if (!Number.isFinite(hits)) bad('FNDA', '<hits>,<name>');
        data.fileItems('functions', f).add(text.slice(comma + 1, end), hits);
        detailed.functions.add(f);
        return;
      }
      case 'FNA': {
        // LCOV 2: FNA:<index>,<hits>,<name>
        const f = needFile(key);
        const parts = text.slice(v, end).split(',');
        if (parts.length < 3) bad('FNA', '<index>,<hits>,<name>');
        data.fileItems('functions', f).add(parts.slice(2).join(','), Number(parts[1]) || 0);
        detailed.functions.add(f);
        return;
      }
      case 'LF':
      case 'LH':
      case 'BRF':
      case 'BRH':
      case 'FNF':
      case 'FNH': {
        const f = needFile(key);
        const n = int(text, v, end);
        if (n < 0) bad(key, 'a count');
        const s = summaries.get(f) ?? { lf: 0, lh: 0, brf: 0, brh: 0, fnf: 0, fnh: 0 };
        s[key.toLowerCase() as keyof Summary] += n;
        summaries.set(f, s);
        return;
      }
      default:
        // TN, VER, FNL and others carry nothing we score.
        return;
    }
  };

  return {
    write(chunk) {
      const text = rest + chunk;
      let start = 0;
      for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
        handle(text, start, nl);
        start = nl + 1;
      }
      rest = text.slice(start);
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
      // A file listed with nothing instrumented still counts as a file, not as lines.
      for (const [f, l] of data.lines) if (l.count().total === 0 && !detailed.lines.has(f)) data.lines.delete(f);
      return data;
    },
  };
}
