// builtin: checklist — Markdown task lists (roadmaps, release checklists): done and total items,
// nested items included, "[x]" and "[X]" done, items in fenced code blocks ignored.
import type { ScannedFile, Scanner } from '../scan/repository-scan.js';
import { higherIsBetter } from '../scoring/curves.js';
import type { Finding } from '../types.js';
import { builtinOutcome } from './builtin.js';
import { matcher } from './globs.js';
import type { CheckKind } from './types.js';

export const MAX_OPEN_ITEMS = 50;
const TASK = /^\s*(?:>\s*)*(?:[-*+]|\d+[.)])\s+\[([ xX])\]\s+(.*)$/;

export interface TaskItem {
  line: number;
  done: boolean;
  text: string;
}

/** Task list items of a Markdown text, outside fenced code blocks. */
export function taskItems(text: string): TaskItem[] {
  const items: TaskItem[] = [];
  let fence: string | undefined;
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    const f = /^\s*(`{3,}|~{3,})/.exec(line);
    if (f) {
      if (!fence) fence = f[1]![0]!.repeat(f[1]!.length);
      else if (f[1]!.startsWith(fence)) fence = undefined;
      return;
    }
    if (fence) return;
    const m = TASK.exec(line);
    if (m) items.push({ line: i + 1, done: m[1] !== ' ', text: m[2]!.trim() });
  });
  return items;
}

class ChecklistScanner implements Scanner {
  files: { path: string; items: TaskItem[] }[] = [];

  constructor(readonly wants: (path: string) => boolean) {}

  take(): unknown {
    const files = this.files;
    this.files = [];
    return files;
  }

  merge(state: unknown): void {
    this.files.push(...(state as ChecklistScanner['files']));
  }

  visit(file: ScannedFile): void {
    this.files.push({ path: file.path, items: taskItems(file.text) });
  }
}

export const checklistCheck: CheckKind = {
  kind: 'checklist',
  scanner: (check) => new ChecklistScanner(matcher(check.raw.files)),
  async execute(ctx) {
    const { pass, scanner } = await ctx.scan.scannerOf<ChecklistScanner>(ctx.check.id);
    const target = typeof ctx.check.raw.target === 'number' ? ctx.check.raw.target : 100;
    const patterns = [ctx.check.raw.files ?? []].flat().join(', ');
    const error = (summary: string) => builtinOutcome(ctx, pass, { status: 'error', score: 0, summary, metrics: {}, findings: [] });
    if (scanner.files.length === 0) return error(`no file matched files: ${patterns}`);
    const all = scanner.files.flatMap((f) => f.items.map((item) => ({ ...item, file: f.path })));
    if (all.length === 0) return error(`no task list items ("- [ ]" or "- [x]") in ${scanner.files.map((f) => f.path).join(', ')}`);
    const done = all.filter((i) => i.done).length;
    const pct = (100 * done) / all.length;
    const findings: Finding[] = all
      .filter((i) => !i.done)
      .slice(0, MAX_OPEN_ITEMS)
      .map((i) => ({ file: i.file, line: i.line, severity: 'note', rule: 'open-item', message: i.text.slice(0, 200) }));
    const scored = higherIsBetter(pct, 0, target);
    const outcome = builtinOutcome(ctx, pass, {
      ...scored,
      summary: `${done}/${all.length} items done (${Math.floor(pct)}%), target ${target}%`,
      target: `${target}% done`,
      metrics: { done, total: all.length, pct },
      findings,
    });
    return { ...outcome, evidence: { ...outcome.evidence, sources: scanner.files.map((f) => f.path) } };
  },
};
