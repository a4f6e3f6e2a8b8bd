// Zero config: the project's own CI first, then its scripts and config files, then conventions.
// The CI's `run:` steps (push and pull_request jobs) are the checks of what they cover; for what
// CI does not cover, each ecosystem's detection proposes the checks its manifests and scripts
// declare. A check only a convention suggests is listed, not run or scored. Detection reads the
// repository and never changes it; the result is a config text, so a run with the file `readiness
// init` writes executes exactly the checks auto-detection ran.
import path from 'node:path';
import { Document, isSeq, visit } from 'yaml';
import { detectBuiltins } from './detect/builtins.js';
import { ciSuite, type LeftOut } from './detect/ci-suite.js';
import type { CommandClass } from './detect/classify.js';
import { detectGo } from './detect/go.js';
import { detectJava } from './detect/java.js';
import { detectNode, packageManager } from './detect/node.js';
import { detectPython } from './detect/python.js';
import { detectRust } from './detect/rust.js';
import { readJson, type DetectedCheck } from './detect/shared.js';

export interface Suggestion {
  id: string;
  run: string;
  origin: string;
  why: string;
}

export interface Detection {
  /** What was found and why, one line each, e.g. "Node (npm): package.json, package-lock.json". */
  reasons: string[];
  /** The equivalent .github/readiness.yml, with short comments. */
  yaml: string;
  /** Where each check came from, by id. */
  origins: Record<string, string>;
  /** Checks only a convention suggests: listed in the summary, not run or scored. */
  suggestions: Suggestion[];
  /** CI commands not run, with the reason. */
  leftOut: LeftOut[];
}

/** One file per ecosystem, in the order their checks appear; the built-in scans come last. */
const ECOSYSTEMS = [detectNode, detectPython, detectRust, detectGo, detectJava];

/** The class of an ecosystem's check, to know whether the CI already covers it. */
function classOf(c: DetectedCheck): CommandClass | undefined {
  const category = c.check.category;
  if (/typecheck|mypy|tsc/.test(c.id)) return 'typecheck';
  if (category === 'tests' || category === 'coverage') return 'tests';
  if (category === 'quality') return 'lint';
  if (category === 'build') return 'build';
  if (category === 'dependencies') return 'audit';
  return undefined;
}

/** The suite for a repository with no config file. */
export function detect(root: string): Detection {
  const reasons: string[] = [];
  const pkg = readJson(path.join(root, 'package.json'));
  const ci = ciSuite(root, pkg ? packageManager(root, pkg).pm : undefined);
  const fromProject = ECOSYSTEMS.flatMap((detectEcosystem) => detectEcosystem(root, reasons));
  if (ci.files.length > 0) {
    reasons.unshift(
      `CI: ${ci.files.join(', ')} → ${ci.checks.length} check${ci.checks.length === 1 ? '' : 's'} from the run: steps of its push and pull_request jobs${ci.leftOut.length ? `; ${ci.leftOut.length} command${ci.leftOut.length === 1 ? '' : 's'} left out (below)` : ''}`,
    );
  }
  // What the CI covers comes from the CI; the scripts and conventions fill in the rest. A
  // workspace package's check of a kind the CI runs anywhere is left to the CI too: a monorepo's
  // CI runs its packages' tests from the root (`pnpm -r test`, `turbo run build`).
  const ciClasses = new Set([...ci.covered].map((k) => k.slice(k.indexOf('|') + 1)));
  const kept = fromProject.filter((c) => {
    const cls = classOf(c);
    const dir = (c.check['working-directory'] as string | undefined) ?? '.';
    return !cls || !(ci.covered.has(`${dir}|${cls}`) || (dir !== '.' && ciClasses.has(cls)));
  });
  const suggestions = kept.filter((c) => c.suggestion);
  // The scripts' test checks the CI replaced are not this run's: their reason line goes with them.
  if (!kept.some((c) => c.check.category === 'tests' && c.origin?.includes('package.json'))) {
    const at = reasons.findIndex((r) => r.startsWith('Node tests: '));
    if (at >= 0) reasons.splice(at, 1);
  }
  const checks = [...ci.checks, ...kept.filter((c) => !c.suggestion), ...detectBuiltins(root, reasons)];
  // Two sources may propose the same id (a "test" script and a Go module named test): keep both.
  const seen = new Map<string, number>();
  for (const c of checks) {
    const n = seen.get(c.id) ?? 0;
    seen.set(c.id, n + 1);
    if (n > 0) c.id = `${c.id}-${n + 1}`;
  }
  // A check may wait for one the CI replaced: it then waits for nothing.
  const ids = new Set(checks.map((c) => c.id));
  for (const c of checks) {
    for (const key of ['needs', 'after'] as const) {
      const list = c.check[key];
      if (!Array.isArray(list)) continue;
      const left = list.filter((id) => ids.has(id as string));
      if (left.length > 0) c.check[key] = left;
      else delete c.check[key];
    }
  }
  const detection = {
    reasons,
    origins: Object.fromEntries(checks.map((c) => [c.id, c.origin ?? 'convention'])),
    suggestions: suggestions.map((c) => ({ id: c.id, run: String(c.check.run ?? c.check.builtin ?? ''), origin: c.origin ?? 'convention', why: c.comment })),
    leftOut: ci.leftOut,
  };
  return { ...detection, yaml: renderYaml(checks, detection) };
}

/** Said in every config written for a user (zero config's block, `readiness init`). */
export const REQUIRES_NOTE = [
  '# Checks with "requires" are skipped when the tool is not installed; install dependencies in the',
  '# workflow before the scorecard step.',
];

function renderYaml(checks: DetectedCheck[], d: Omit<Detection, 'yaml'>): string {
  const lines = [
    '# Readiness Scorecard config, written from what auto-detection found:',
    ...d.reasons.map((r) => `#   ${oneLine(r)}`),
    '# Edit freely; every key: https://github.com/readiness-scorecard/readiness-scorecard/blob/main/docs/configuration.md',
    ...REQUIRES_NOTE,
    'threshold: 70',
    'checks:',
  ];
  for (const c of checks) {
    lines.push(`  # ${oneLine(c.comment)}`);
    if (c.origin) lines.push(`  # from ${oneLine(c.origin)}`);
    lines.push(...checkYaml(c));
  }
  lines.push(...notRunComments(d, '  ', checks.length > 0));
  return `${lines.join('\n')}\n`;
}

/** Comment lines for what detection found but does not run: suggestions and CI commands left out. */
export function notRunComments(d: Pick<Detection, 'suggestions' | 'leftOut'>, indent: string, listSuggestions: boolean): string[] {
  const lines: string[] = [];
  if (d.suggestions.length > 0) {
    lines.push(`${indent}# Suggested, not run: only a convention proposes these, no script or CI step of the project runs them.`);
    for (const c of listSuggestions ? d.suggestions : []) lines.push(`${indent}#   ${oneLine(c.id)}: ${oneLine(c.run)} (${oneLine(c.why)})`);
  }
  if (d.leftOut.length > 0) {
    lines.push(`${indent}# CI commands not run here:`);
    for (const l of d.leftOut) lines.push(`${indent}#   ${oneLine(l.origin)}: ${oneLine(l.command)} (${oneLine(l.reason)})`);
  }
  return lines;
}

function checkYaml(c: DetectedCheck): string[] {
  const doc = new Document([{ id: c.id, ...c.check }]);
  // Short lists read best inline: requires: [npm], needs: [build].
  visit(doc, { Seq: (_key, node, path) => void (path.length > 1 && isSeq(node) && (node.flow = true)) });
  const body = doc.toString({ lineWidth: 0, flowCollectionPadding: false }).trimEnd();
  return body.split('\n').map((l) => `  ${l}`);
}

/** A comment line cannot hold a newline (a directory or command with one would end the comment). */
export function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ⏎ ');
}
