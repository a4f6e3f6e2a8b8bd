// go test prints a failure's place relative to its package (`util_test.go:12`), and the go test
// reader keeps it so (it is pure). Here, where the workspace is known, such a file is resolved
// through go.mod: the module root is go.mod's folder and its `module` line the import path of that
// folder, so package `<module>/cmp/cmpopts` is the folder `cmp/cmpopts`. A path is only given when
// that file exists; otherwise the location stays as go printed it.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { TestCase } from '../readers/test-cases.js';

interface GoModule {
  root: string;
  path: string;
}

/** The go.mod modules from `cwd` up to the workspace, innermost first. */
function modulesAbove(cwd: string, workspace: string): GoModule[] {
  const out: GoModule[] = [];
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    const rel = path.relative(workspace, dir);
    if (rel.startsWith('..') || path.isAbsolute(rel)) break;
    const file = path.join(dir, 'go.mod');
    if (existsSync(file)) {
      let text = '';
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        // An unreadable go.mod names no module; go test would have said so in its own output.
      }
      const m = /^\s*module\s+"?([^\s"]+)"?/m.exec(text);
      if (m) out.push({ root: dir, path: m[1]! });
    }
    if (dir === path.dirname(dir) || rel === '') break;
  }
  return out;
}

/** The absolute file a package-relative Go location names, or undefined when it cannot be told. */
function resolve(pkg: string, file: string, modules: readonly GoModule[]): string | undefined {
  for (const m of modules) {
    if (pkg !== m.path && !pkg.startsWith(`${m.path}/`)) continue;
    const abs = path.join(m.root, ...pkg.slice(m.path.length).split('/').filter(Boolean), file);
    if (existsSync(abs)) return abs;
  }
  return undefined;
}

/**
 * Gives Go failures whose file is a bare `x_test.go` the absolute path of that file in the package's
 * folder (cases and their findings alike); the check makes it workspace-relative as any other path.
 */
export function resolveGoLocations(cases: TestCase[], cwd: string, workspace: string): void {
  const bare = cases.filter((c) => c.file && /^[^/\\]+\.go$/.test(c.file) && c.suite);
  if (bare.length === 0) return;
  const modules = modulesAbove(cwd, workspace);
  if (modules.length === 0) return;
  for (const c of bare) {
    const abs = resolve(c.suite, c.file!, modules);
    if (!abs) continue;
    c.file = abs;
    if (c.finding && c.finding.file !== undefined && /^[^/\\]+\.go$/.test(c.finding.file)) c.finding.file = abs;
  }
}
