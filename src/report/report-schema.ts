// The JSON report's shape as a zod schema: what `merge` and a baseline file are checked against
// before anything in them is used. A report from outside is data from another run, maybe
// tampered with: ids that could carry workflow commands, scores of 1e9, negative weights and
// unknown statuses are refused with the field named. The type assertions at the bottom keep this
// schema and the Report type in src/types.ts the same shape.
import { z } from 'zod';
import { MAX_WEIGHT, SLUG } from '../config/schema.js';
import { REPORT_SCHEMA_VERSION, type Report } from '../types.js';

export { REPORT_SCHEMA_VERSION };

export const slug = z.string().max(200).regex(SLUG, { error: 'expected a slug (letters, digits, "-", "_", "."; starting with a letter or digit)' });
const score = z.number().min(0).max(100);
const weight = z.number().min(0).max(MAX_WEIGHT);
const count = z.number().int().min(0);
const status = z.enum(['pass', 'warn', 'fail', 'error', 'skipped', 'waived']);
const text = z.string().max(1_000_000);
// Fields that are not free text are held to their form: a report from outside (a fork's artifact,
// a shard, a baseline) cannot put markup where a version, a date, a SHA or a signal goes.
const toolName = z.string().regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, { error: 'expected a tool name (lower-case letters, digits, ".", "_", "-")' });
const version = z.string().regex(/^\d{1,9}\.\d{1,9}\.\d{1,9}(?:-[0-9A-Za-z.-]{1,64})?(?:\+[0-9A-Za-z.-]{1,64})?$/, { error: 'expected a version (1.2.3)' });
/** A run's time, or '' when none was known. */
const when = z.union([z.literal(''), z.iso.datetime({ offset: true }), z.iso.date()], { error: 'expected an ISO 8601 date or time' });
/** A commit, or '' when none was known. */
const sha = z.string().regex(/^[0-9a-f]{0,64}$/i, { error: 'expected a commit SHA (hex)' });
const signalName = z.string().regex(/^SIG[A-Z0-9]{1,12}$/, { error: 'expected a signal name (SIGTERM)' });

const finding = z.object({
  file: text.optional(),
  line: count.optional(),
  column: count.optional(),
  severity: z.enum(['error', 'warning', 'note']),
  rule: text,
  message: text,
  fingerprint: text.optional(),
  new: z.boolean().optional(),
  runWide: z.boolean().optional(),
});

const evidence = z.object({
  command: text.optional(),
  workingDirectory: text,
  exitCode: z.number().int().nullable().optional(),
  signal: signalName.nullable().optional(),
  durationMs: z.number().min(0),
  outputTail: text.optional(),
  outputTruncated: z.boolean().optional(),
  sources: z.array(text),
  note: text.optional(),
  timedOn: slug.optional(),
  why: z.array(text).optional(),
});

const waiver = z.object({
  reason: text,
  until: z.iso.date({ error: 'expected a date (YYYY-MM-DD)' }).optional(),
  state: z.enum(['active', 'expired']),
  measuredStatus: status,
  measuredScore: score.optional(),
});

const digest = z.string().max(1_000_000).regex(/^(?:[0-9a-f]{8})*$/, { error: 'expected 8-hex-digit test id hashes' });
const testRef = z.object({
  id: text,
  outcome: z.enum(['passed', 'failed', 'errored', 'skipped', 'flaky']),
  message: text.optional(),
  file: text.optional(),
  line: count.optional(),
});
/** A tests check's tests by id; a baseline file carries it too. */
export const testRecord = z.object({
  failing: z.array(testRef).max(10_000),
  flaky: z.array(testRef).max(10_000),
  quarantined: z.array(testRef.extend({ reason: text })).max(10_000),
  cut: count,
  digest: z.object({ failing: digest, flaky: digest, all: digest }),
  complete: z.boolean(),
  unrun: z.array(text).max(10_000).optional(),
  interrupted: z.boolean().optional(),
  unmatchedQuarantine: z.array(text).max(10_000).optional(),
});

const check = z.object({
  id: slug,
  title: text,
  kind: slug,
  category: slug,
  weight,
  required: z.boolean(),
  status,
  score: score.optional(),
  summary: text,
  target: text.optional(),
  metrics: z.record(z.string(), z.unknown()),
  findings: z.array(finding),
  evidence,
  waiver: waiver.optional(),
  enforcement: z.object({ after: z.iso.date(), from: z.iso.date(), state: z.enum(['pending', 'enforced']) }).optional(),
  origin: text.optional(),
  tests: testRecord.optional(),
});

const counted = <T extends z.ZodType>(item: T) => z.object({ count, tests: z.array(item).max(10_000) });
const regressions = z.object({
  id: slug,
  title: text,
  status: z.enum(['compared', 'no-baseline-ids']),
  reason: text.optional(),
  newlyFailing: counted(testRef.extend({ inBaseline: z.boolean() })),
  stillFailing: counted(testRef),
  fixed: counted(testRef),
  newlyFlaky: counted(testRef),
  removed: counted(testRef),
  notRun: counted(testRef).optional(),
  unknown: count,
  quarantined: z.array(testRef.extend({ reason: text })),
  waived: z.boolean().optional(),
});

const levels = z.object({
  reached: slug.nullable(),
  next: slug.nullable(),
  levels: z.array(
    z.object({
      id: slug,
      title: text,
      met: z.boolean(),
      missing: z.array(z.object({ id: slug, title: text, category: z.union([slug, z.literal('')]), status: z.union([status, z.literal('not-run')]) })),
      emptyCategories: z.array(slug),
      cells: z.record(slug, z.enum(['pass', 'fail'])),
      rule: z.object({ checks: z.array(slug), categories: z.array(slug), required: z.boolean(), all: z.boolean() }).optional(),
    }),
  ),
  minLevel: slug.optional(),
  minLevelMet: z.boolean().optional(),
});

const category = z.object({ id: slug, title: text, weight, score, points: score, maxPoints: score });

const baseline = z.object({
  status: z.enum(['compared', 'none', 'unavailable', 'error']),
  reason: text.optional(),
  branch: text.optional(),
  previous: z
    .object({ score: score.nullable(), grade: z.string().regex(/^[A-F]$/, { error: 'expected a grade (A to F)' }).nullable(), sha, date: when, runId: z.string().regex(/^\d{0,20}$/, { error: 'expected a run id (digits)' }) })
    .optional(),
  delta: z.number().min(-100).max(100).nullable().optional(),
  changes: z.array(z.object({ id: slug, title: text, before: status.nullable(), after: status.nullable() })).optional(),
  trend: z.array(score.nullable()).optional(),
  source: z.enum(['cache', 'file']).optional(),
  mergeBase: text.optional(),
  behind: count.optional(),
  history: z
    .array(
      z.object({
        score: score.nullable(),
        sha,
        date: when,
        threshold: score.optional(),
        metrics: z.record(z.string(), z.number()).optional(),
        benchmarks: z.record(z.string(), z.record(z.string(), z.array(z.number()))).optional(),
      }),
    )
    .optional(),
  saved: text.optional(),
  tests: z.array(regressions).optional(),
});

const ratchet = z.object({
  maxDrop: z.number().min(0).max(100).optional(),
  noNewFailures: z.boolean().optional(),
  noNewTestFailures: z.boolean().optional(),
  status: z.enum(['passed', 'failed', 'no-baseline']),
  reasons: z.array(text),
});

const newCode = z.object({
  base: text.nullable(),
  head: text.nullable(),
  mergeBase: text.nullable(),
  source: z.enum(['git', 'api', 'none']),
  reason: text.optional(),
  how: z.array(text),
  changedFiles: count,
  changedLines: count,
  findings: z.object({ total: count, byCheck: z.record(z.string(), count), partial: z.boolean() }),
  coverage: z
    .object({
      covered: count,
      total: count,
      pct: score.nullable(),
      uncovered: z.array(z.object({ file: text, lines: text })),
      unreported: count,
    })
    .nullable(),
  score: score.nullable(),
  passed: z.boolean(),
  conditions: z.array(
    z.object({ id: z.enum(['coverage', 'max-findings', 'max-errors']), limit: z.number().min(0), actual: z.number().min(0).nullable(), passed: z.boolean(), reason: text.optional(), default: z.boolean().optional() }),
  ),
  checks: z.array(
    z.object({
      id: slug,
      title: text,
      newFindings: count,
      partial: z.boolean().optional(),
      coverage: z.object({ covered: count, total: count, pct: score.nullable() }).optional(),
      score: score.optional(),
      status: z.enum(['pass', 'warn', 'fail']).optional(),
    }),
  ),
});

export const reportSchema = z.object({
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION, { error: `expected report schemaVersion ${REPORT_SCHEMA_VERSION}` }),
  tool: z.object({ name: toolName, version }),
  score: score.nullable(),
  grade: z.enum(['A', 'B', 'C', 'D', 'F']).nullable(),
  threshold: score,
  passed: z.boolean(),
  blockers: z.array(slug),
  gateReason: text,
  categories: z.array(category),
  omittedCategories: z.array(z.object({ id: slug, title: text, weight, reason: text })),
  improvements: z.array(z.object({ id: slug, title: text, status, pointsLost: score })),
  checks: z.array(check),
  config: z.object({
    path: text.nullable(),
    source: z.enum(['file', 'detected', 'merged', 'none']),
    errors: z.array(text),
    detected: z
      .object({
        reasons: z.array(text),
        yaml: text,
        suggestions: z.array(z.object({ id: text, run: text, origin: text, why: text })).optional(),
        leftOut: z.array(z.object({ origin: text, command: text, reason: text })).optional(),
      })
      .optional(),
    merged: z.array(text).optional(),
    ratchet: z.object({ maxDrop: z.number().min(0).max(100).optional(), noNewFailures: z.boolean().optional(), noNewTestFailures: z.boolean().optional() }).optional(),
    presets: z.array(text).optional(),
  }),
  warnings: z.array(text),
  cancelled: z.boolean(),
  unmeasured: z.enum(['zero', 'unscored']).optional(),
  baseline: baseline.optional(),
  newCode: newCode.optional(),
  ratchet: ratchet.optional(),
  levels: levels.optional(),
  startedAt: z.iso.datetime({ offset: true }),
  durationMs: z.number().min(0),
});

/** Checks a parsed JSON value against the report's shape; the problems name each field. */
export function validateReport(value: unknown): { report: Report } | { problems: string[] } {
  const version = value !== null && typeof value === 'object' ? (value as { schemaVersion?: unknown }).schemaVersion : undefined;
  if (version !== REPORT_SCHEMA_VERSION) {
    return { problems: [`schemaVersion: expected ${REPORT_SCHEMA_VERSION}, found ${JSON.stringify(version) ?? 'none'}`] };
  }
  const parsed = reportSchema.safeParse(value);
  if (parsed.success) return { report: parsed.data };
  return {
    problems: parsed.error.issues.slice(0, 10).map((issue) => {
      // A key is the file's text: quoted (JSON escapes its control characters) unless plain.
      const key = (p: PropertyKey) => (/^[\w-]{1,64}$/.test(String(p)) ? String(p) : JSON.stringify(String(p).slice(0, 64)));
      const where = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${key(p)}`)).join('').replace(/^\./, '');
      return `${where || '(the report)'}: ${issue.message}`;
    }),
  };
}

// The schema and the Report type must describe the same thing (a compile error otherwise).
type Parsed = z.infer<typeof reportSchema>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Optional keys made required at every depth, so a key missing on one side is a difference too. */
type AllKeys<T> = T extends readonly (infer U)[] ? AllKeys<U>[] : T extends object ? { [K in keyof T]-?: AllKeys<T[K]> } : T;
const sameShape: Same<AllKeys<Omit<Parsed, 'schemaVersion'>>, AllKeys<Omit<Report, 'schemaVersion'>>> = true;
void sameShape;
