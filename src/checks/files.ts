// builtin: files — the files a maintained project keeps: a README with a real body, a licence,
// a security policy, contributing notes, a changelog, CODEOWNERS, a CI workflow, a dependency update
// tool's config (Dependabot, Renovate, Scala Steward: Scorecard's Dependency-Update-Tool), and a
// .gitignore that covers .env and dependency folders. The score is the share present.
import ignore from 'ignore';
import type { ScannedFile, Scanner } from '../scan/repository-scan.js';
import type { Finding } from '../types.js';
import { builtinOutcome } from './builtin.js';
import { matcher } from './globs.js';
import type { CheckKind } from './types.js';

export const DEFAULT_ITEMS = ['readme', 'license', 'security', 'contributing', 'changelog', 'codeowners', 'workflow', 'dependency-updates', 'gitignore'] as const;
export type FileItem = (typeof DEFAULT_ITEMS)[number];

/** Where GitHub and common practice look for each file. */
const LOCATIONS: Record<Exclude<FileItem, 'gitignore'>, { re: RegExp; label: string }> = {
  readme: { re: /^readme(\.(md|markdown|rst|txt|adoc|org))?$/i, label: 'README' },
  license: { re: /^(licen[cs]e|copying|unlicense)([.-][^/]*)?$/i, label: 'LICENSE' },
  security: { re: /^(\.github\/|docs\/)?security(\.(md|rst|txt))?$/i, label: 'SECURITY.md' },
  contributing: { re: /^(\.github\/|docs\/)?contributing(\.(md|rst|txt))?$/i, label: 'CONTRIBUTING' },
  changelog: { re: /^(docs\/)?(changelog|changes|history|news|releases)(\.(md|rst|txt|markdown))?$/i, label: 'CHANGELOG' },
  codeowners: { re: /^(\.github\/|docs\/)?CODEOWNERS$/, label: 'CODEOWNERS' },
  workflow: { re: /^\.github\/workflows\/[^/]+\.ya?ml$/, label: 'a workflow in .github/workflows' },
  'dependency-updates': { re: /^(\.github\/dependabot\.ya?ml|(\.github\/|\.gitlab\/)?renovate\.json5?|\.renovaterc(\.json5?)?|(\.github\/|\.config\/)?\.?scala-steward\.conf)$/i, label: 'dependency update tool config (Dependabot or Renovate)' },
};

/** The tool a dependency update config belongs to. */
export function updateTool(file: string): string {
  return /dependabot/i.test(file) ? 'Dependabot' : /renovate/i.test(file) ? 'Renovate' : 'Scala Steward';
}

/** Words of prose in a README, leaving out headings, badges, images, bare links and HTML. */
export function readmeWords(text: string): number {
  const prose = text
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .split('\n')
    .filter((line) => {
      const t = line.trim();
      if (!t || /^#{1,6}\s/.test(t) || /^[=-]{3,}$/.test(t)) return false;
      // A line of only images, badges and links is decoration; badges nest ([![x](img)](link)).
      let stripped = t.replace(/<[^>]+>/g, '');
      for (let prev = ''; prev !== stripped; ) {
        prev = stripped;
        stripped = stripped.replace(/!?\[[^[\]]*\]\([^)]*\)/g, '');
      }
      return stripped.trim().length > 0;
    })
    .join(' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1');
  return (prose.match(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu) ?? []).length;
}

export const README_MIN_WORDS = 30;

/** Heading texts of a Markdown or reStructuredText file. */
export function headings(text: string): string[] {
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  const out: string[] = [];
  let fence = false;
  lines.forEach((line, i) => {
    if (/^\s*(```|~~~)/.test(line)) fence = !fence;
    if (fence) return;
    const atx = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (atx) out.push(atx[1]!);
    else if (i > 0 && /^\s*(=+|-+|~+|\^+)\s*$/.test(line) && lines[i - 1]!.trim() && !/^\s*[-*+]\s/.test(lines[i - 1]!)) out.push(lines[i - 1]!.trim());
  });
  return out;
}

/** What .gitignore must cover, from the project's manifests. */
export function gitignoreNeeds(files: readonly string[]): string[] {
  const needs = ['.env'];
  const has = (re: RegExp) => files.some((f) => re.test(f));
  if (has(/(^|\/)package\.json$/)) needs.push('node_modules/');
  if (has(/(^|\/)(pyproject\.toml|setup\.py|setup\.cfg|requirements[^/]*\.txt|Pipfile)$/)) needs.push('.venv/');
  if (has(/(^|\/)composer\.json$/)) needs.push('vendor/');
  return needs;
}

class FilesScanner implements Scanner {
  readme?: ScannedFile;
  gitignore?: string;

  wants(path: string): boolean {
    return LOCATIONS.readme.re.test(path) || path === '.gitignore';
  }

  visit(file: ScannedFile): void {
    if (file.path === '.gitignore') this.gitignore = file.text;
    else if (!this.readme || /\.md$/i.test(file.path)) this.readme = { path: file.path, text: file.text };
  }

  take(): unknown {
    const state = { readme: this.readme, gitignore: this.gitignore };
    this.readme = undefined;
    this.gitignore = undefined;
    return state;
  }

  // The same choice as visiting the batches' files in order: the last Markdown README, else the first.
  merge(state: unknown): void {
    const s = state as { readme?: ScannedFile; gitignore?: string };
    if (s.gitignore !== undefined) this.gitignore = s.gitignore;
    if (s.readme && (!this.readme || /\.md$/i.test(s.readme.path))) this.readme = s.readme;
  }
}

export const filesCheck: CheckKind = {
  kind: 'files',
  scanner: () => new FilesScanner(),
  async execute(ctx) {
    const { pass, scanner } = await ctx.scan.scannerOf<FilesScanner>(ctx.check.id);
    const files = pass.list.files;
    const raw = ctx.check.raw;
    const dropped = new Set(raw.optional ?? []);
    const extra = (raw.require ?? []).filter((r) => !(DEFAULT_ITEMS as readonly string[]).includes(r));
    const items = DEFAULT_ITEMS.filter((i) => !dropped.has(i) || raw.require?.includes(i));
    const present: string[] = [];
    const tools: string[] = [];
    const findings: Finding[] = [];
    const missing = (what: string, message: string, file?: string) => findings.push({ ...(file ? { file, line: 1 } : {}), severity: 'warning', rule: `missing-${what}`, message });

    for (const item of items) {
      if (item === 'gitignore') {
        if (scanner.gitignore === undefined) {
          missing('gitignore', 'no .gitignore at the root');
          continue;
        }
        const ig = ignore().add(scanner.gitignore);
        const uncovered = gitignoreNeeds(files).filter((p) => !ig.ignores(p));
        if (uncovered.length > 0) missing('gitignore', `.gitignore does not cover ${uncovered.join(', ')}`, '.gitignore');
        else present.push('.gitignore');
        continue;
      }
      const loc = LOCATIONS[item];
      const found = files.find((f) => loc.re.test(f));
      if (!found) {
        missing(item, `no ${loc.label}`);
        continue;
      }
      if (item === 'readme') {
        const words = scanner.readme ? readmeWords(scanner.readme.text) : 0;
        if (words < README_MIN_WORDS) {
          missing('readme', `${found} has no real body (${words} words of prose, expected at least ${README_MIN_WORDS})`, found);
          continue;
        }
      }
      if (item === 'dependency-updates') tools.push(`${updateTool(found)} (${found})`);
      present.push(found);
    }

    const sections = raw.sections ?? [];
    const titles = scanner.readme ? headings(scanner.readme.text).map((h) => h.toLowerCase()) : [];
    for (const section of sections) {
      if (titles.some((t) => t.includes(section.toLowerCase()))) present.push(`README section "${section}"`);
      else missing('readme-section', `README has no "${section}" section`, scanner.readme?.path);
    }

    for (const pattern of extra) {
      const match = matcher(pattern);
      const found = files.find((f) => match(f));
      if (found) present.push(found);
      else missing('required-file', `no file matches "${pattern}"`);
    }

    const total = items.length + sections.length + extra.length;
    if (total === 0) return builtinOutcome(ctx, pass, { status: 'skipped', summary: 'nothing to check: every item is optional', metrics: {}, findings: [] });
    const score = (100 * present.length) / total;
    const status = present.length === total ? 'pass' : score >= 50 ? 'warn' : 'fail';
    const summary = `${present.length}/${total} present${tools.length ? ` (updates: ${tools.join(', ')})` : ''}${findings.length ? `; missing: ${findings.map((f) => f.message.replace(/^no /, '')).slice(0, 4).join('; ')}${findings.length > 4 ? '…' : ''}` : ''}`;
    return builtinOutcome(ctx, pass, {
      status,
      score,
      summary,
      target: 'all present',
      metrics: { present: present.length, required: total, missing: findings.map((f) => f.rule.replace(/^missing-/, '')), ...(tools.length ? { dependencyUpdateTool: tools.join(', ') } : {}) },
      findings,
    });
  },
};
