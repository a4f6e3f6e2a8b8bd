// A baseline from a file (`baseline-path`, CLI `--baseline`): a JSON report of an earlier run, or
// a saved baseline. The file comes from outside (a downloaded artifact), so only the fields read
// are taken, each validated; anything else in it is ignored.
import { z } from 'zod';
import type { BaselineFile } from './baseline.js';
import { HISTORY_LENGTH, MAX_BASELINE_CHECKS, MAX_HISTORY_SAMPLES, historyEntry } from './baseline.js';
import type { Report } from '../types.js';
import { BoundedFileError, readBoundedFile } from '../run/bounded-file.js';
import { slug, testRecord } from '../report/report-schema.js';

/** Larger than any report the scorecard writes for a real repository, small enough to read at once. */
const MAX_BYTES = 64 * 1024 * 1024;

const status = z.enum(['pass', 'warn', 'fail', 'error', 'skipped', 'waived']);
const score = z.number().min(0).max(100).nullable();
const text = (max: number) => z.string().max(max);

/** A commit and a run's time: '' when unknown; never free text (they are shown in the comment). */
const sha = z.string().regex(/^[0-9a-f]{0,64}$/i, { error: 'expected a commit SHA (hex)' });
const when = z.union([z.literal(''), z.iso.datetime({ offset: true }), z.iso.date()], { error: 'expected an ISO 8601 date or time' });

const historyShape = z.object({
  score,
  sha,
  date: when,
  threshold: z.number().min(0).max(100).optional(),
  metrics: z.record(text(200), z.number()).optional(),
  benchmarks: z.record(text(200), z.record(text(1000), z.array(z.number()).max(MAX_HISTORY_SAMPLES))).optional(),
});

// A check id goes into this run's report (a removed check), whose schema holds ids to the slug rule.
const check = z.object({ id: slug, title: text(1000), status, score: z.number().min(0).max(100).optional(), tests: testRecord.optional() });
/** A report's check: also its kind and measured numbers, for the metric history. */
const reportCheck = check.extend({ kind: text(100).optional(), metrics: z.record(text(200), z.unknown()).optional() });

/** A Readiness report, as far as a baseline needs it. */
const reportShape = z.object({
  // The fields read here are the same in both report versions.
  schemaVersion: z.union([z.literal(1), z.literal(2)]),
  tool: z.object({ name: text(200) }),
  score,
  grade: z.enum(['A', 'B', 'C', 'D', 'F']).nullable(),
  threshold: z.number().min(0).max(100),
  checks: z.array(reportCheck),
  startedAt: z.iso.datetime({ offset: true }),
  baseline: z.object({ history: z.array(historyShape).optional() }).optional(),
});

/** The file the Actions cache keeps. */
const savedShape = z.object({
  schemaVersion: z.literal(1),
  score,
  grade: z.enum(['A', 'B', 'C', 'D', 'F']).nullable(),
  threshold: z.number().min(0).max(100).optional(),
  sha,
  runId: z.string().regex(/^\d{0,20}$/, { error: 'expected a run id (digits)' }),
  date: when,
  checks: z.array(check),
  history: z.array(historyShape),
});

export class BaselineSourceError extends Error {}

/**
 * A path segment of the file's JSON as it may be printed: a key is the file's text, and escape
 * sequences in it would drive the terminal of whoever runs `readiness --baseline`.
 */
function segment(p: PropertyKey): string {
  const s = String(p);
  return /^[\w-]{1,64}$/.test(s) ? s : JSON.stringify(s.length > 64 ? `${s.slice(0, 64)}…` : s);
}

function describe(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.length ? i.path.map(segment).join('.') : '(top level)'}: ${i.message}`)
    .join('; ');
}

/** Parses a baseline from JSON text; `label` names the file in messages. */
export function parseBaselineSource(textValue: string, label: string): BaselineFile {
  let value: unknown;
  try {
    value = JSON.parse(textValue);
  } catch (err) {
    // Where, never what: the file may be anything, and its first bytes must not reach the log.
    const at = /position (\d+)/.exec((err as Error).message)?.[1];
    throw new BaselineSourceError(`${label}: not JSON${at ? ` (at character ${at})` : ''}`);
  }
  const checks = value && typeof value === 'object' ? (value as { checks?: unknown }).checks : undefined;
  if (Array.isArray(checks) && checks.length > MAX_BASELINE_CHECKS) {
    throw new BaselineSourceError(`${label}: ${checks.length} checks, more than the ${MAX_BASELINE_CHECKS} a baseline may hold`);
  }
  const kind = value && typeof value === 'object' && 'tool' in value ? 'report' : 'saved';
  if (kind === 'saved') {
    const r = savedShape.safeParse(value);
    if (!r.success) throw new BaselineSourceError(`${label}: not a Readiness report or saved baseline (schemaVersion 1): ${describe(r.error)}`);
    return { ...r.data, history: r.data.history.slice(-HISTORY_LENGTH) } as BaselineFile;
  }
  const r = reportShape.safeParse(value);
  if (!r.success) throw new BaselineSourceError(`${label}: not a Readiness report (schemaVersion 1 or 2): ${describe(r.error)}`);
  const rep = r.data;
  // A report carries its history with the baseline it was compared with, its own run last.
  const history = (rep.baseline?.history ?? []).slice(-HISTORY_LENGTH);
  const last = history.at(-1);
  return {
    schemaVersion: 1,
    score: rep.score,
    grade: rep.grade,
    threshold: rep.threshold,
    sha: last?.sha ?? '',
    runId: '',
    date: rep.startedAt,
    checks: rep.checks.map((c) => ({ id: c.id, title: c.title, status: c.status, ...(c.score !== undefined ? { score: c.score } : {}), ...(c.tests ? { tests: c.tests } : {}) })),
    // A report without history (no baseline that run) is one point: its score and metric values.
    history: history.length > 0 ? history : [historyEntry({ score: rep.score, threshold: rep.threshold, checks: rep.checks.map((c) => ({ ...c, metrics: c.metrics ?? {} })) as unknown as Report['checks'] }, '', rep.startedAt)],
  };
}

export function readBaselineSource(file: string, label = file): BaselineFile {
  let bytes: Buffer;
  try {
    bytes = readBoundedFile(file, MAX_BYTES);
  } catch (err) {
    if (!(err instanceof BoundedFileError)) throw err;
    const code = /^cannot be read (\(\w+\))$/.exec(err.message)?.[1];
    throw new BaselineSourceError(`${label}: cannot read the baseline file ${code ?? `(${err.message})`}`);
  }
  return parseBaselineSource(bytes.toString('utf8').replace(/^\uFEFF/, ''), label);
}
