// Zero config: the suite a reviewer of each ecosystem would run, from manifests and lockfiles.
// Detection reads the repository and never changes it; tools it cannot assume are `requires`, so a
// missing one makes its check skipped as "not installed". The result is a config text, so a run with
// the file `readiness init` writes executes exactly the checks auto-detection ran.
import { Document, isSeq, visit } from 'yaml';
import { detectBuiltins } from './detect/builtins.js';
import { detectGo } from './detect/go.js';
import { detectJava } from './detect/java.js';
import { detectNode } from './detect/node.js';
import { detectPython } from './detect/python.js';
import { detectRust } from './detect/rust.js';
import type { DetectedCheck } from './detect/shared.js';

export interface Detection {
  /** What was found and why, one line each, e.g. "Node (npm): package.json, package-lock.json". */
  reasons: string[];
  /** The equivalent .github/readiness.yml, with short comments. */
  yaml: string;
}

/** One file per ecosystem, in the order their checks appear; the built-in scans come last. */
const ECOSYSTEMS = [detectNode, detectPython, detectRust, detectGo, detectJava, detectBuiltins];

/** The suite for a repository with no config file. */
export function detect(root: string): Detection {
  const reasons: string[] = [];
  const checks = ECOSYSTEMS.flatMap((detectEcosystem) => detectEcosystem(root, reasons));
  // Two ecosystems may propose the same id (a "test" script and a Go module named test): keep both.
  const seen = new Map<string, number>();
  for (const c of checks) {
    const n = seen.get(c.id) ?? 0;
    seen.set(c.id, n + 1);
    if (n > 0) c.id = `${c.id}-${n + 1}`;
  }
  return { reasons, yaml: renderYaml(checks, reasons) };
}

function renderYaml(checks: DetectedCheck[], reasons: string[]): string {
  const lines = [
    '# Readiness Scorecard config, written from what auto-detection found:',
    ...reasons.map((r) => `#   ${r}`),
    '# Edit freely; every key: https://github.com/readiness-scorecard/readiness-scorecard/blob/main/docs/configuration.md',
    '# Checks with "requires" are skipped when the tool is not installed; install dependencies in the',
    '# workflow before the scorecard step.',
    'threshold: 70',
    'checks:',
  ];
  for (const c of checks) {
    lines.push(`  # ${c.comment}`);
    const doc = new Document([{ id: c.id, ...c.check }]);
    // Short lists read best inline: requires: [npm], needs: [build].
    visit(doc, { Seq: (_key, node, path) => void (path.length > 1 && isSeq(node) && (node.flow = true)) });
    const body = doc.toString({ lineWidth: 0, flowCollectionPadding: false }).trimEnd();
    lines.push(...body.split('\n').map((l) => `  ${l}`));
  }
  return `${lines.join('\n')}\n`;
}
