// Turns zod issues and semantic problems into one line each: path, what was expected, what was found.
import type { z } from 'zod';

export type PathSegment = string | number;

export interface Problem {
  path: PathSegment[];
  /** The message after the path: "expected …, found …". */
  message: string;
  /** Point at the key itself rather than its value (unknown keys). */
  atKey?: boolean;
}

export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out || '(top level)';
}

/** A short, safe description of a value found in the config. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 37)}...` : value;
    return `${JSON.stringify(shown)} (text)`;
  }
  return `${String(value)} (${typeof value === 'number' ? 'number' : typeof value})`;
}

/** Optimal string alignment distance: Levenshtein plus adjacent transpositions ("biuld"). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/** "did you mean …?" when a close candidate exists. */
export function suggestion(word: string, candidates: readonly string[]): string {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(word.length / 3)) ? `; did you mean "${best}"?` : '';
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'an integer',
  boolean: 'true or false',
  object: 'a mapping',
  array: 'a list',
  record: 'a mapping',
};

function expectedType(expected: string): string {
  return TYPE_NAMES[expected] ?? expected;
}

/** Keys allowed at a given path, for unknown-key messages; supplied by the loader. */
export type AllowedKeys = (path: readonly PathSegment[]) => readonly string[] | undefined;

function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let cur: unknown = root;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}

export function problemsFromZod(error: z.ZodError, input: unknown, allowedKeys: AllowedKeys): Problem[] {
  const problems: Problem[] = [];
  for (const issue of error.issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const found = valueAt(input, path);
    switch (issue.code) {
      case 'unrecognized_keys': {
        const allowed = allowedKeys(path) ?? [];
        for (const key of issue.keys) {
          problems.push({
            path: [...path, key],
            atKey: true,
            message: `unknown key; expected one of ${allowed.join(', ')}${suggestion(key, allowed)}`,
          });
        }
        break;
      }
      case 'invalid_type':
        problems.push({
          path,
          message:
            found === undefined
              ? `is required (${expectedType(issue.expected)})`
              : `expected ${expectedType(issue.expected)}, found ${describeValue(found)}`,
        });
        break;
      case 'too_small':
      case 'too_big': {
        const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
        const inclusive = issue.inclusive !== false;
        const op = issue.code === 'too_small' ? (inclusive ? '≥' : '>') : inclusive ? '≤' : '<';
        const what =
          issue.origin === 'string'
            ? `text of length ${op} ${String(bound)}`
            : issue.origin === 'array'
              ? `a list of length ${op} ${String(bound)}`
              : `a number ${op} ${String(bound)}`;
        problems.push({ path, message: `expected ${what}, found ${describeValue(found)}` });
        break;
      }
      case 'invalid_format':
        problems.push({
          path,
          message: `expected ${issue.format === 'date' ? 'a date YYYY-MM-DD' : issue.message.replace(/^expected /, '')}, found ${describeValue(found)}`,
        });
        break;
      case 'invalid_value':
        problems.push({
          path,
          message: `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, found ${describeValue(found)}${
            typeof found === 'string' ? suggestion(found, issue.values.map(String)) : ''
          }`,
        });
        break;
      case 'invalid_key':
        problems.push({ path, atKey: true, message: `invalid key: ${issue.issues[0]?.message ?? issue.message}` });
        break;
      case 'invalid_union':
        problems.push({ path, message: `expected ${unionExpectation(issue)}, found ${describeValue(found)}` });
        break;
      default:
        problems.push({ path, message: `${issue.message}, found ${describeValue(found)}` });
    }
  }
  return problems;
}

function unionExpectation(issue: z.core.$ZodIssueInvalidUnion): string {
  const names = new Set<string>();
  for (const branch of issue.errors) {
    for (const sub of branch) {
      if (sub.code === 'invalid_type' && sub.path.length === 0) names.add(expectedType(sub.expected));
    }
  }
  return names.size > 0 ? [...names].join(' or ') : 'one of the allowed forms';
}
