// builtin: dockerfile — every Dockerfile: a non-root USER and a HEALTHCHECK in the final stage,
// pinned base images, no ADD of URLs, no secrets in ENV/ARG. The score is the share of rules met.
import type { ScannedFile, Scanner } from '../scan/repository-scan.js';
import type { Finding } from '../types.js';
import { builtinOutcome } from './builtin.js';
import { selection } from './globs.js';
import type { CheckKind } from './types.js';

export const DOCKERFILE_RULES = ['non-root-user', 'healthcheck', 'pinned-base-image', 'no-add-url', 'no-secret-in-env'] as const;
type Rule = (typeof DOCKERFILE_RULES)[number];

const DOCKERFILE_NAME = /(^|\/)(Dockerfile|Containerfile|dockerfile)(\.[^/]+)?$|(^|\/)[^/]+\.(Dockerfile|dockerfile)$/;
const SECRET_NAME = /(passw(or)?d|secret|token|api[_-]?key|private[_-]?key|access[_-]?key|credential)/i;

export interface Instruction {
  line: number;
  keyword: string;
  args: string;
}

/** Instructions with continuation lines joined, comments and parser directives dropped. */
export function instructions(text: string): Instruction[] {
  const out: Instruction[] = [];
  let current: Instruction | undefined;
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (!current && /^\s*(#|$)/.test(line)) return;
    if (current && /^\s*#/.test(line)) return;
    const continued = /\\\s*$/.test(line);
    const body = line.replace(/\\\s*$/, '');
    if (current) current.args += ` ${body.trim()}`;
    else {
      const m = /^\s*([A-Za-z]+)\s*(.*)$/.exec(body);
      if (!m) return;
      current = { line: i + 1, keyword: m[1]!.toUpperCase(), args: m[2]!.trim() };
    }
    if (!continued) {
      out.push(current);
      current = undefined;
    }
  });
  if (current) out.push(current);
  return out;
}

export interface RuleResult {
  rule: Rule;
  met: boolean;
  line: number;
  message: string;
}

/** The five rules for one Dockerfile. */
export function checkDockerfile(text: string): RuleResult[] {
  const ins = instructions(text);
  const froms = ins.filter((i) => i.keyword === 'FROM');
  if (froms.length === 0) return [];
  const results: RuleResult[] = [];
  const lastFrom = froms[froms.length - 1]!;
  const finalStage = ins.slice(ins.indexOf(lastFrom));

  const user = finalStage.filter((i) => i.keyword === 'USER').pop();
  const userName = user?.args.split(/\s+/)[0]?.split(':')[0];
  const rootUser = !user || userName === 'root' || userName === '0';
  results.push({
    rule: 'non-root-user',
    met: !rootUser,
    line: user?.line ?? lastFrom.line,
    message: user ? `the final stage runs as ${userName}` : 'no USER in the final stage: the container runs as root',
  });

  const health = finalStage.filter((i) => i.keyword === 'HEALTHCHECK').pop();
  results.push({
    rule: 'healthcheck',
    met: !!health && !/^NONE\b/i.test(health.args),
    line: health?.line ?? lastFrom.line,
    message: health ? 'HEALTHCHECK NONE disables the health check' : 'no HEALTHCHECK in the final stage',
  });

  // Build arguments declared before FROM can name the image; resolve their defaults.
  const args = new Map<string, string>();
  const stages = new Set<string>();
  const unpinned: Instruction[] = [];
  for (const i of ins) {
    if (i.keyword === 'ARG') {
      const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:=(.*))?$/.exec(i.args);
      if (m && m[2] !== undefined) args.set(m[1]!, m[2]!.replace(/^["']|["']$/g, ''));
    }
    if (i.keyword !== 'FROM') continue;
    const parts = i.args.split(/\s+/).filter((p) => !p.startsWith('--'));
    let image = parts[0] ?? '';
    image = image.replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g, (m, name: string) => args.get(name) ?? m);
    const alias = parts[1]?.toUpperCase() === 'AS' ? parts[2] : undefined;
    const pinned = image === 'scratch' || stages.has(image.toLowerCase()) || image.includes('@sha256:') || (/:[^/:]+$/.test(image) && !/:latest$/.test(image) && !image.includes('$'));
    if (!pinned) unpinned.push(i);
    if (alias) stages.add(alias.toLowerCase());
  }
  results.push({
    rule: 'pinned-base-image',
    met: unpinned.length === 0,
    line: unpinned[0]?.line ?? froms[0]!.line,
    message: unpinned.length ? `base image not pinned (no tag, "latest", or an unresolved build argument): ${unpinned[0]!.args.split(/\s+/)[0]}` : '',
  });

  const addUrl = ins.find((i) => i.keyword === 'ADD' && /(^|\s)https?:\/\//i.test(i.args) && !/--checksum=/.test(i.args));
  results.push({ rule: 'no-add-url', met: !addUrl, line: addUrl?.line ?? 1, message: 'ADD of a URL without --checksum: use curl with a checksum, or COPY' });

  const secret = ins.find((i) => {
    if (i.keyword !== 'ENV' && i.keyword !== 'ARG') return false;
    // ENV a=b c=d, ENV a b, ARG a=b
    const pairs = i.args.match(/([A-Za-z_][A-Za-z0-9_]*)(?:=|\s+)("[^"]*"|'[^']*'|\S+)/g) ?? [];
    return pairs.some((p) => {
      const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:=|\s+)(.*)$/.exec(p);
      const value = (m?.[2] ?? '').replace(/^["']|["']$/g, '');
      return !!m && SECRET_NAME.test(m[1]!) && value !== '' && !value.startsWith('$');
    });
  });
  results.push({ rule: 'no-secret-in-env', met: !secret, line: secret?.line ?? 1, message: `a secret-looking ${secret?.keyword ?? 'ENV'} has a literal value; pass secrets at run time or with RUN --mount=type=secret` });
  return results;
}

class DockerfileScanner implements Scanner {
  files: { path: string; results: RuleResult[] }[] = [];

  constructor(private readonly selected: (path: string) => boolean) {}

  take(): unknown {
    const files = this.files;
    this.files = [];
    return files;
  }

  merge(state: unknown): void {
    this.files.push(...(state as DockerfileScanner['files']));
  }

  wants(path: string): boolean {
    return DOCKERFILE_NAME.test(path) && this.selected(path);
  }

  visit(file: ScannedFile): void {
    const results = checkDockerfile(file.text);
    if (results.length > 0) this.files.push({ path: file.path, results });
  }
}

export const dockerfileCheck: CheckKind = {
  kind: 'dockerfile',
  scanner: (check) => new DockerfileScanner(selection(undefined, check.raw.exclude)),
  async execute(ctx) {
    const { pass, scanner } = await ctx.scan.scannerOf<DockerfileScanner>(ctx.check.id);
    if (scanner.files.length === 0) return builtinOutcome(ctx, pass, { status: 'skipped', summary: 'no Dockerfile in the repository', metrics: {}, findings: [] });
    const all = scanner.files.flatMap((f) => f.results.map((r) => ({ ...r, file: f.path })));
    const met = all.filter((r) => r.met).length;
    const findings: Finding[] = all.filter((r) => !r.met).map((r) => ({ file: r.file, line: r.line, severity: 'warning', rule: r.rule, message: r.message }));
    const byRule = Object.fromEntries(DOCKERFILE_RULES.map((rule) => [rule, all.filter((r) => r.rule === rule && r.met).length]));
    const score = (100 * met) / all.length;
    const failed = [...new Set(findings.map((f) => f.rule))];
    const outcome = builtinOutcome(ctx, pass, {
      status: met === all.length ? 'pass' : score >= 50 ? 'warn' : 'fail',
      score,
      summary: `${met}/${all.length} rules met in ${scanner.files.length} Dockerfile${scanner.files.length === 1 ? '' : 's'}${failed.length ? `; not met: ${failed.join(', ')}` : ''}`,
      target: 'all rules met',
      metrics: { dockerfiles: scanner.files.length, rulesMet: met, rules: all.length, ...byRule },
      findings,
    });
    return { ...outcome, evidence: { ...outcome.evidence, sources: scanner.files.map((f) => f.path) } };
  },
};
