// builtin: git — commit history and repository hygiene: the commit count, the share of
// Conventional Commit subjects among recent commits, stray merge artefacts, and tracked files over
// the size limit. A shallow clone says its history is shallow instead of misreporting it.
import { getExecOutput } from '@actions/exec';
import { parseSize } from '../config/schema.js';
import type { Finding } from '../types.js';
import { builtinOutcome } from './builtin.js';
import { matcher } from './globs.js';
import type { CheckKind } from './types.js';

export const DEFAULT_WINDOW = 50;
export const DEFAULT_CONVENTIONAL_TARGET = 80;
const CONVENTIONAL = /^[A-Za-z]+(\([^()\r\n]*\))?!?: \S/;
const ARTEFACTS = matcher(['*.orig', '*.rej', '*.BACKUP.*', '*.LOCAL.*', '*.REMOTE.*', '*.BASE.*']);

/** A short git query through @actions/exec; checks' own commands use src/run/process.ts (process groups, kill trees). */
async function git(args: string[], cwd: string): Promise<string> {
  const r = await getExecOutput('git', args, { cwd, silent: true, ignoreReturnCode: true });
  if (r.exitCode !== 0) throw new Error(r.stderr.trim() || `git ${args[0]} exited ${r.exitCode}`);
  return r.stdout;
}

export function isConventional(subject: string): boolean {
  return CONVENTIONAL.test(subject);
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : `${(n / 1024).toFixed(0)} KiB`;
}

export const gitCheck: CheckKind = {
  kind: 'git',
  async execute(ctx) {
    const pass = await ctx.scan.result(ctx.check.id);
    const error = (summary: string) => builtinOutcome(ctx, pass, { status: 'error', score: 0, summary, metrics: {}, findings: [] });
    if (pass.list.source !== 'git') return error('not a git repository (or git is not installed)');
    const raw = ctx.check.raw;
    const window = raw.window ?? DEFAULT_WINDOW;
    const target = typeof raw.target === 'number' ? raw.target : DEFAULT_CONVENTIONAL_TARGET;
    const maxSize = raw['max-file-size'] !== undefined ? parseSize(raw['max-file-size']) : ctx.maxFileBytes;

    let shallow: boolean;
    let commits: number;
    let subjects: string[];
    try {
      shallow = (await git(['rev-parse', '--is-shallow-repository'], ctx.workspace)).trim() === 'true';
      commits = Number((await git(['rev-list', '--count', 'HEAD'], ctx.workspace)).trim());
      subjects = (await git(['log', '--no-merges', `-n${window}`, '--format=%s'], ctx.workspace)).split('\n').filter(Boolean);
    } catch (err) {
      const message = (err as Error).message;
      return error(/does not have any commits|unknown revision|bad default revision/.test(message) ? 'the repository has no commits yet' : `git failed: ${message.split('\n')[0]}`);
    }

    const findings: Finding[] = [];
    const artefacts = pass.list.files.filter((f) => ARTEFACTS(f));
    for (const f of artefacts) findings.push({ file: f, severity: 'warning', rule: 'stray-merge-artefact', message: 'stray merge artefact (left by a merge tool or patch)' });
    const large = [...pass.list.tracked].filter((f) => (pass.sizes.get(f) ?? 0) > maxSize);
    for (const f of large) findings.push({ file: f, severity: 'warning', rule: 'large-file', message: `tracked file of ${formatBytes(pass.sizes.get(f)!)} (limit ${formatBytes(maxSize)})` });

    const scores: number[] = [artefacts.length === 0 ? 100 : 0, large.length === 0 ? 100 : 0];
    const parts: string[] = [];
    const metrics: Record<string, unknown> = { shallow, artefacts: artefacts.length, largeFiles: large.length };
    let conventionalBelow = false;
    if (shallow) {
      // A depth-1 checkout shows one commit: its count and subjects say nothing about the history.
      metrics.commits = null;
      parts.push('history is shallow (use fetch-depth: 0 in actions/checkout to measure commits)');
    } else {
      metrics.commits = commits;
      const matching = subjects.filter(isConventional).length;
      const pct = subjects.length > 0 ? (100 * matching) / subjects.length : null;
      metrics.conventional = { matching, window: subjects.length, pct };
      if (pct !== null) {
        // A met target scores 100 (target 0 is met by any history).
        scores.push(pct >= target ? 100 : (100 * pct) / target);
        conventionalBelow = pct < target;
        parts.push(`${commits} commit${commits === 1 ? '' : 's'}; ${matching}/${subjects.length} recent subject${subjects.length === 1 ? ' is' : 's are'} Conventional Commits (${Math.floor(pct)}%, target ${target}%)`);
        for (const s of subjects.filter((x) => !isConventional(x)).slice(0, 10)) {
          findings.push({ severity: 'note', rule: 'conventional-commit', message: `not a Conventional Commit subject: ${s.slice(0, 120)}` });
        }
      }
    }
    parts.push(`${artefacts.length} stray merge artefact${artefacts.length === 1 ? '' : 's'}`, `${large.length} tracked file${large.length === 1 ? '' : 's'} over ${formatBytes(maxSize)}`);
    const score = scores.reduce((a, b) => a + b, 0) / scores.length;
    const status = artefacts.length > 0 || large.length > 0 ? 'fail' : conventionalBelow ? 'warn' : 'pass';
    return builtinOutcome(ctx, pass, { status, score, summary: parts.join('; '), target: `no artefacts or large files; ≥ ${target}% Conventional Commits`, metrics, findings });
  },
};
