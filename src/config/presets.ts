// The built-in presets: what zero config knows about the repository, as configs to extend. They are
// computed from the audited directory (the same detection zero config runs), so `readiness:node`
// holds the checks of this project's package.json, not a fixed list.
import { parse } from 'yaml';
import { detect } from './detect.js';
import { detectBuiltins } from './detect/builtins.js';
import { detectGo } from './detect/go.js';
import { detectJava } from './detect/java.js';
import { detectNode } from './detect/node.js';
import { detectPython } from './detect/python.js';
import { detectRust } from './detect/rust.js';
import type { DetectedCheck } from './detect/shared.js';
import { fromJs, type Traced } from './traced.js';

/**
 * The levels `readiness:recommended` ships (docs/configuration.md#presets-and-levels). They name
 * categories and `required`, never check ids, so they hold whatever checks a repository has.
 */
export const DEFAULT_LEVELS = [
  { id: 'deployable', title: 'Deployable', required: true, categories: ['build', 'tests'] },
  { id: 'production', title: 'Production-ready', categories: ['coverage', 'dependencies', 'docs', 'security'] },
  { id: 'exemplary', title: 'Exemplary', all: true },
] as const;

/** Built-in scans `readiness:security` gives: what leaks, what breaks a merge, what a workflow or image exposes. */
const SECURITY_SCANS = new Set(['secrets', 'conflict-markers', 'workflows', 'dockerfile']);

type Ecosystem = (root: string, reasons: string[]) => DetectedCheck[];
const ECOSYSTEMS: Record<string, { detect: Ecosystem; manifest: string }> = {
  node: { detect: detectNode, manifest: 'package.json' },
  python: { detect: detectPython, manifest: 'pyproject.toml, setup.py, setup.cfg or requirements*.txt' },
  go: { detect: detectGo, manifest: 'go.mod or go.work' },
  rust: { detect: detectRust, manifest: 'Cargo.toml' },
  java: { detect: detectJava, manifest: 'pom.xml or build.gradle' },
};

export const PRESET_NAMES: readonly string[] = ['readiness:recommended', ...Object.keys(ECOSYSTEMS).map((e) => `readiness:${e}`), 'readiness:security'];

export interface BuiltinPreset {
  tree: Traced;
  /** What detection found, for `readiness config`; and why a preset gives nothing. */
  notes: string[];
}

function presetTree(name: string, config: Record<string, unknown>, checks: { id: string; check: Record<string, unknown>; origin?: string }[]): Traced {
  const tree = fromJs(config, { file: name });
  const items = checks.map((c) => fromJs({ id: c.id, ...c.check }, { file: name, ...(c.origin ? { note: c.origin } : {}) }));
  if (tree.kind === 'map') tree.entries.set('checks', { key: { file: name }, value: { kind: 'seq', items, origin: { file: name } } });
  return tree;
}

/** A built-in preset for the repository at `root`, or undefined for an unknown name. */
export function builtinPreset(name: string, root: string): BuiltinPreset | undefined {
  if (name === 'readiness:recommended') {
    // Exactly the suite zero config runs (the project's CI, its scripts, the scans), with the levels.
    const detection = detect(root);
    const parsed = parse(detection.yaml) as { threshold?: number; checks?: Record<string, unknown>[] };
    const checks = (parsed.checks ?? []).map(({ id, ...check }) => ({ id: String(id), check, origin: detection.origins[String(id)] }));
    return { tree: presetTree(name, { threshold: parsed.threshold ?? 70, levels: DEFAULT_LEVELS }, checks), notes: detection.reasons };
  }
  if (name === 'readiness:security') {
    const reasons: string[] = [];
    const checks = detectBuiltins(root, reasons).filter((c) => SECURITY_SCANS.has(c.id));
    return { tree: presetTree(name, {}, checks), notes: [`security scans: ${checks.map((c) => c.id).join(', ')}`] };
  }
  const ecosystem = ECOSYSTEMS[name.replace(/^readiness:/, '')];
  if (!name.startsWith('readiness:') || !ecosystem) return undefined;
  const reasons: string[] = [];
  // Suggestions are a convention's guess, never run by zero config: a preset leaves them out too.
  const checks = ecosystem.detect(root, reasons).filter((c) => !c.suggestion);
  const notes = checks.length > 0 ? reasons : [...reasons, `${name} gives no checks: no ${ecosystem.manifest} declares any here`];
  return { tree: presetTree(name, {}, checks), notes };
}
