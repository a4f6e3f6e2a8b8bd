// istanbul JSON (SPEC §3): coverage-summary.json contributes its `total`; coverage-final.json
// follows istanbul-lib-coverage: lines from statement start lines with the highest count of the
// statements on a line, statements from `s`, functions from `f`, branches from every arm of `b`.
import { CoverageData, pairKey, type CoverageMetric } from './coverage.js';
import { ReaderError, isObject, parseJson } from './types.js';

const SUMMARY_METRICS: CoverageMetric[] = ['lines', 'statements', 'functions', 'branches'];

function count(v: unknown): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : 0;
}

export function readIstanbul(text: string): CoverageData {
  const json = parseJson(text, 'istanbul');
  if (!isObject(json)) throw new ReaderError('not istanbul coverage: expected a JSON object');
  const data = new CoverageData(new Set(['istanbul']));

  if (isObject(json.total)) {
    // coverage-summary.json: the total is what istanbul itself reports.
    for (const metric of SUMMARY_METRICS) {
      const m = json.total[metric];
      if (isObject(m) && typeof m.total === 'number' && typeof m.covered === 'number') data.addTotal(metric, m.covered, m.total);
    }
    return data;
  }

  let files = 0;
  for (const [key, value] of Object.entries(json)) {
    if (!isObject(value) || !isObject(value.s) || !isObject(value.statementMap)) continue;
    files++;
    const file = typeof value.path === 'string' ? value.path : key;
    const statementMap = value.statementMap;
    const lineMax = new Map<number, number>();
    const statements = data.fileItems('statements', file);
    for (const [id, hits] of Object.entries(value.s)) {
      statements.add(/^\d+$/.test(id) ? Number(id) : id, count(hits));
      const loc = statementMap[id];
      const line = isObject(loc) && isObject(loc.start) ? loc.start.line : undefined;
      if (typeof line !== 'number') continue;
      const prev = lineMax.get(line);
      if (prev === undefined || prev < count(hits)) lineMax.set(line, count(hits));
    }
    const lines = data.fileLines(file);
    for (const [line, hits] of lineMax) lines.add(line, hits);
    if (isObject(value.f)) {
      const functions = data.fileItems('functions', file);
      for (const [id, hits] of Object.entries(value.f)) functions.add(/^\d+$/.test(id) ? Number(id) : id, count(hits));
    }
    if (isObject(value.b)) {
      const branches = data.fileItems('branches', file);
      for (const [id, arms] of Object.entries(value.b)) {
        if (Array.isArray(arms)) arms.forEach((hits, i) => branches.add(/^\d+$/.test(id) ? pairKey(Number(id), i) : `${id}:${i}`, count(hits)));
      }
    }
  }
  if (files === 0) throw new ReaderError('not istanbul coverage: expected coverage-summary.json (with "total") or coverage-final.json (files with "statementMap" and "s")');
  return data;
}
