// The project's own CI, as zero config reads it: the `run:` steps of the jobs that run on push or
// pull_request, each with its file and line, its job, its working directory and a matrix's first
// entry put in. Steps the scorecard must not run here are kept with the reason, so the summary
// can say what was left out and why.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { read } from './shared.js';

export interface CiStep {
  /** `.github/workflows/ci.yml:32 (job test)` */
  origin: string;
  file: string;
  line: number;
  job: string;
  run: string;
  /** Relative to the repository root, `.` for the root. */
  workingDirectory: string;
  /** Why the step is not run by the scorecard, when it is not. */
  skip?: string;
}

const WORKFLOWS = '.github/workflows';
/** Workflow files beyond this size are not read for steps (the workflows check reports them). */
const MAX_BYTES = 1024 * 1024;

/** Every `run:` step of the push and pull_request jobs, in file, job and step order. */
export function ciSteps(root: string): CiStep[] {
  let files: string[];
  try {
    files = readdirSync(path.join(root, WORKFLOWS)).filter((f) => /\.ya?ml$/i.test(f)).sort();
  } catch {
    return [];
  }
  return files.flatMap((f) => stepsOf(`${WORKFLOWS}/${f}`, read(path.join(root, WORKFLOWS, f))));
}

function triggers(on: unknown): string[] {
  if (typeof on === 'string') return [on];
  if (Array.isArray(on)) return on.filter((x): x is string => typeof x === 'string');
  if (on && typeof on === 'object') return Object.keys(on);
  return [];
}

/** The first value of each matrix key (`include` adds keys only when the matrix has none). */
function firstMatrixEntry(matrix: unknown): Record<string, unknown> | undefined {
  if (!matrix || typeof matrix !== 'object' || Array.isArray(matrix)) return undefined;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(matrix as Record<string, unknown>)) {
    if (key === 'include' || key === 'exclude') continue;
    if (Array.isArray(value) && value.length > 0) out[key] = value[0];
  }
  const include = (matrix as Record<string, unknown>).include;
  if (Object.keys(out).length === 0 && Array.isArray(include) && include[0] && typeof include[0] === 'object') Object.assign(out, include[0]);
  return out;
}

const OTHER_OS = /\b(windows|macos|mac-os|osx)\b/i;

/** `${{ matrix.node }}` from the matrix's first entry; other expressions are left for the caller to refuse. */
function withMatrix(text: string, matrix: Record<string, unknown> | undefined): string {
  return text.replace(/\$\{\{\s*matrix\.([\w-]+(?:\.[\w-]+)*)\s*\}\}/g, (whole, key: string) => {
    let value: unknown = matrix;
    for (const part of key.split('.')) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : whole;
  });
}

export function stepsOf(file: string, text: string | undefined): CiStep[] {
  if (text === undefined || text.length > MAX_BYTES) return [];
  const lines = new LineCounter();
  // Aliases are capped: a workflow of nested aliases must not cost more than its size.
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return [];
  let js: Record<string, unknown>;
  try {
    js = doc.toJS({ maxAliasCount: 100 }) as Record<string, unknown>;
  } catch {
    return [];
  }
  const root = doc.contents;
  const on = triggers(js.on);
  // A push restricted to tags is a release, not the checks of a commit.
  const push = js.on && typeof js.on === 'object' && !Array.isArray(js.on) ? (js.on as Record<string, unknown>).push : undefined;
  const tagsOnly = !!push && typeof push === 'object' && ('tags' in push || 'tags-ignore' in push) && !('branches' in push) && !('branches-ignore' in push) && !('paths' in push);
  if (!(on.includes('push') && !tagsOnly) && !on.includes('pull_request')) return [];
  const workflowEnv = js.env;
  const workflowDefaults = ((js.defaults as Record<string, Record<string, unknown>> | undefined)?.run ?? {})['working-directory'];
  const jobs = root.get('jobs', true);
  const jobsJs = (js.jobs ?? {}) as Record<string, Record<string, unknown>>;
  if (!isMap(jobs)) return [];
  const out: CiStep[] = [];
  for (const pair of jobs.items) {
    const jobId = String(isScalar(pair.key) ? pair.key.value : pair.key);
    const job = pair.value;
    if (!isMap(job)) continue;
    const jobJson = jobsJs[jobId] ?? {};
    const matrix = firstMatrixEntry((jobJson.strategy as Record<string, unknown> | undefined)?.matrix);
    const runsOn = withMatrix(JSON.stringify(jobJson['runs-on'] ?? ''), matrix);
    const jobSkip =
      typeof jobJson.uses === 'string'
        ? undefined
        : OTHER_OS.test(runsOn)
          ? `the job runs on ${runsOn.replace(/["[\]]/g, '')}`
          : jobJson.container
            ? 'the job runs in a container'
            : jobJson.services
              ? `the job needs services (${Object.keys(jobJson.services as object).join(', ')})`
              : /\$\{\{\s*secrets\./.test(JSON.stringify([workflowEnv ?? {}, jobJson.env ?? {}]))
                ? 'the job needs secrets'
                : undefined;
    const jobDir = ((jobJson.defaults as Record<string, Record<string, unknown>> | undefined)?.run ?? {})['working-directory'] ?? workflowDefaults;
    const stepsJs = Array.isArray(jobJson.steps) ? (jobJson.steps as Record<string, unknown>[]) : [];
    if (typeof jobJson.uses === 'string') {
      const line = lines.linePos(job.get('uses', true) && isScalar(job.get('uses', true)) ? ((job.get('uses', true) as { range?: [number] }).range?.[0] ?? 0) : 0).line;
      out.push({ origin: `${file}:${line} (job ${jobId})`, file, line, job: jobId, run: `uses: ${jobJson.uses}`, workingDirectory: '.', skip: 'a reusable workflow: its steps are not read' });
      continue;
    }
    const steps = job.get('steps', true);
    if (!isSeq(steps)) continue;
    for (const [index, step] of steps.items.entries()) {
      if (!isMap(step)) continue;
      const runNode = step.get('run', true);
      if (!isScalar(runNode) || typeof runNode.value !== 'string') continue;
      const line = lines.linePos(runNode.range?.[0] ?? 0).line;
      const stepJson = stepsJs[index] ?? {};
      const dir = (stepJson['working-directory'] as string | undefined) ?? (jobDir as string | undefined) ?? '.';
      const run = withMatrix(runNode.value, matrix);
      const shell = typeof stepJson.shell === 'string' ? stepJson.shell : '';
      const skip =
        jobSkip ??
        (/\$\{\{\s*secrets\./.test(JSON.stringify([run, stepJson.env ?? {}, stepJson.with ?? {}]))
          ? 'the step needs secrets'
          : shell && !/^(bash|sh)\b/.test(shell)
            ? `the step runs in ${shell}`
            : /\$\{\{/.test(run)
              ? `the step uses a workflow expression (${(/\$\{\{.*?\}\}/s.exec(run)?.[0] ?? '${{ … }}').slice(0, 80)}) the scorecard does not evaluate`
              : /\$\{\{/.test(dir)
                ? 'the working directory is a workflow expression'
                : undefined);
      out.push({
        origin: `${file}:${line} (job ${jobId})`,
        file,
        line,
        job: jobId,
        run,
        workingDirectory: normalizeDir(withMatrix(dir, matrix)),
        ...(skip ? { skip } : {}),
      });
    }
  }
  return out;
}

function normalizeDir(dir: string): string {
  const d = path.posix.normalize(dir.replace(/^\$\{\{\s*github\.workspace\s*\}\}\/?/, '').replace(/^\.\/?/, '') || '.');
  return d === '' || d === './' ? '.' : d.replace(/\/$/, '');
}
