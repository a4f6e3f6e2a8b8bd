// The rubric in the summary: the level reached, what the next one still needs (in the order to fix
// it), the grid of categories by levels, and the rules phased in or whose waiver ended.
import type { CheckResult, Report } from '../types.js';
import { STATUS_ICON, resultLine } from './format.js';
import { code, literal, text } from './markdown.js';

const MAX_MISSING = 15;

function levelTitle(report: Report, id: string | null): string {
  const level = report.levels?.levels.find((l) => l.id === id);
  return level ? text(level.title, 80) : 'none';
}

/** The level section; empty when the config has no levels. */
export function renderLevels(report: Report): string {
  const info = report.levels;
  if (!info || info.levels.length === 0) return '';
  const lines: string[] = [];
  const reached = info.reached === null ? 'no level reached yet' : `**${levelTitle(report, info.reached)}** ${code(info.reached)}`;
  lines.push(`### 🪜 Level: ${reached}${info.next === null ? ' — the top level' : ` · next: ${levelTitle(report, info.next)}`}`);
  if (info.minLevel !== undefined) {
    lines.push('', `The gate requires ${code(info.minLevel)}: ${info.minLevelMet ? '✅ reached' : '❌ not reached'}.`);
  }
  const next = info.levels.find((l) => l.id === info.next);
  if (next) {
    const byId = new Map(report.checks.map((c) => [c.id, c]));
    const steps = next.missing.slice(0, MAX_MISSING).map((m, i) => {
      const c = byId.get(m.id);
      const what = c ? resultLine(c) : 'not run in this run';
      return `${i + 1}. ${c ? STATUS_ICON[c.status] : '➖'} ${text(m.title, 120)}${m.title !== m.id ? ` ${code(m.id)}` : ''} — ${text(what, 200)}`;
    });
    const more = next.missing.length > MAX_MISSING ? [`…and ${next.missing.length - MAX_MISSING} more (the JSON report lists them).`] : [];
    const phased = (category: string) => report.checks.some((c) => c.category === category && c.enforcement?.state === 'pending');
    const empty = next.emptyCategories.map((c) =>
      phased(c)
        ? `- ${code(c)}: its checks are not enforced yet (enforce-after), so nothing counted shows it passes.`
        : `- ${code(c)}: no check of this category ran, so nothing shows it passes; add one (or remove the category from the level).`,
    );
    lines.push('', `To reach **${text(next.title, 80)}**, fix in this order:`, '', ...steps, ...more, ...(empty.length ? ['', ...empty] : []));
  }
  lines.push('', rubricGrid(report));
  return lines.join('\n');
}

/** One line for the pull-request comment: the level, and what the next one still needs. */
export function levelLine(report: Report): string {
  const info = report.levels;
  if (!info || info.levels.length === 0) return '';
  const next = info.levels.find((l) => l.id === info.next);
  const needs = next ? [...next.missing.map((m) => code(m.id)), ...next.emptyCategories.map((c) => `a ${code(c)} check`)] : [];
  const shown = needs.slice(0, 5).join(', ') + (needs.length > 5 ? ` and ${needs.length - 5} more` : '');
  const reached = info.reached === null ? 'none reached yet' : `**${levelTitle(report, info.reached)}**`;
  return `🪜 Level: ${reached}${next ? ` · next: ${text(next.title, 80)}${shown ? ` (needs ${shown})` : ''}` : ' — the top level'}`;
}

/** Categories by levels: ✅ the level's checks of that category pass, ❌ one does not, blank when it asks none. */
function rubricGrid(report: Report): string {
  const levels = report.levels!.levels;
  const categories = new Map<string, string>();
  for (const c of report.categories) categories.set(c.id, c.title);
  for (const c of report.omittedCategories) categories.set(c.id, c.title);
  const used = [...categories.keys()].filter((id) => levels.some((l) => l.cells[id] !== undefined));
  for (const l of levels) for (const id of Object.keys(l.cells)) if (!used.includes(id)) used.push(id);
  const header = `| Category | ${levels.map((l) => `${text(l.title, 40)}${l.id === report.levels!.reached ? ' 📍' : ''}`).join(' | ')} |`;
  const rows = used.map((id) => `| ${text(categories.get(id) ?? id, 60)} | ${levels.map((l) => (l.cells[id] === 'pass' ? '✅' : l.cells[id] === 'fail' ? '❌' : '')).join(' | ')} |`);
  const met = `| **Level met** | ${levels.map((l) => (l.met ? '✅' : '❌')).join(' | ')} |`;
  return [header, `| --- |${levels.map(() => ' :---: |').join('')}`, ...rows, met, '', '<sub>📍 the level reached: it and every level before it are met. Each cell: the checks of that category the level needs.</sub>'].join('\n');
}

/** Checks phased in (`enforce-after`), enforcement dates that passed, and waivers that expired. */
export function renderPhasing(report: Report): string {
  const pending = report.checks.filter((c) => c.enforcement?.state === 'pending');
  const enforced = report.checks.filter((c) => c.enforcement?.state === 'enforced');
  const expired = report.checks.filter((c) => c.waiver?.state === 'expired');
  if (pending.length + enforced.length + expired.length === 0) return '';
  const name = (c: CheckResult) => `${code(c.id)}${c.title !== c.id ? ` (${text(c.title, 80)})` : ''}`;
  return [
    '### Phasing in',
    '',
    ...pending.map((c) => `- ⏳ ${name(c)}: enforced from ${literal(c.enforcement!.from)}; until then reported but neither scored nor gating (now: ${c.status} — ${text(resultLine(c), 160)})`),
    ...enforced.map((c) => `- 📌 ${name(c)}: its enforcement date passed (enforce-after ${literal(c.enforcement!.after)}); it counts since ${literal(c.enforcement!.from)}`),
    ...expired.map((c) => `- ⌛ ${name(c)}: its waiver expired on ${literal(c.waiver!.until ?? '')} (${text(c.waiver!.reason, 200)}); it counts again`),
  ].join('\n');
}
