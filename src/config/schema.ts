// The configuration contract (SPEC §2). One zod schema is the source of truth for validation,
// the TypeScript types and the JSON Schema that `readiness schema` prints.
import { z } from 'zod';
// Format names only: the schema loads no reader.
import { AUDIT_FORMATS, BENCHMARK_FORMATS, COVERAGE_FORMATS, COVERAGE_METRICS, SARIF_FORMATS, TESTS_FORMATS } from '../readers/formats.js';
import { WORKFLOW_RULES } from '../checks/workflow-rules.js';

/** Runs kept in the baseline's history (github/baseline.ts HISTORY_LENGTH), the most a window can use. */
const HISTORY_RUNS = 30;

export const DEFAULT_THRESHOLD = 70;
/** How a check in `error` (it could not measure) counts; see docs/scoring.md. */
export const UNMEASURED_POLICIES = ['zero', 'unscored'] as const;
export type UnmeasuredPolicy = (typeof UNMEASURED_POLICIES)[number];
export const DEFAULT_TIMEOUT_SECONDS = 600;
export const DEFAULT_WEIGHT = 1;
export const DEFAULT_CATEGORY = 'quality';
export const DEFAULT_MAX_REPORT_BYTES = 256 * 1024 * 1024;
export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Default categories and weights (SPEC §4); they sum to 100. */
export const DEFAULT_CATEGORIES: Readonly<Record<string, { title: string; weight: number }>> = {
  build: { title: 'Build', weight: 10 },
  tests: { title: 'Tests', weight: 20 },
  coverage: { title: 'Coverage', weight: 15 },
  security: { title: 'Security', weight: 20 },
  dependencies: { title: 'Dependencies', weight: 10 },
  quality: { title: 'Quality', weight: 10 },
  docs: { title: 'Docs', weight: 10 },
  hygiene: { title: 'Hygiene', weight: 5 },
};

/** Ids of checks and categories; the report's schema holds ids from outside to the same rule. */
export const SLUG = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const SIZE = /^\s*\d+(\.\d+)?\s*([KMG]i?B|B)?\s*$/i;

/** "256MiB" → bytes; KB/MB/GB are decimal, KiB/MiB/GiB binary. */
export function parseSize(value: number | string): number {
  if (typeof value === 'number') return value;
  const m = /^\s*(\d+(?:\.\d+)?)\s*([KMG]?)(i?)B?\s*$/i.exec(value);
  if (!m) return NaN;
  const power = { '': 0, K: 1, M: 2, G: 3 }[m[2]!.toUpperCase() as '' | 'K' | 'M' | 'G'];
  return Math.round(Number(m[1]) * (m[3] ? 1024 : 1000) ** power);
}

const slug = z
  .string()
  .regex(SLUG, { error: 'expected a slug (letters, digits, "-", "_", "."; starting with a letter or digit)' })
  .describe('Letters, digits, "-", "_" and "."; starts with a letter or digit.');

const waiveSchema = z
  .strictObject({
    reason: z.string().trim().min(1).describe('Why the check is waived; shown in the summary.'),
    until: z.iso.date().optional().describe('Last day (YYYY-MM-DD, UTC) the waiver holds; after it the waiver is ignored.'),
  })
  .describe('Keep running and showing the check, but leave it out of the score and the gate.');

const envSchema = z
  .record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, { error: 'expected an environment variable name' }), z.union([z.string(), z.number(), z.boolean()]))
  .describe('Environment variables added to the command\'s environment.');

const reportsSchema = z
  .union([z.string().min(1), z.array(z.string().min(1)).min(1)])
  .describe('Report file(s): a path or glob, or a list, relative to the working directory. Without it the reader reads the stdout of `run`.');

const percent = z.number().min(0).max(100);
/** Weights are bounded so that no sum of them can overflow to Infinity and make the score NaN. */
export const MAX_WEIGHT = 1_000_000;
const weight = z.number().min(0).max(MAX_WEIGHT);
/** The longest time limit Node's timers can hold (2^31 − 1 ms), in whole seconds. */
export const MAX_TIMEOUT_SECONDS = 2_147_483;
const count = z.int().min(0);
const levels = <const L extends string>(names: readonly L[], what: string) =>
  z.strictObject(Object.fromEntries(names.map((n) => [n, count.optional()])) as Record<L, z.ZodOptional<typeof count>>).describe(what);

const SARIF_LEVELS = ['error', 'warning', 'note'] as const;
const AUDIT_SEVERITIES = ['critical', 'high', 'moderate', 'low', 'unknown'] as const;

const quarantineSchema = z
  .strictObject({
    id: z.string().min(1).optional().describe('A test id as the report shows it: suite › classname › name.'),
    glob: z.string().min(1).optional().describe('Matches ids: "*" any text, "?" one character; brackets are literal.'),
    reason: z.string().trim().min(1).describe('Why the test is quarantined; shown in the summary.'),
  })
  .refine((e) => (e.id === undefined) !== (e.glob === undefined), { error: 'expected either "id" or "glob" (one of them)' })
  .describe('A quarantined test (or tests, by glob), with the reason.');

const testsSchema = z
  .strictObject({
    reports: reportsSchema.optional(),
    format: z.enum(TESTS_FORMATS).optional().describe('junit (any producer; several documents in one file are summed), jest-json (jest --json, vitest json reporter), libtest (cargo test output), go-test-json (go test -json) or tap (TAP 13/14: ava --tap, node-tap). Detected from the content when left out.'),
    'min-pass-rate': percent.optional().describe('Passed share of the tests that ran, in percent, below which the check fails (default 100).'),
    quarantine: z.array(quarantineSchema).optional().describe('Tests reported but kept out of the pass rate and of no-new-test-failures.'),
  })
  .describe('Test results from JUnit XML, jest/vitest JSON, cargo test output, go test -json or TAP.');

const coverageSchema = z
  .strictObject({
    reports: reportsSchema.optional(),
    format: z.enum(COVERAGE_FORMATS).optional().describe('Detected from the content when left out.'),
    metric: z.enum(COVERAGE_METRICS).optional().describe('The scored metric (default lines; statements when the format has no lines).'),
    min: percent.optional().describe('Percent at or below which the check fails and scores 0 (default 0).'),
    target: percent.optional().describe('Percent at or above which the check passes and scores 100 (default 80).'),
  })
  .describe('Code coverage: LCOV, Cobertura, JaCoCo, Clover, istanbul JSON or Go coverprofile.');

const sarifSchema = z
  .strictObject({
    reports: reportsSchema.optional(),
    format: z.enum(SARIF_FORMATS).optional().describe('sarif (SARIF 2.1.0), cargo-json (cargo clippy --message-format=json), flake8 (its default text format) or mypy (its text output). SARIF or cargo JSON is detected from the content when left out; flake8 and mypy must be named.'),
    max: levels(SARIF_LEVELS, 'Count per level at which the check fails; 0 means none allowed.').optional(),
    target: levels(SARIF_LEVELS, 'Count per level at or below which it passes.').optional(),
  })
  .describe('Static analysis results: SARIF 2.1.0, cargo clippy JSON, flake8 or mypy output.');

const auditSchema = z
  .strictObject({
    reports: reportsSchema.optional(),
    format: z.enum(AUDIT_FORMATS).optional().describe('Detected from the content when left out.'),
    max: levels(AUDIT_SEVERITIES, 'Advisories per severity at which the check fails; 0 means none allowed.').optional(),
    target: levels(AUDIT_SEVERITIES, 'Advisories per severity at or below which it passes.').optional(),
  })
  .describe('Dependency audit: npm, yarn, yarn berry, pnpm, pip-audit, cargo-audit, osv-scanner or Trivy JSON.');

const metricSchema = z
  .strictObject({
    reports: reportsSchema.optional(),
    pattern: z.string().min(1).optional().describe('Regular expression; its first group is the number.'),
    json: z.string().min(1).optional().describe('Dot path into JSON output, e.g. "total.ms" or "results[0].value".'),
    min: z.number().optional().describe('Higher is better: at or below min the check fails.'),
    max: z.number().optional().describe('Lower is better: at or above max the check fails.'),
    target: z.number().optional().describe('At or beyond the target the check passes.'),
    unit: z.string().max(20).optional().describe('Shown after the number, e.g. "ms" or "KiB".'),
  })
  .describe('A number from a command\'s output.');

const benchmarkSchema = z
  .strictObject({
    reports: reportsSchema.optional(),
    format: z.enum(BENCHMARK_FORMATS).optional().describe('hyperfine (--export-json), go-bench (go test -bench text), criterion (new/sample.json, estimates.json or raw.csv), pytest-benchmark (--benchmark-json), google-benchmark (JSON), bmf (Bencher Metric Format) or github-action-benchmark (custom JSON). Detected from the content when left out.'),
    repeat: z.int().min(1).max(100).optional().describe('Runs of `run`, each read for samples (default 1).'),
    window: z.int().min(1).max(HISTORY_RUNS).optional().describe('Earlier runs of the baseline\'s history whose samples form the baseline distribution (default 20).'),
    'min-samples': z.int().min(2).optional().describe('Fewer samples than this on either side: inconclusive (default 5).'),
    noise: z.number().min(0).max(1000).optional().describe('Percent change the whole confidence interval must pass to count as a regression or improvement (default 5).'),
    significance: z.number().gt(0).lt(1).optional().describe('p-value below which a difference is significant (default 0.01).'),
    test: z.enum(['u', 'welch']).optional().describe('u: Mann-Whitney U (default); welch: Welch\'s t-test.'),
    confirm: z.boolean().optional().describe('Rerun once a benchmark that looks regressed; it regresses only if the rerun says so too.'),
    gate: z.enum(['regressed']).optional().describe('regressed: a regression fails the gate, as a required check; by default it is reported and scored only.'),
    ignore: z.array(z.strictObject({ name: z.string().min(1).describe('Benchmark name (as the table shows it); a glob matches several.'), reason: z.string().trim().min(1).describe('Why it is ignored; shown in the summary.') })).optional().describe('Benchmarks shown but not judged.'),
    min: z.number().optional().describe('Throughput: a median at or below min (ops/s or B/s) fails.'),
    max: z.number().optional().describe('Time: a median at or above max (seconds) fails.'),
    target: z.number().optional().describe('With min or max: the median at or beyond which it passes.'),
  })
  .describe('Benchmarks decided by statistics against the baseline\'s samples.');

export const BUILTINS = ['conflict-markers', 'secrets', 'files', 'git', 'patterns', 'checklist', 'dockerfile', 'workflows'] as const;
export type BuiltinName = (typeof BUILTINS)[number];

const globs = z.union([z.string().min(1), z.array(z.string().min(1))]);
const size = z.union([z.int().min(1), z.string().regex(SIZE, { error: 'expected a size such as 5MiB, 10 MB or 1048576' })]);

const patternSchema = z.strictObject({
  id: slug.describe('Metric key for this pattern.'),
  regex: z.string().min(1).describe('JavaScript regular expression, matched line by line; every match counts.'),
  files: globs.optional().describe('Globs of the files to search (default: all). A glob without "/" matches names at any depth.'),
  exclude: globs.optional().describe('Globs of files to leave out.'),
  max: count.optional().describe('Count at which the check fails; 0 means none allowed.'),
  target: count.optional().describe('Count at or below which it passes.'),
  flags: z.string().regex(/^[imsu]*$/, { error: 'expected regex flags from i, m, s, u' }).optional().describe('Regex flags, e.g. "i".'),
});

const workflowRuleCounts = levels(WORKFLOW_RULES, 'Findings per workflows rule.');

/** Options of the built-in scans; each belongs to the builtins listed in BUILTIN_OPTIONS. */
const builtinShape = {
  builtin: z.enum(BUILTINS).optional().describe('A built-in scan that needs no tool.'),
  exclude: globs.optional().describe('conflict-markers, secrets, dockerfile, workflows: globs of files to leave out.'),
  allow: z.array(z.string().min(1)).optional().describe('secrets: paths, globs or finding fingerprints to allow.'),
  require: z.array(z.string().min(1)).optional().describe('files: more required files (paths or globs), or default items by name.'),
  optional: z.array(z.string().min(1)).optional().describe('files: default items not required (readme, license, security, contributing, changelog, codeowners, workflow, dependency-updates, gitignore).'),
  sections: z.array(z.string().min(1)).optional().describe('files: headings the README must have, e.g. Install, Usage.'),
  window: z.int().min(1).optional().describe('git: how many recent commits to check for Conventional Commit subjects (default 50).'),
  target: z
    .union([percent, workflowRuleCounts])
    .optional()
    .describe('git: Conventional Commit share to reach (default 80); checklist: percent of items done (default 100); workflows: findings per rule at or below which it passes.'),
  max: workflowRuleCounts.optional().describe('workflows: findings per rule at which the check fails; 0 means none allowed.'),
  'trusted-actions': z.array(z.string().min(1)).optional().describe('workflows: actions trusted at a tag, as owner/repo globs (e.g. "actions/*"); off by default.'),
  'max-file-size': size.optional().describe('git: tracked files over this size are flagged (default: the top-level max-file-size, 5 MiB).'),
  patterns: z.array(patternSchema).min(1).optional().describe('patterns: the regular expressions to count.'),
  files: globs.optional().describe('checklist: Markdown files with task lists.'),
};

export const BUILTIN_OPTIONS: Record<BuiltinName, readonly (keyof typeof builtinShape)[]> = {
  'conflict-markers': ['exclude'],
  secrets: ['exclude', 'allow'],
  files: ['require', 'optional', 'sections'],
  git: ['window', 'target', 'max-file-size'],
  patterns: ['patterns'],
  checklist: ['files', 'target'],
  dockerfile: ['exclude'],
  workflows: ['exclude', 'trusted-actions', 'max', 'target'],
};

/** Keys every check may carry, whatever its kind. */
const commonCheckShape = {
  id: slug.describe('Unique id of the check.'),
  title: z.string().min(1).optional().describe('Display name; defaults to the id.'),
  category: slug.optional().describe('Category id; defaults to "quality".'),
  weight: weight.optional().describe('Weight inside its category (default 1).'),
  required: z.boolean().optional().describe('A blocker: if it does not pass, the gate fails whatever the score.'),
  needs: z.array(slug).optional().describe('Ids of checks that must pass before this one runs.'),
  after: z.array(slug).optional().describe('Ids of checks to run before this one, whatever their result (a report they write).'),
  timeout: z
    .number()
    .positive()
    // Node's timers hold 32 bits of milliseconds; a longer one would fire at once.
    .max(MAX_TIMEOUT_SECONDS)
    .optional()
    .describe('Seconds before the command\'s whole process tree is killed (default 600).'),
  'working-directory': z.string().min(1).optional().describe('Directory to run in, relative to the workspace.'),
  env: envSchema.optional(),
  waive: waiveSchema.optional(),
  run: z.string().trim().min(1).optional().describe('Shell command. Alone, the check passes when it exits 0.'),
  note: z.string().trim().min(1).max(300).optional().describe('Shown after the result, e.g. why a test script\'s totals were not read.'),
  requires: z
    .array(z.string().regex(/^[A-Za-z0-9_.+-]+$/, { error: 'expected a command name' }))
    .optional()
    .describe('Commands the check needs on PATH; when one is missing the check is skipped as "not installed".'),
  tests: testsSchema.optional(),
  coverage: coverageSchema.optional(),
  sarif: sarifSchema.optional(),
  audit: auditSchema.optional(),
  metric: metricSchema.optional(),
  benchmark: benchmarkSchema.optional(),
  'enforce-after': z.iso
    .date()
    .optional()
    .describe('Phase the check in: through this day (YYYY-MM-DD, UTC) it is reported and annotated but neither scores nor gates; from the next day it counts.'),
  off: z.literal(true).optional().describe('With `extends`: remove the check of this id that a preset gives.'),
  ...builtinShape,
};

export const checkSchema = z.strictObject(commonCheckShape).describe('One check.');

export const categorySchema = z.strictObject({
  title: z.string().min(1).optional(),
  weight: weight.describe('Share of the overall score, relative to the other categories.'),
});

/** A rung of the rubric (docs/configuration.md#presets-and-levels): what must pass to reach it. */
export const levelSchema = z
  .strictObject({
    id: slug.describe('Level id, e.g. deployable; `min-level` and the `level` output name it.'),
    title: z.string().min(1).optional().describe('Display name; defaults to the id.'),
    checks: z.array(slug).optional().describe('Ids of checks that must pass.'),
    categories: z.array(slug).optional().describe('Categories whose every check must pass.'),
    required: z.literal(true).optional().describe('Every check marked `required` must pass.'),
    all: z.literal(true).optional().describe('Every check must pass.'),
  })
  .describe('A level: reached when these pass, and every level before it is reached.');

export const configSchema = z
  .strictObject({
    $schema: z.string().optional().describe('Ignored; lets editors find this schema.'),
    extends: z
      .array(z.string().min(1))
      .optional()
      .describe('Presets this config builds on, in order (later wins, this file last): built-in ones (readiness:recommended, readiness:node, readiness:python, readiness:go, readiness:rust, readiness:java, readiness:security) or a YAML file path relative to this file.'),
    levels: z.array(levelSchema).optional().describe('The rubric\'s levels, lowest first.'),
    'min-level': slug.optional().describe('The gate fails unless this level is reached (beside the threshold).'),
    threshold: z.number().min(0).max(100).optional().describe('Pass mark 0–100 (default 70).'),
    concurrency: z.int().min(1).optional().describe('Checks run at once (default: available CPUs).'),
    'max-report-size': z
      .union([z.int().min(1), z.string().regex(SIZE, { error: 'expected a size such as 256MiB, 10 MB or 1048576' })])
      .optional()
      .describe('Largest report file a reader accepts (default 256 MiB); bytes, or a number with KB/KiB/MB/MiB/GB/GiB.'),
    'max-file-size': z
      .union([z.int().min(1), z.string().regex(SIZE, { error: 'expected a size such as 5MiB, 10 MB or 1048576' })])
      .optional()
      .describe('Built-in scans skip (and count) files larger than this (default 5 MiB).'),
    unmeasured: z
      .enum(UNMEASURED_POLICIES)
      .optional()
      .describe('How checks that could not measure (status error) count: zero (default; a check never raises the score by breaking) or unscored (left out of the score, like skipped).'),
    'max-drop': z.number().min(0).max(100).optional().describe('Ratchet: fail when the score is more than this many points below the baseline\'s (unset: the baseline is informational).'),
    'no-new-failures': z.boolean().optional().describe('Ratchet: fail when a check that passed in the baseline now fails or errors.'),
    'no-new-test-failures': z.boolean().optional().describe('Ratchet: fail when a test that passed or was absent in the baseline now fails (tests already failing there do not fail the gate).'),
    categories: z.record(slug, categorySchema).optional().describe('Add categories or change the default titles and weights.'),
    'new-code': z
      .strictObject({
        coverage: z.number().min(0).max(100).optional().describe('Minimum patch coverage % (covered / executable changed lines); the input new-code-coverage overrides it.'),
        'max-findings': z.int().min(0).optional().describe('Most new findings allowed on a pull request; the input new-code-max-findings overrides it.'),
        'max-fetch-depth': z.int().min(1).optional().describe('Most commits fetched on each side to find the merge-base of a shallow checkout (default 1000).'),
      })
      .optional()
      .describe('The pull-request gate on new code (SPEC §5a); unset conditions are informational.'),
    checks: z.array(checkSchema).optional().describe('The checks to run (required without `extends`).'),
  })
  .describe('Readiness Scorecard configuration');

export type RawConfig = z.infer<typeof configSchema>;
export type RawCheck = z.infer<typeof checkSchema>;

/** The keys a check object may carry, for "did you mean" hints. */
export const CHECK_KEYS: readonly string[] = Object.keys(checkSchema.shape);
export const CONFIG_KEYS: readonly string[] = Object.keys(configSchema.shape);

/** Check keys that attach a reader; a check has at most one of these or `builtin`. */
export const READER_KEYS: readonly string[] = ['tests', 'coverage', 'sarif', 'audit', 'metric', 'benchmark'];

/** The reader keys and `builtin` present on a (possibly invalid) check object. */
export function checkKindKeys(check: Record<string, unknown>): string[] {
  const keys = READER_KEYS.filter((k) => check[k] !== undefined);
  if (check.builtin !== undefined) keys.push('builtin');
  return keys;
}

/** The kind of a valid check: its reader key, its builtin name, or undefined for a bare `run`. */
export function checkKind(check: Record<string, unknown>): string | undefined {
  const reader = READER_KEYS.find((k) => check[k] !== undefined);
  if (reader) return reader;
  return typeof check.builtin === 'string' ? check.builtin : undefined;
}

/** Keys of the object schema at a config path, for unknown-key messages. */
export function allowedKeysAt(path: readonly (string | number)[]): readonly string[] | undefined {
  let schema: z.ZodType = configSchema;
  const unwrap = (s: z.ZodType): z.ZodType => {
    let cur = s;
    while (cur instanceof z.ZodOptional || cur instanceof z.ZodDefault || cur instanceof z.ZodNullable) cur = cur.unwrap() as z.ZodType;
    return cur;
  };
  for (const seg of path) {
    schema = unwrap(schema);
    if (schema instanceof z.ZodObject) {
      const next = (schema.shape as Record<string, z.ZodType>)[String(seg)];
      if (!next) return undefined;
      schema = next;
    } else if (schema instanceof z.ZodArray) schema = schema.element as z.ZodType;
    else if (schema instanceof z.ZodRecord) schema = schema.valueType as z.ZodType;
    else return undefined;
  }
  schema = unwrap(schema);
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : undefined;
}

export function configJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(configSchema, { target: 'draft-7', io: 'input' }) as Record<string, unknown>;
  return { ...schema, title: 'Readiness Scorecard configuration' };
}
