// What every ecosystem's detection shares: reading manifests safely, walking folders with
// dependency and build output left out, and naming checks per working directory.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';

/** One check detection proposes: its id, why (a comment in the written config), and its keys. */
export interface DetectedCheck {
  id: string;
  comment: string;
  check: Record<string, unknown>;
  /**
   * Where the check came from, shown in the summary and written as a comment by `readiness init`:
   * `.github/workflows/ci.yml:32 (job test)`, `package.json scripts.test-ci`, `tox.ini [testenv]
   * commands`, `go.mod`, or `convention` when only the ecosystem's habits suggest it.
   */
  origin?: string;
  /** Only a convention suggests it and the project never declares it: listed, not run or scored. */
  suggestion?: boolean;
}

export const SKIP_DIRS = new Set(['node_modules', '.git', 'target', 'build', 'dist', 'vendor', '.venv', 'venv', '__pycache__', '.tox', '.gradle']);

export function read(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

export function readJson(file: string): Record<string, unknown> | undefined {
  const text = read(file);
  if (text === undefined) return undefined;
  try {
    const v: unknown = JSON.parse(text);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Why a JSON file that exists is not a JSON object (the parser's message, with its position), or undefined. */
export function jsonProblem(file: string): string | undefined {
  const text = read(file);
  if (text === undefined) return undefined;
  try {
    const v: unknown = JSON.parse(text);
    return v && typeof v === 'object' && !Array.isArray(v) ? undefined : 'not a JSON object';
  } catch (err) {
    const message = (err as Error).message;
    // Older Node versions give only an offset: say the line and column too.
    const at = /at position (\d+)/.exec(message);
    if (!at || /line \d+/.test(message)) return `invalid JSON: ${message}`;
    const before = text.slice(0, Number(at[1]));
    const line = before.split('\n').length;
    return `invalid JSON: ${message} (line ${line}, column ${before.length - before.lastIndexOf('\n')})`;
  }
}

export function exists(dir: string, ...names: string[]): string | undefined {
  return names.find((n) => existsSync(path.join(dir, n)));
}

/** Directories (relative, forward slashes) matching workspace globs like "packages/*". */
export function expandWorkspaces(root: string, patterns: string[]): string[] {
  const out = new Set<string>();
  const positive = patterns.filter((p) => !p.startsWith('!')).map((p) => p.replace(/^\.\//, '').replace(/\/$/, ''));
  const negative = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1).replace(/^\.\//, '').replace(/\/$/, ''));
  const isMatch = picomatch(positive);
  const isExcluded = negative.length ? picomatch(negative) : () => false;
  const maxDepth = Math.max(1, ...positive.map((p) => (p.includes('**') ? 4 : p.split('/').length)));
  const walk = (rel: string, depth: number) => {
    if (depth > maxDepth) return;
    let entries;
    try {
      entries = readdirSync(path.join(root, rel), { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (!e.isDirectory() || SKIP_DIRS.has(e.name) || e.name.startsWith('.')) continue;
      const p = rel ? `${rel}/${e.name}` : e.name;
      if (isMatch(p) && !isExcluded(p)) out.add(p);
      walk(p, depth + 1);
    }
  };
  walk('', 1);
  return [...out].sort();
}

export function slug(dir: string): string {
  return dir === '.' ? '' : `${dir.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '')}-`;
}

export function wd(dir: string): Record<string, string> {
  return dir === '.' ? {} : { 'working-directory': dir };
}

/** Whether a file within `maxDepth` folders of root (dependency and build folders left out) matches. */
export function containsFile(root: string, matches: (name: string) => boolean, maxDepth = 3): boolean {
  const walk = (dir: string, depth: number): boolean => {
    if (depth > maxDepth) return false;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return false;
    }
    return entries.some((e) => (e.isFile() && matches(e.name)) || (e.isDirectory() && !SKIP_DIRS.has(e.name) && !e.name.startsWith('.') && walk(path.join(dir, e.name), depth + 1)));
  };
  return walk(root, 0);
}
