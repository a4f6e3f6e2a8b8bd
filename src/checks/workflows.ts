// builtin: workflows — the supply-chain checks OpenSSF Scorecard runs from outside after the merge
// (Pinned-Dependencies, Token-Permissions, Dangerous-Workflow), run on the checkout inside the pull
// request: every GitHub Actions workflow and every local action's action.yml, a finding per line.
// Scored by per-rule counts against `max` and `target`, as the other finding checks are.
import picomatch from 'picomatch';
import type { ScannedFile, Scanner } from '../scan/repository-scan.js';
import { levelCounts, type LevelLimits } from '../scoring/curves.js';
import { formatBytes } from '../report/format.js';
import type { Finding } from '../types.js';
import { builtinOutcome, scanStatsMetrics } from './builtin.js';
import { selection, type PathMatcher } from './globs.js';
import type { CheckKind } from './types.js';
import { analyzeFile, applySuppressions, missingPermissions, RULE_SEVERITY, WORKFLOW_RULES, type FileAnalysis, type WorkflowRule } from './workflow-rules.js';

/** GitHub runs the files directly in .github/workflows, not in subfolders. */
const WORKFLOW_FILE = /^\.github\/workflows\/[^/]+\.ya?ml$/i;
const ACTION_FILE = /(^|\/)action\.ya?ml$/;

/** Exploitable from outside (a pull request, an issue title): none allowed; the rest should be none. */
export const DEFAULT_WORKFLOW_LIMITS: LevelLimits = {
  max: { 'dangerous-trigger': 0, 'script-injection': 0, 'github-env': 0, 'insecure-commands': 0 },
  target: {
    'unpinned-action': 0,
    'permissions-missing': 0,
    'permissions-write-all': 0,
    'permissions-unneeded-write': 0,
    'download-and-run': 0,
    'persisted-credentials': 0,
    'cache-poisoning': 0,
    'unpinned-image': 0,
    'secrets-inherit': 0,
    'unpinned-install': 0,
    'suppression-without-reason': 0,
  },
};

/** The check's limits: the defaults, with each rule the config names replaced. */
export function workflowLimits(max: Partial<Record<string, number>> | undefined, target: Partial<Record<string, number>> | undefined): LevelLimits {
  const out = { max: { ...DEFAULT_WORKFLOW_LIMITS.max }, target: { ...DEFAULT_WORKFLOW_LIMITS.target } };
  for (const [rule, n] of Object.entries(max ?? {})) {
    out.max[rule] = n;
    if (target?.[rule] === undefined) delete out.target[rule];
  }
  for (const [rule, n] of Object.entries(target ?? {})) {
    out.target[rule] = n;
    if (max?.[rule] === undefined) delete out.max[rule];
  }
  return out;
}

/** `trusted-actions` globs matched against owner/repo and the full action path. */
export function trustedMatcher(patterns: readonly string[] | undefined): (action: string) => boolean {
  if (!patterns?.length) return () => false;
  const match = picomatch(patterns as string[], { nocase: true });
  return (action) => match(action) || match(action.split('/').slice(0, 2).join('/'));
}

interface Analysed extends FileAnalysis {
  path: string;
  kind: 'workflow' | 'action';
}

class WorkflowScanner implements Scanner {
  files: Analysed[] = [];

  constructor(
    private readonly selected: PathMatcher,
    private readonly trusted: (action: string) => boolean,
  ) {}

  wants(path: string): boolean {
    return (WORKFLOW_FILE.test(path) || ACTION_FILE.test(path)) && this.selected(path);
  }

  take(): Analysed[] {
    const found = this.files;
    this.files = [];
    return found;
  }

  merge(state: unknown): void {
    this.files.push(...(state as Analysed[]));
  }

  visit(file: ScannedFile): void {
    const kind = WORKFLOW_FILE.test(file.path) ? 'workflow' : 'action';
    const analysis = analyzeFile(file.text, kind, { trusted: this.trusted });
    if (!analysis.ignored) this.files.push({ ...analysis, path: file.path, kind });
  }
}

/** The limits, short: rules with a max by name, targets of 0 for every other rule as one phrase. */
export function workflowLimitsText(limits: LevelLimits): string {
  const parts = WORKFLOW_RULES.filter((r) => limits.max?.[r] !== undefined).map((r) => `${r} max ${limits.max![r]}`);
  const targets = WORKFLOW_RULES.filter((r) => limits.max?.[r] === undefined && limits.target?.[r] !== undefined);
  const zero = targets.filter((r) => limits.target![r] === 0);
  parts.push(...targets.filter((r) => limits.target![r] !== 0).map((r) => `${r} ≤ ${limits.target![r]}`));
  if (zero.length) parts.push(parts.length > 0 && parts.length + zero.length === WORKFLOW_RULES.length ? 'other rules ≤ 0' : zero.map((r) => `${r} ≤ 0`).join(', '));
  return parts.join(', ');
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The findings per rule in words, or "no findings". */
function foundText(files: readonly unknown[], counts: Record<WorkflowRule, number>): string {
  const parts = WORKFLOW_RULES.filter((r) => counts[r] > 0).map((r) => `${counts[r]} ${r}`);
  return parts.length ? parts.join(', ') : files.length ? 'no findings' : 'nothing to check';
}

export const workflowsCheck: CheckKind = {
  kind: 'workflows',
  scanner: (check) => new WorkflowScanner(selection(undefined, check.raw.exclude), trustedMatcher(check.raw['trusted-actions'])),
  async execute(ctx) {
    const { pass, scanner } = await ctx.scan.scannerOf<WorkflowScanner>(ctx.check.id);
    const files = [...scanner.files].sort((a, b) => a.path.localeCompare(b.path));
    const workflows = files.filter((f) => f.kind === 'workflow').length;
    const actions = files.length - workflows;
    // A workflow the pass could not read (over max-file-size, unreadable) was not checked: the
    // check says so, and is not a pass (nor "no workflow") on the files it did read.
    const unread = [...pass.skippedExamples.large, ...pass.skippedExamples.unreadable].filter((p) => scanner.wants(p)).sort();
    const why = (p: string) => (pass.skippedExamples.large.includes(p) ? `over max-file-size (${formatBytes(pass.sizes.get(p) ?? 0)})` : 'unreadable');
    if (files.length === 0 && unread.length === 0) return builtinOutcome(ctx, pass, { status: 'skipped', summary: 'no workflow in .github/workflows and no local action.yml', metrics: {}, findings: [] });

    const missing = missingPermissions(new Map(files.map((f) => [f.path, f])));
    const suppressed: { file: string; line: number; rule: string; reason: string }[] = [];
    const findings: Finding[] = files.flatMap((f) => {
      // permissions-missing is decided across files, so its suppression applies here.
      const own = missing.has(f.path) ? applySuppressions([missing.get(f.path)!], f.suppressions) : { live: [], suppressed: [] };
      suppressed.push(...[...f.suppressed, ...own.suppressed].map((s) => ({ file: f.path, line: s.line, rule: s.rule, reason: s.reason })));
      return [...f.findings, ...own.live]
        .sort((a, b) => a.line - b.line)
        .map((x) => ({ file: f.path, line: x.line, severity: x.severity ?? RULE_SEVERITY[x.rule], rule: x.rule, message: x.message }));
    });
    // Notes (a head checkout behind a reviewed environment or a label gate) are listed, not scored.
    const counts = Object.fromEntries(WORKFLOW_RULES.map((r) => [r, 0])) as Record<WorkflowRule, number>;
    for (const f of findings) if (f.severity !== 'note') counts[f.rule as WorkflowRule]++;
    const uses = files.flatMap((f) => f.uses);
    const pinnedUses = uses.filter((u) => u.state !== 'unpinned').length;
    const metrics = {
      workflows,
      actions,
      findings: findings.length,
      ...counts,
      uses: uses.length,
      pinned: uses.filter((u) => u.state === 'pinned' || u.state === 'local').length,
      trustedAtTag: uses.filter((u) => u.state === 'trusted').length,
      notes: findings.filter((f) => f.severity === 'note').length,
      suppressed: suppressed.length,
      ...scanStatsMetrics(pass),
    };
    const where = `${plural(workflows, 'workflow')}${actions ? ` and ${plural(actions, 'local action')}` : ''}`;

    if (unread.length > 0) {
      return builtinOutcome(ctx, pass, {
        status: 'error',
        score: 0,
        summary: `could not read ${unread[0]}: ${why(unread[0]!)}${unread.length > 1 ? ` (and ${unread.length - 1} more files)` : ''}; ${foundText(files, counts)} in the others`,
        metrics: { ...metrics, unread: unread.length },
        findings: [...unread.map((p): Finding => ({ file: p, severity: 'error', rule: 'unread', message: `not checked: ${why(p)}` })), ...findings],
      });
    }

    const broken = files.filter((f) => f.error);
    if (broken.length > 0) {
      const first = broken[0]!;
      const parseFindings: Finding[] = broken.map((f) => ({ file: f.path, line: f.error!.line, severity: 'error', rule: 'invalid-yaml', message: `cannot be read as a ${f.kind}: ${f.error!.message}` }));
      return builtinOutcome(ctx, pass, {
        status: 'error',
        score: 0,
        summary: `cannot parse ${first.path} line ${first.error!.line}: ${first.error!.message}${broken.length > 1 ? ` (and ${broken.length - 1} more files)` : ''}`,
        metrics: { ...metrics, unparsable: broken.length },
        findings: [...parseFindings, ...findings],
      });
    }

    const raw = ctx.check.raw;
    const limits = workflowLimits(raw.max, typeof raw.target === 'object' ? raw.target : undefined);
    const scored = levelCounts(counts, limits, WORKFLOW_RULES);
    const found = WORKFLOW_RULES.filter((r) => counts[r] > 0).map((r) => `${counts[r]} ${r}`);
    const notes = metrics.notes;
    const pinning = `${uses.length ? `; ${pinnedUses}/${uses.length} uses pinned` : ''}${notes ? `; ${plural(notes, 'note')}` : ''}${suppressed.length ? `; ${suppressed.length} suppressed` : ''}`;
    const outcome = builtinOutcome(ctx, pass, {
      status: scored.status,
      score: scored.score,
      summary: `${found.length ? found.join(', ') : 'no findings'} in ${where}${pinning}`,
      target: workflowLimitsText(limits),
      metrics,
      findings,
    });
    const listed = suppressed.map((s) => `${s.file}:${s.line} ${s.rule}: ${s.reason}`);
    const note = listed.length ? `${outcome.evidence.note}\nSuppressed ${plural(listed.length, 'finding')} (# readiness: ignore):\n${listed.join('\n')}` : outcome.evidence.note;
    return { ...outcome, evidence: { ...outcome.evidence, ...(note !== undefined ? { note } : {}), sources: files.map((f) => f.path) } };
  },
};
