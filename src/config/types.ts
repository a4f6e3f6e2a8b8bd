// The configuration after validation and defaults: what the engine plans from.
import type { RawCheck, UnmeasuredPolicy } from './schema.js';

export interface CategoryDef {
  id: string;
  title: string;
  weight: number;
}

export interface CheckConfig {
  id: string;
  title: string;
  /** `run` for a bare command, else the reader or builtin kind. */
  kind: string;
  category: string;
  weight: number;
  required: boolean;
  needs: string[];
  /** Run after these, whatever their result. */
  after: string[];
  timeoutMs: number;
  /** Relative to the workspace, with forward slashes; `.` for the root. */
  workingDirectory: string;
  env: Record<string, string>;
  waive?: { reason: string; until?: string };
  run?: string;
  /** Phased in: through this day (UTC) the check is reported but neither scores nor gates. */
  enforceAfter?: string;
  /** Commands that must be installed; otherwise the check is skipped as not installed. */
  requires: string[];
  /** The validated check as written, for kind-specific options. */
  raw: RawCheck;
}

export interface Config {
  threshold: number;
  /** Largest report file a reader accepts. */
  maxReportBytes: number;
  /** Built-in scans skip files larger than this. */
  maxFileBytes: number;
  concurrency?: number;
  /** Checks in `error` count 0 (`zero`) or are left out of the score (`unscored`). */
  unmeasured: UnmeasuredPolicy;
  /** Gate conditions and fetch cap of the new-code view. */
  newCode?: { coverage?: number; maxFindings?: number; maxFetchDepth?: number };
  /** Ratchet keys (`max-drop`, `no-new-failures`), applied against the baseline. */
  ratchet?: { maxDrop?: number; noNewFailures?: boolean; noNewTestFailures?: boolean };
  /** In display order: defaults first, then the config's own. */
  categories: CategoryDef[];
  checks: CheckConfig[];
  /** The rubric's levels, lowest first (empty: no levels). */
  levels: LevelDef[];
  /** The gate fails unless this level is reached. */
  minLevel?: string;
}

/** One level of the rubric: the checks that must pass to reach it (besides every level below). */
export interface LevelDef {
  id: string;
  title: string;
  checks: string[];
  categories: string[];
  /** Every check marked `required` must pass. */
  required: boolean;
  /** Every check must pass. */
  all: boolean;
}
