// Result types shared by checks, scoring and reporters. Reporters depend on these only.

/** The report's `schemaVersion`. Here, not beside the report's schema: writing a report needs no validator. */
export const REPORT_SCHEMA_VERSION = 2;

export type CheckStatus = 'pass' | 'warn' | 'fail' | 'error' | 'skipped' | 'waived';
export type Severity = 'error' | 'warning' | 'note';
export type Grade = 'A' | 'B' | 'C' | 'D' | 'F';

export interface Finding {
  /** Path relative to the workspace root, with forward slashes. */
  file?: string;
  line?: number;
  column?: number;
  severity: Severity;
  rule: string;
  message: string;
  /** Stable short hash that identifies the finding without its content (secrets). */
  fingerprint?: string;
  /** With a new-code view: whether the change introduced it (on a changed line, or in a new or changed file when it has no line). */
  new?: boolean;
  /** About the run as a whole, with no file (a benchmark that regressed): annotated without a location. */
  runWide?: boolean;
}

export interface Evidence {
  command?: string;
  workingDirectory: string;
  exitCode?: number | null;
  signal?: string | null;
  durationMs: number;
  /** Last bytes of stdout and stderr interleaved, ANSI codes removed. */
  outputTail?: string;
  /** True when the output was longer than the tail kept. */
  outputTruncated?: boolean;
  /** Files read to produce the measurement, relative to the workspace. */
  sources: string[];
  /** How a built-in scan measured (files scanned, skipped), when there was no command. */
  note?: string;
  /** A built-in scan that shared its pass over the files: the check whose time is the pass's (shown once). */
  timedOn?: string;
  /** For a check that failed or could not measure: the lines of its output that say why, shown before the raw output. */
  why?: string[];
}

export interface Waiver {
  reason: string;
  until?: string;
  /** `active` waivers take the check out of the score and the gate; `expired` ones are ignored. */
  state: 'active' | 'expired';
  /** What the check measured, before the waiver applied. */
  measuredStatus: CheckStatus;
  measuredScore?: number;
}

/** One test in a tests check's record: its id (suite › classname › name) and what it did. */
export interface TestRef {
  id: string;
  outcome: 'passed' | 'failed' | 'errored' | 'skipped' | 'flaky';
  /** First line of the failure or error message. */
  message?: string;
  file?: string;
  line?: number;
}

/** A quarantined test: reported, kept out of the pass rate and the regression gate. */
export interface QuarantinedTest extends TestRef {
  reason: string;
}

/**
 * The tests a tests check saw by id, for the comparison with the baseline (SPEC §5b,
 * no-new-test-failures). The lists are capped; the digests hold every test, so the comparison
 * stays exact when the lists are cut.
 */
export interface TestRecord {
  /** Failed and errored tests, quarantined ones left out; the first TEST_LIST_CAP. */
  failing: TestRef[];
  /** Tests that passed on a rerun, quarantined ones left out; the first TEST_LIST_CAP. */
  flaky: TestRef[];
  quarantined: QuarantinedTest[];
  /** Failing and flaky tests left out of the lists by the cap. */
  cut: number;
  /** 8-hex-digit hashes (FNV-1a) of the ids, sorted and joined: failing and flaky tests (quarantined left out), and every test. */
  digest: { failing: string; flaky: string; all: string };
  /** False when the report had more tests than were kept or hashed: a test missing from `all` may still have run. */
  complete: boolean;
  /** Id prefixes (ending " › ") of units whose tests did not run: a module that failed to collect, a suite that failed to load, a package that did not build. */
  unrun?: string[];
  /** Nothing ran: the run stopped before any test (pytest interrupted by collection errors, nothing built). */
  interrupted?: boolean;
  /** `tests.quarantine` entries that matched no test of a complete record, as `id: …` or `glob: …`. */
  unmatchedQuarantine?: string[];
}

/** A newly failing test, and whether the baseline had it (it passed or was skipped then) or it is new. */
export interface NewlyFailing extends TestRef {
  inBaseline: boolean;
}

/** A list with the count of what it stands for: names are capped, counts are not. */
export interface Counted<T> {
  count: number;
  tests: T[];
}

/** One tests check's tests against the baseline (scoring/test-regressions.ts). */
export interface CheckRegressions {
  id: string;
  title: string;
  /** compared; no-baseline-ids: the baseline's check has no test ids (an older report, or it did not measure). */
  status: 'compared' | 'no-baseline-ids';
  reason?: string;
  /** Failing now, passed or absent in the baseline. */
  newlyFailing: Counted<NewlyFailing>;
  stillFailing: Counted<TestRef>;
  /** Failing in the baseline, run and not failing now. */
  fixed: Counted<TestRef>;
  /** Flaky now, not in the baseline. */
  newlyFlaky: Counted<TestRef>;
  /** Failing in the baseline, not run now (removed or renamed). */
  removed: Counted<TestRef>;
  /** Failing in the baseline, not run now because their module, suite or package did not collect, load or build (or the run stopped before any test). */
  notRun?: Counted<TestRef>;
  /** Failing now, not in a baseline record that was partial: not known whether new; not gated. */
  unknown: number;
  /** The check's quarantined tests now. */
  quarantined: QuarantinedTest[];
  /** The check is waived: its regressions are shown, not gated. */
  waived?: boolean;
}

export interface Enforcement {
  /** The config's `enforce-after` day (UTC); the check counts from the next day. */
  after: string;
  /** The first day the check counts. */
  from: string;
  state: 'pending' | 'enforced';
}

/** What a check kind produces; the engine adds identity and the waiver. */
export interface CheckOutcome {
  status: Exclude<CheckStatus, 'waived'>;
  score?: number;
  summary: string;
  /** Target shown next to the result, for example `lines ≥ 80%`. */
  target?: string;
  metrics: Record<string, unknown>;
  findings: Finding[];
  evidence: Evidence;
  /** A tests check: the tests by id (what failed, what was flaky, what is quarantined). */
  tests?: TestRecord;
}

export interface CheckResult extends Omit<CheckOutcome, 'status'> {
  id: string;
  title: string;
  kind: string;
  category: string;
  weight: number;
  required: boolean;
  status: CheckStatus;
  waiver?: Waiver;
  /** Phased in with `enforce-after`: `pending` checks are reported but neither score nor gate. */
  enforcement?: Enforcement;
  /** Zero config: where the check came from (a workflow file and line, a script, a config file, `convention`). */
  origin?: string;
}

export interface CategoryResult {
  id: string;
  title: string;
  weight: number;
  score: number;
  /** The category's share of the overall score: score × maxPoints / 100. */
  points: number;
  /** Weight rescaled over the categories that were scored, so maxPoints sum to 100. */
  maxPoints: number;
}

export interface OmittedCategory {
  id: string;
  title: string;
  weight: number;
  reason: string;
}

export interface Improvement {
  id: string;
  title: string;
  status: CheckStatus;
  /** Overall points the check would add if it scored 100. */
  pointsLost: number;
}

export interface ConfigInfo {
  /** Workspace-relative path of the config file, or null when none was used. */
  path: string | null;
  source: 'file' | 'detected' | 'merged' | 'none';
  errors: string[];
  /** With no config file: what auto-detection found, and the equivalent config. */
  detected?: DetectedInfo;
  /** With `merge`: the shard reports this one was built from. */
  merged?: string[];
  /** Ratchet policy from the config file (`max-drop`, `no-new-failures`); inputs override it. */
  ratchet?: RatchetPolicy;
  /** The presets the config extends, in the order applied. */
  presets?: string[];
}

/** What auto-detection found: the reasons, the equivalent config, what it suggests and what it left out. */
export interface DetectedInfo {
  reasons: string[];
  yaml: string;
  /** Checks only a convention proposes: listed, not run or scored. */
  suggestions?: { id: string; run: string; origin: string; why: string }[];
  /** CI commands the scorecard did not run, with the reason. */
  leftOut?: { origin: string; command: string; reason: string }[];
}

export interface RatchetPolicy {
  /** Fail when the score is more than this many points below the baseline's. */
  maxDrop?: number;
  /** Fail when a check that passed in the baseline now fails or errors. */
  noNewFailures?: boolean;
  /** Fail when a test that passed (or was absent) in the baseline now fails (no-new-test-failures). */
  noNewTestFailures?: boolean;
}

/** The ratchet's verdict: what was asked, whether it could apply, and why it failed. */
export interface RatchetInfo extends RatchetPolicy {
  /** applied: compared with a baseline; no-baseline: asked for but nothing to compare with. */
  status: 'passed' | 'failed' | 'no-baseline';
  reasons: string[];
}

/** One benchmark's row in the report (metrics.benchmarks) and the summary's table. */
export interface BenchmarkRow {
  key: string;
  name: string;
  measure: string;
  unit: string;
  lowerIsBetter: boolean;
  samples: number[];
  median: number;
  /** `history`: the median of each baseline run pooled, oldest first (the chart's points before this run). */
  baseline?: { median: number; n: number; runs: number; cv: number; history?: { sha: string; median: number }[] };
  verdict: 'regressed' | 'improved' | 'unchanged' | 'inconclusive' | 'ignored';
  reason: string;
  pValue?: number;
  /** The test of this run's median against the baseline runs' medians (their spread), with 3 or more runs. */
  runPValue?: number;
  change?: number;
  low?: number;
  high?: number;
  /** With `confirm`: the rerun's samples and what they said. */
  rerun?: { samples: number[]; verdict: 'regressed' | 'improved' | 'unchanged' | 'inconclusive'; reason: string };
  /** An absolute bound on the median that did not pass. */
  bound?: string;
}

/** One run in the history kept with the baseline. */
export interface HistoryEntry {
  score: number | null;
  sha: string;
  date: string;
  threshold?: number;
  /** Values of metric checks (benchmarks) by check id, for their own trend. */
  metrics?: Record<string, number>;
  /** Samples of benchmark checks: check id → benchmark → samples (base units), for their baseline distribution. */
  benchmarks?: Record<string, Record<string, number[]>>;
}

export interface BaselineInfo {
  /** compared: a baseline was found; none: nothing saved yet; unavailable: no cache service; error. */
  status: 'compared' | 'none' | 'unavailable' | 'error';
  reason?: string;
  /** The branch whose baseline was used. */
  branch?: string;
  previous?: { score: number | null; grade: string | null; sha: string; date: string; runId: string };
  /** This score minus the baseline's. */
  delta?: number | null;
  /** Checks whose status changed, new failures first; null for a check that is new or gone. */
  changes?: { id: string; title: string; before: CheckStatus | null; after: CheckStatus | null }[];
  /** Recent scores of the branch, oldest first, this run last. */
  trend?: (number | null)[];
  /** Where the baseline came from: the Actions cache or a `baseline-path` file. */
  source?: 'cache' | 'file';
  /** On a pull request, the merge-base commit the baseline was looked up for. */
  mergeBase?: string;
  /** First-parent commits between the merge-base and the commit the baseline is for (0: exact). */
  behind?: number;
  /** The history carried with the baseline, this run last (scores, thresholds, metric values). */
  history?: HistoryEntry[];
  /** The cache key this run's baseline was saved under. */
  saved?: string;
  /** Tests checks' tests against the baseline's, by test id. */
  tests?: CheckRegressions[];
}

/** One gate condition on new code (SPEC §5a). */
export interface NewCodeCondition {
  id: 'coverage' | 'max-findings' | 'max-errors';
  /** The bound: the minimum patch coverage %, or the most new findings (error-level findings) allowed. */
  limit: number;
  /** What was measured, or null when it could not be. */
  actual: number | null;
  passed: boolean;
  /** Why, when it could not be measured or did not apply. */
  reason?: string;
  /** Set by zero config's default new-code gate, not by the config or the inputs. */
  default?: boolean;
}

/** The new-code view of one check that has one. */
export interface NewCodeCheck {
  id: string;
  title: string;
  /** New findings of the check. */
  newFindings: number;
  /** True when the check kept fewer findings than it counted: the new count is a lower bound. */
  partial?: boolean;
  /** Patch coverage of a coverage check. */
  coverage?: { covered: number; total: number; pct: number | null };
  /** The check's own scoring applied to its new-code measure; absent when it has none. */
  score?: number;
  status?: 'pass' | 'warn' | 'fail';
}

/** A pull request judged by what it changes (SPEC §5a). */
export interface NewCodeInfo {
  /** The commit compared against (the event's base SHA or the resolved ref), when known. */
  base: string | null;
  head: string | null;
  mergeBase: string | null;
  /** How the merge-base was found. */
  source: 'git' | 'api' | 'none';
  /** Why there is no new-code view, when source is none or the diff failed. */
  reason?: string;
  /** What was tried and how the diff was made. */
  how: string[];
  changedFiles: number;
  changedLines: number;
  findings: { total: number; byCheck: Record<string, number>; partial: boolean };
  /** Patch coverage over every coverage check, or null when there is none with per-line data. */
  coverage: { covered: number; total: number; pct: number | null; uncovered: { file: string; lines: string }[]; unreported: number } | null;
  /** The scorecard's scoring applied to the new-code view of each check that has one; null when none has. */
  score: number | null;
  /** False when a gate condition failed. */
  passed: boolean;
  conditions: NewCodeCondition[];
  checks: NewCodeCheck[];
}

export interface Report {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  tool: { name: string; version: string };
  /** Overall score 0–100, or null when nothing was scored. */
  score: number | null;
  grade: Grade | null;
  threshold: number;
  passed: boolean;
  /** Ids of required checks that did not pass. */
  blockers: string[];
  /** One line saying why the gate failed, empty when it passed. */
  gateReason: string;
  categories: CategoryResult[];
  omittedCategories: OmittedCategory[];
  improvements: Improvement[];
  checks: CheckResult[];
  config: ConfigInfo;
  warnings: string[];
  cancelled: boolean;
  /** How checks in `error` were scored: `zero` (they count 0) or `unscored` (left out). Absent in older reports: zero. */
  unmeasured?: 'zero' | 'unscored';
  baseline?: BaselineInfo;
  /** With a pull request (or a base ref): the change judged on its own. */
  newCode?: NewCodeInfo;
  /** Present when `max-drop` or `no-new-failures` is set. */
  ratchet?: RatchetInfo;
  /** Present when the config has `levels`: the rubric's verdict. */
  levels?: LevelsInfo;
  startedAt: string;
  durationMs: number;
}

/** A check a level needs that did not show it passes. */
export interface LevelGap {
  id: string;
  title: string;
  category: string;
  /** Its status, or `not-run` when the level names a check this run did not run (`--only`). */
  status: CheckStatus | 'not-run';
}

export interface LevelResult {
  id: string;
  title: string;
  /** Every check the level needs passed (an active waiver counts as passing). */
  met: boolean;
  /** The checks it needs that did not pass, in the order to fix them. */
  missing: LevelGap[];
  /** Categories the level names that hold no check in this run: nothing shows they pass. */
  emptyCategories: string[];
  /** The rubric grid's column: per category the level asks something of, whether it holds. */
  cells: Record<string, 'pass' | 'fail'>;
  /** What the level needs, as the config defines it: so a merge of shard reports can judge it again. */
  rule?: LevelRule;
}

/** A level's definition without its identity (config `levels[]`: checks, categories, required, all). */
export interface LevelRule {
  checks: string[];
  categories: string[];
  required: boolean;
  all: boolean;
}

export interface LevelsInfo {
  /** The highest level reached with every level below it, or null. */
  reached: string | null;
  /** The level after it, or null at the top. */
  next: string | null;
  levels: LevelResult[];
  /** `min-level` and whether it was reached. */
  minLevel?: string;
  minLevelMet?: boolean;
}
