// builtin: secrets — committed credentials. A finding names the rule, file, line and a short
// fingerprint (a hash), never the value; every value found is handed to onSecret (core.setSecret)
// and masked in everything the run writes.
import type { ScannedFile, Scanner } from '../scan/repository-scan.js';
import type { Finding } from '../types.js';
import { builtinOutcome, scanStatsMetrics } from './builtin.js';
import { matcher, selection } from './globs.js';
import { lineAt, lineCounter } from './lines.js';
import { LiteralSet } from '../run/literals.js';
import type { CheckKind } from './types.js';

interface Rule {
  id: string;
  title: string;
  /** Shannon entropy (bits per character) the value must reach. */
  minEntropy?: number;
}

export const RULES: readonly Rule[] = [
  { id: 'aws-access-key-id', title: 'AWS access key id' },
  { id: 'aws-secret-access-key', title: 'AWS secret access key', minEntropy: 4 },
  { id: 'github-token', title: 'GitHub token' },
  { id: 'gitlab-token', title: 'GitLab token' },
  { id: 'slack-token', title: 'Slack token' },
  { id: 'slack-webhook', title: 'Slack webhook URL' },
  { id: 'stripe-live-key', title: 'Stripe live key' },
  { id: 'google-api-key', title: 'Google API key' },
  { id: 'npm-token', title: 'npm token' },
  { id: 'private-key', title: 'private key' },
  { id: 'jwt', title: 'JSON Web Token' },
  { id: 'generic-secret', title: 'password, secret or token assignment' },
];

// One alternation, one capture group per rule in RULES order (generic-secret has two), so a file
// is searched once for all of them. Each branch starts with a literal, which keeps it fast, and
// each runs in time linear in the file: every repeat that could overlap the next match's start
// is bounded, and a key block stops at the next BEGIN line (see __tests__/hardening).
const KEY_KINDS = '(?:RSA |EC |DSA |OPENSSH |ENCRYPTED )?';
const PATTERNS = [
  /\b((?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\b/,
  /(?:aws|AWS)[A-Za-z0-9_ .-]{0,30}?(?:secret|SECRET|Secret)[A-Za-z0-9_ .-]{0,20}["']?\s*[:=]\s*["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/,
  /\b(gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})\b/,
  /\b(gl(?:pat|dt|ptt|rt|cbt|oas|ft)-[A-Za-z0-9_-]{20,255})\b/,
  /\b(xox[baprs]-(?:[A-Za-z0-9]{1,64}-){0,6}[A-Za-z0-9]{10,255})\b/,
  /(https:\/\/hooks\.slack\.com\/(?:services|workflows)\/[A-Za-z0-9_+/-]{20,})/,
  /\b((?:sk|rk)_live_[A-Za-z0-9]{20,})\b/,
  /\b(AIza[0-9A-Za-z_-]{35})(?![0-9A-Za-z_-])/,
  /\b(npm_[A-Za-z0-9]{36})\b|_authToken\s*=\s*([^\s$"'][^\s"']{7,511})/,
  new RegExp(
    `(-----BEGIN ${KEY_KINDS}PRIVATE KEY-----(?:(?!-----BEGIN ${KEY_KINDS}PRIVATE KEY)[\\s\\S])*?-----END ${KEY_KINDS}PRIVATE KEY-----|-----BEGIN PGP PRIVATE KEY BLOCK-----(?:(?!-----BEGIN PGP PRIVATE KEY BLOCK)[\\s\\S])*?-----END PGP PRIVATE KEY BLOCK-----)`,
  ),
  // A token starts a run of base64url characters: starting at every "eyJ" inside one run would
  // rescan the run from each, quadratic on a crafted line.
  /(?<![A-Za-z0-9_-])(eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,})/,
  /(?:[Pp]assw(?:or)?d|PASSW(?:OR)?D|\b[Pp]wd|\bPWD|[Ss]ecret|SECRET|[Tt]oken|TOKEN|[Aa]pi_?[Kk]ey|API_?KEY|[Aa]ccess_?[Kk]ey|ACCESS_?KEY|[Pp]rivate_?[Kk]ey|PRIVATE_?KEY)(?:_?[Kk]ey|_?KEY)?["']?\s*(?::=|=>|=|:)\s*(?<quote>["'`]?)(?<value>[^\s"'`;,(){}[\]<>]{8,200})\k<quote>/,
];

/**
 * For each rule of PATTERNS, literals one of which every match of it contains: a file with none of
 * a rule's literals is never searched with it, and a file with none at all (most files) is never
 * decoded. The AWS secret rule's match always holds "secret", "Secret" or "SECRET", hence "ecret"
 * and "ECRET". Checked against the rules in __tests__/run/literals.test.ts.
 */
export const RULE_LITERALS: readonly (readonly string[])[] = [
  ['AKIA', 'ASIA', 'ABIA', 'ACCA'],
  ['ecret', 'ECRET'],
  ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_'],
  ['glpat-', 'gldt-', 'glptt-', 'glrt-', 'glcbt-', 'gloas-', 'glft-'],
  ['xoxb-', 'xoxa-', 'xoxp-', 'xoxr-', 'xoxs-'],
  ['hooks.slack.com/'],
  ['sk_live_', 'rk_live_'],
  ['AIza'],
  ['npm_', '_authToken'],
  ['-----BEGIN '],
  ['eyJ'],
  [
    'assw', 'ASSW', 'pwd', 'Pwd', 'PWD', 'ecret', 'ECRET', 'oken', 'OKEN',
    'pi_key', 'pikey', 'pi_Key', 'piKey', 'PI_KEY', 'PIKEY', 'ccess_key', 'ccesskey', 'ccess_Key', 'ccessKey', 'CCESS_KEY', 'CCESSKEY',
    'rivate_key', 'rivatekey', 'rivate_Key', 'rivateKey', 'RIVATE_KEY', 'RIVATEKEY',
  ],
];

/** The literals of the rules for known token formats (all but the generic rule). */
const TOKEN_LITERALS = [...new Set(RULE_LITERALS.slice(0, -1).flat())];

/** Literals one of which every match of PATTERNS contains. */
export const LITERALS = [...new Set(RULE_LITERALS.flat())];
const LITERAL_SET = new LiteralSet(LITERALS);

/**
 * Whether a file needs searching at all, from the literals of the rules found in it (a scan
 * pass's): a rule that applies to its path needs one of its own; a .env file is always read.
 */
function mayHoldSecret(path: string, found: ReadonlySet<string>): boolean {
  if (isDotenv(path)) return true;
  if (found.size === 0) return false;
  // Where the generic rule does not look, only the token formats' literals matter.
  return (NO_GENERIC.test(path) ? TOKEN_LITERALS : LITERALS).some((l) => found.has(l));
}

/** The same judgement from a file's bytes alone, as the scan pass makes it. */
export function mayContainSecret(bytes: Uint8Array, path = ''): boolean {
  return mayHoldSecret(path, LITERAL_SET.occurring(bytes));
}

// How many capture groups each pattern has.
const GROUPS = PATTERNS.map((p) => new RegExp(`${p.source}|`).exec('')!.length - 1);

/** The rules of PATTERNS a file is searched with, as one regex, and its group where each starts. */
interface Combined {
  re: RegExp;
  rules: number[];
  offsets: number[];
}

/**
 * One alternation of the rules whose literals a file holds, by rule set (a bit per rule). A rule
 * left out could match nowhere in the file, so the leftmost match at every position is the one
 * the alternation of all rules finds, and the findings are the same.
 */
const combined = new Map<number, Combined>();
const ALL_RULES = (1 << PATTERNS.length) - 1;
/**
 * Rule sets compiled at most: files crafted to hold every combination of literals would otherwise
 * make 4,096 regexes. Past it, a new combination is searched with all the rules (the same findings).
 */
const MAX_COMBINED = 32;

function combinedFor(mask: number): Combined {
  let c = combined.get(mask);
  if (!c && combined.size >= MAX_COMBINED && mask !== ALL_RULES) return combinedFor(ALL_RULES);
  if (!c) {
    const rules = PATTERNS.flatMap((_, i) => (mask & (1 << i) ? [i] : []));
    const offsets: number[] = [];
    for (let k = 0, next = 1; k < rules.length; next += GROUPS[rules[k]!]!, k++) offsets.push(next);
    c = { re: new RegExp(rules.map((i) => `(?:${PATTERNS[i]!.source})`).join('|'), 'g'), rules, offsets };
    combined.set(mask, c);
  }
  return c;
}

/** The rules with one of their literals in `found`, as a bit per rule; all without `found`. */
function rulesFor(found: ReadonlySet<string> | undefined): number {
  if (!found) return ALL_RULES;
  let mask = 0;
  RULE_LITERALS.forEach((lits, i) => {
    if (lits.some((l) => found.has(l))) mask |= 1 << i;
  });
  return mask;
}

const ALLOW_COMMENT = 'readiness:allow-secret';

/** Values that are examples, not secrets. */
const PLACEHOLDER_WORDS = /example|x{4,}|change[-_ ]?me|^\$[A-Za-z_]|\{\{|placeholder|dummy|redacted|your[-_]|^\*+$|^(?:null|none|undefined|true|false)$/i;

// "<…>" and "${…}" found with indexOf: as regexes (<[^>]*>) they rescan from every "<".
export function isPlaceholder(value: string): boolean {
  const lt = value.indexOf('<');
  if (lt !== -1 && value.lastIndexOf('>') > lt) return true;
  const dollar = value.indexOf('${');
  if (dollar !== -1 && value.lastIndexOf('}') > dollar + 1) return true;
  return PLACEHOLDER_WORDS.test(value);
}

/** Values in code that are references, not literals: env look-ups, attribute paths, calls. */
const REFERENCE = /^(?:process\.env|os\.environ|os\.getenv|env\(|ENV\[|System\.getenv|getenv|config\.|settings\.|self\.|this\.|params\.|args\.|props\.|options\.|secrets\.|vars\.)/;

const CODE_EXTENSIONS = /\.(?:[cm]?[jt]sx?|py|rb|go|java|kt|kts|scala|cs|php|rs|swift|c|cc|cpp|h|hpp|m|dart|lua|pl|sh|bash|zsh|ps1|vue|svelte)$/i;
/**
 * Where the generic rule does not look: generated files (source maps, minified bundles), vendored and
 * bundled code (a committed vendor/, yarn's own release and plugin bundles, the PnP loader), prose
 * (documentation shows example credentials), and examples, fixtures and tests. The rules for
 * known token formats still apply there.
 */
const NO_GENERIC = /\.(?:map|md|markdown|rst|txt|adoc)$|\.min\.[cm]?js$|(^|\/)vendor\/|(^|\/)\.yarn\/(?:releases|plugins|sdks)\/|(^|\/)\.pnp\.c?js$|(^|\/)(?:examples?|samples?|fixtures?|__fixtures__|testdata|tests?|spec|__tests__|__mocks__)\/|[.-](?:example|examples|sample|spec|test)\.[^/]*$|\.(?:example|sample|template|dist|tpl)$/i;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function shannonEntropy(value: string): number {
  const counts = new Map<string, number>();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / value.length;
    h -= p * Math.log2(p);
  }
  return h;
}

/**
 * Whether a value assigned to a password/secret/token name looks like a credential rather than a
 * word, an identifier or a reference: letters and digits mixed, and enough entropy. Plain words
 * ("NextToken"), dotted paths (config.api.key) and environment look-ups are not secrets.
 */
export function looksGenerated(value: string): boolean {
  if (REFERENCE.test(value) || /^[A-Za-z_$][\w$]*(?:\.[\w$]+)+$/.test(value)) return false;
  // Identifiers that are not secrets: ARNs, URLs, UUIDs (request ids), file paths.
  if (/^(?:arn:|https?:\/\/|\.{0,2}\/)/.test(value) || UUID.test(value)) return false;
  if (!/[A-Za-z]/.test(value) || !/\d/.test(value)) return false;
  return shannonEntropy(value) >= 3;
}

export function fingerprint(rule: string, value: string): string {
  // Loaded on the first finding, not with the scan worker: node:crypto brings about twenty of
  // Node's internal modules, a third of a worker's start-up, and most scans find nothing. (A
  // built-in module is part of Node, so loading it late cannot fail as a file of dist/ could.)
  return process.getBuiltinModule('node:crypto').createHash('sha256').update(`${rule}\0${value}`).digest('hex').slice(0, 12);
}

export interface SecretHit {
  rule: string;
  line: number;
  value: string;
  fingerprint: string;
}

function isDotenv(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return /^\.env(?:\..+)?$/.test(name) && !/\.(?:example|sample|template|dist|defaults|schema|tpl)$/i.test(name);
}


/** Whether the line holding `index` carries the allow comment; each line is searched once. */
function allowedLine(text: string, index: number, cache: { start: number; end: number; allowed: boolean }): boolean {
  if (index < cache.start || index > cache.end) {
    cache.start = text.lastIndexOf('\n', index - 1) + 1;
    const end = text.indexOf('\n', index);
    cache.end = end === -1 ? text.length : end;
    cache.allowed = text.slice(cache.start, cache.end).includes(ALLOW_COMMENT);
  }
  return cache.allowed;
}

const WHITESPACE = /\s/;

/** `value` without a trailing comment (`\s+#.*$`), found in one pass. */
function withoutComment(value: string): string {
  for (let j = value.indexOf('#', 1); j !== -1; j = value.indexOf('#', j + 1)) {
    if (!WHITESPACE.test(value[j - 1]!)) continue;
    let start = j - 1;
    while (start > 0 && WHITESPACE.test(value[start - 1]!)) start--;
    return value.slice(0, start);
  }
  return value;
}

const DOTENV_NAME = /^\s*(?:export\s+)?[A-Za-z_][A-Za-z0-9_.]*\s*=/;
const LINE_BREAK = /[\r\u2028\u2029]/;

const SPECIFIC = PATTERNS.slice(0, -1).map((p) => new RegExp(p.source));

/**
 * Secrets in one file's text; pure, for tests. `found`: the rules' literals the file holds (see
 * LiteralSet.occurring), when known; only the rules with one of them search the file.
 */
export function findSecrets(path: string, text: string, found?: ReadonlySet<string>): SecretHit[] {
  const hits: SecretHit[] = [];
  const state = lineCounter(text);
  const noGeneric = NO_GENERIC.test(path) || isDotenv(path);
  const lineCache = { start: 1, end: 0, allowed: false };
  const code = CODE_EXTENSIONS.test(path);
  const mask = rulesFor(found);
  // Reused: the search is synchronous, and starts from 0 on each file.
  const { re, rules, offsets } = combinedFor(mask);
  re.lastIndex = 0;
  for (let m = mask === 0 ? null : re.exec(text); m; m = re.exec(text)) {
    const k = offsets.findIndex((offset, i) => {
      for (let g = offset; g < offset + GROUPS[rules[i]!]!; g++) if (m![g] !== undefined) return true;
      return false;
    });
    const r = k < 0 ? -1 : rules[k]!;
    // A rejected match may hide a real one that starts inside it ("token: ghp_…"): look again
    // one character on.
    const reject = () => {
      re.lastIndex = m!.index + 1;
    };
    if (r < 0) {
      reject();
      continue;
    }
    let rule = RULES[r]!;
    const generic = rule.id === 'generic-secret';
    let value = generic ? m.groups?.value : undefined;
    if (!generic) for (let g = offsets[k]!; g < offsets[k]! + GROUPS[r]! && value === undefined; g++) value = m[g];
    if (!value || isPlaceholder(value) || allowedLine(text, m.index, lineCache)) {
      reject();
      continue;
    }
    if (generic) {
      // In a committed .env file the dotenv finding below covers every value once.
      if (noGeneric) {
        reject();
        continue;
      }
      const quoted = m.groups?.quote !== '';
      // In code, only quoted literals are secrets; unquoted values are expressions.
      if ((code && !quoted) || !looksGenerated(value)) {
        reject();
        continue;
      }
      // A known kind of token assigned to a variable is reported as that kind.
      const specific = SPECIFIC.findIndex((p) => p.test(value));
      if (specific >= 0) rule = RULES[specific]!;
    }
    if (rule.id === 'private-key' && value.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, '').length < 64) {
      reject(); // "…" or a truncated example
      continue;
    }
    if (rule.minEntropy && shannonEntropy(value) < rule.minEntropy) {
      reject();
      continue;
    }
    hits.push({ rule: rule.id, line: lineAt(text, m.index, state), value, fingerprint: fingerprint(rule.id, value) });
  }
  if (isDotenv(path)) {
    // One finding per committed .env file (the file is the problem), with every value in it.
    const values: string[] = [];
    let first = 0;
    text.split('\n').forEach((line, i) => {
      // As /^\s*(?:export\s+)?NAME\s*=\s*(.*?)\s*$/ would, in one pass: a line break other than
      // \n inside the value means no match.
      const kv = DOTENV_NAME.exec(line);
      if (!kv || line.includes(ALLOW_COMMENT)) return;
      const raw = line.slice(kv[0].length).trim();
      if (LINE_BREAK.test(raw)) return;
      const value = withoutComment(raw).replace(/^(['"])(.*)\1$/, '$2');
      if (!value || isPlaceholder(value)) return;
      values.push(value);
      first ||= i + 1;
    });
    if (values.length > 0) hits.push({ rule: 'dotenv', line: first, value: values.join('\n'), fingerprint: fingerprint('dotenv', path) });
  }
  return hits;
}

/**
 * A found value to mask, whatever its length (short ones are masked as whole words, see
 * src/masking.ts); a bare switch (`DEBUG=true`) is a setting, not a secret.
 */
export function maskable(value: string): boolean {
  return value.length > 0 && !/^(?:true|false|yes|no|on|off)$/i.test(value);
}

class SecretScanner implements Scanner {
  hits: (SecretHit & { file: string })[] = [];

  constructor(
    readonly wants: (path: string) => boolean,
    private readonly allowed: (path: string, fp: string) => boolean,
  ) {}

  readonly literals = LITERALS;

  mayMatch(path: string, _bytes: Buffer, found: ReadonlySet<string>): boolean {
    return mayHoldSecret(path, found);
  }

  take(): unknown {
    const hits = this.hits;
    this.hits = [];
    return hits;
  }

  merge(state: unknown): void {
    this.hits.push(...(state as SecretScanner['hits']));
  }

  visit(file: ScannedFile): void {
    for (const hit of findSecrets(file.path, file.text, file.found)) {
      if (!this.allowed(file.path, hit.fingerprint)) this.hits.push({ ...hit, file: file.path });
    }
  }
}

/**
 * Test code and fixtures: a value there is usually made for tests (a JWT test vector, a sample
 * key that TLS tests read from src/test/resources/…/server.key). It is still listed, masked, as a
 * note that reads as a fixture, and does not fail the check; anywhere else it does.
 */
const FIXTURE_PATH = /(^|\/)(?:src\/test\/resources|test-?resources|testdata|fixtures?|__fixtures__|tests?|__tests__|spec)\/|[^/]\.(?:test|spec)\.[^/]+$|[^/]_test\.go$/i;

/** Known live-token formats: one with a random-looking body is a real credential even in a test. */
const LIVE_TOKEN_RULES = new Set(['github-token', 'gitlab-token', 'slack-token', 'slack-webhook', 'stripe-live-key', 'npm-token', 'google-api-key', 'aws-access-key-id', 'aws-secret-access-key']);

/** Bits per character above which a token's body reads as generated, not typed for a test. */
const LIVE_ENTROPY = 4;

export function isFixture(hit: { rule: string; file: string; value: string }): boolean {
  if (!FIXTURE_PATH.test(hit.file)) return false;
  if (!LIVE_TOKEN_RULES.has(hit.rule)) return true;
  // ghp_000…0 or ghp_1234… is a test value; 36 random characters are a token someone can use.
  const body = hit.value.replace(/^(?:gh[pousr]_|github_pat_|gl[a-z]+-|xox[a-z]-|[sr]k_live_|npm_|AIza|AKIA|ASIA|ABIA|ACCA)/, '');
  return shannonEntropy(body) < LIVE_ENTROPY;
}

const TITLES: Record<string, string> = Object.fromEntries([...RULES.map((r) => [r.id, r.title]), ['dotenv', 'committed .env file with values']]);

export const secretsCheck: CheckKind = {
  kind: 'secrets',
  scanner(check) {
    const allow = check.raw.allow ?? [];
    const fingerprints = new Set(allow.filter((a) => /^[0-9a-f]{12}$/.test(a)));
    const paths = matcher(
      allow.filter((a) => !fingerprints.has(a)),
      () => false,
    );
    return new SecretScanner(selection(undefined, check.raw.exclude), (p, fp) => fingerprints.has(fp) || paths(p));
  },
  async execute(ctx) {
    const { pass, scanner } = await ctx.scan.scannerOf<SecretScanner>(ctx.check.id);
    // Registered before any finding, summary or log line exists.
    for (const hit of scanner.hits) {
      for (const part of hit.value.split('\n')) if (maskable(part.trim())) ctx.onSecret?.(part.trim());
    }
    const leaks = scanner.hits.filter((h) => !isFixture(h));
    const fixtures = scanner.hits.filter(isFixture);
    const byRule: Record<string, number> = {};
    for (const hit of leaks) byRule[hit.rule] = (byRule[hit.rule] ?? 0) + 1;
    const findings: Finding[] = [
      ...leaks.map((h): Finding => ({ file: h.file, line: h.line, severity: 'error', rule: h.rule, message: `${TITLES[h.rule] ?? h.rule} (fingerprint ${h.fingerprint})`, fingerprint: h.fingerprint })),
      ...fixtures.map((h): Finding => ({
        file: h.file,
        line: h.line,
        severity: 'note',
        rule: `${h.rule}-fixture`,
        message: `${TITLES[h.rule] ?? h.rule} in test code or fixtures, read as a value made for tests (not scored); make sure it is used nowhere else (fingerprint ${h.fingerprint})`,
        fingerprint: h.fingerprint,
      })),
    ];
    const n = leaks.length;
    const files = new Set(leaks.map((h) => h.file)).size;
    const fixtureNote = fixtures.length > 0 ? `; ${fixtures.length} test fixture${fixtures.length === 1 ? '' : 's'} listed, not scored` : '';
    return builtinOutcome(ctx, pass, {
      status: n === 0 ? 'pass' : 'fail',
      score: n === 0 ? 100 : 0,
      summary: (n === 0 ? `no secrets in ${pass.stats.scanned} files` : `${n} secret${n === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'} (${Object.entries(byRule).map(([r, c]) => `${c} ${r}`).join(', ')})`) + fixtureNote,
      target: '0 secrets',
      metrics: { findings: n, ...byRule, ...(fixtures.length > 0 ? { fixtures: fixtures.length } : {}), ...scanStatsMetrics(pass) },
      findings,
    });
  },
};
