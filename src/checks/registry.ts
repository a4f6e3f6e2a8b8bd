// Check kinds by name. A bare command is always at hand; readers and built-in scans load on demand,
// so a run of plain commands never pays for XML, coverage, CVSS or YAML-walking code. The engine
// loads every kind its plan needs before the first check starts: a check may rebuild the action's
// own dist/ while the run goes on, so nothing may be read from it after that.
import { commandCheck } from './command.js';
import type { CheckKind } from './types.js';

type Loader = () => Promise<CheckKind>;

const LOADERS: Readonly<Record<string, Loader>> = {
  run: () => Promise.resolve(commandCheck),
  tests: async () => (await import('./tests.js')).testsCheck,
  coverage: async () => (await import('./coverage.js')).coverageCheck,
  sarif: async () => (await import('./sarif.js')).sarifCheck,
  audit: async () => (await import('./audit.js')).auditCheck,
  metric: async () => (await import('./metric.js')).metricCheck,
  benchmark: async () => (await import('./benchmark.js')).benchmarkCheck,
  'conflict-markers': async () => (await import('./conflict-markers.js')).conflictMarkersCheck,
  secrets: async () => (await import('./secrets.js')).secretsCheck,
  files: async () => (await import('./files.js')).filesCheck,
  git: async () => (await import('./git.js')).gitCheck,
  patterns: async () => (await import('./patterns.js')).patternsCheck,
  checklist: async () => (await import('./checklist.js')).checklistCheck,
  dockerfile: async () => (await import('./dockerfile.js')).dockerfileCheck,
  workflows: async () => (await import('./workflows.js')).workflowsCheck,
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
