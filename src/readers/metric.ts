// A number from a command's output: the first group of a regular expression, or a JSON path.
import { ReaderError, isObject, parseJson } from './types.js';

export interface MetricSource {
  pattern?: string;
  json?: string;
}

/** "1,234.5", "1_234", " 42 " → number; anything else is undefined. */
export function toNumber(raw: unknown): number | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  if (typeof raw !== 'string') return undefined;
  const cleaned = raw.trim().replace(/[_,](?=\d{3}\b)/g, '');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(cleaned)) return undefined;
  return Number(cleaned);
}

/** `a.b[0].c` or `a.b.0.c` → the segments. */
export function pathSegments(path: string): string[] {
  return path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((s) => s !== '');
}

export function readMetric(text: string, source: MetricSource): number {
  if (source.pattern !== undefined) {
    let re: RegExp;
    try {
      re = new RegExp(source.pattern, 'm');
    } catch (err) {
      throw new ReaderError(`invalid pattern ${JSON.stringify(source.pattern)}: ${(err as Error).message}`);
    }
    const m = re.exec(text);
    if (!m) throw new ReaderError(`pattern ${JSON.stringify(source.pattern)} did not match the output`);
    const raw = m[1] ?? m[0];
    const n = toNumber(raw);
    if (n === undefined) throw new ReaderError(`pattern ${JSON.stringify(source.pattern)} matched ${JSON.stringify(raw.slice(0, 60))}, which is not a number`);
    return n;
  }
  if (source.json !== undefined) {
    let cur: unknown = parseJson(text.trim(), 'metric');
    for (const seg of pathSegments(source.json)) {
      if (Array.isArray(cur) && /^\d+$/.test(seg)) cur = cur[Number(seg)];
      else if (isObject(cur)) cur = cur[seg];
      else cur = undefined;
      if (cur === undefined) throw new ReaderError(`JSON path ${JSON.stringify(source.json)} not found (stopped at "${seg}")`);
    }
    const n = toNumber(cur);
    if (n === undefined) throw new ReaderError(`JSON path ${JSON.stringify(source.json)} is ${JSON.stringify(cur)?.slice(0, 60)}, not a number`);
    return n;
  }
  throw new ReaderError('a metric needs "pattern" or "json"');
}
