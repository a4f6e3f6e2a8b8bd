// Check kinds by name. A bare command is always at hand; readers and built-in scans load on demand,
// so a run of plain commands never pays for XML, coverage, CVSS or YAML-walking code. The engine
// loads every kind its plan needs before the first check starts: a check may rebuild the action's
// own dist/ while the run goes on, so nothing may be read from it after that.
import { commandCheck } from './command.js';
import type { CheckKind } from './types.js';

type Loader = () => Promise<CheckKind>;

/** A built-in kind: the scanners load as one module, which the scan workers load too (see builtin-kinds.ts). */
const builtin =
  (kind: string): Loader =>
  async () => {
    const kinds = await import('./builtin-kinds.js');
    return kind === 'git' ? kinds.loadGitCheck() : kinds.SCANNER_KINDS[kind]!;
  };

const LOADERS: Readonly<Record<string, Loader>> = {
  run: () => Promise.resolve(commandCheck),
  tests: async () => (await import('./tests.js')).testsCheck,
  coverage: async () => (await import('./coverage.js')).coverageCheck,
  sarif: async () => (await import('./sarif.js')).sarifCheck,
  audit: async () => (await import('./audit.js')).auditCheck,
  metric: async () => (await import('./metric.js')).metricCheck,
  benchmark: async () => (await import('./benchmark.js')).benchmarkCheck,
  'conflict-markers': builtin('conflict-markers'),
  secrets: builtin('secrets'),
  files: builtin('files'),
  git: builtin('git'),
  patterns: builtin('patterns'),
  checklist: builtin('checklist'),
  dockerfile: builtin('dockerfile'),
  workflows: builtin('workflows'),
};

/** The check kinds of a plan, each loaded once, all before the caller goes on. */
export async function loadCheckKinds(kinds: Iterable<string>): Promise<Map<string, CheckKind>> {
  const out = new Map<string, CheckKind>();
  await Promise.all(
    [...new Set(kinds)].map(async (kind) => {
      const load = LOADERS[kind];
      if (load) out.set(kind, await load());
    }),
  );
  return out;
}
