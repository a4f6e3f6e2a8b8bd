// What a check kind receives and must return. Kinds measure; scoring and reporting happen elsewhere.
import type { CheckConfig } from '../config/types.js';
import type { Scanner } from '../scan/repository-scan.js';
import type { CheckOutcome, HistoryEntry } from '../types.js';
import type { ScanSession } from '../scan/scan-session.js';
import type { LineSource } from '../new-code/classify.js';

export interface CheckContext {
  check: CheckConfig;
  /** Absolute path of the workspace root being audited. */
  workspace: string;
  /** Absolute working directory of the check. */
  cwd: string;
  /** Environment for commands (the runner's, without the action's own inputs and file commands). */
  env: NodeJS.ProcessEnv;
  signal: AbortSignal;
  killGraceMs: number;
  /** Largest report a reader accepts, in bytes. */
  maxReportBytes: number;
  /** Built-in scans skip files larger than this; git flags tracked files over it. */
  maxFileBytes: number;
  /** The run's own temporary folder ($READINESS_TEMP), for reports kept out of the repository. */
  tempDir: string;
  /** The shared pass over the repository, for built-in scans. */
  scan: ScanSession;
  /** Called with every secret value a scan finds, before anything is printed (core.setSecret). */
  onSecret?: (value: string) => void;
  /**
   * The output (its kept tail) of a check that already ended in this run, by id: a coverage check
   * reads the warnings of the run that wrote its report (a check it runs `after` or `needs`).
   */
  outputOf?: (id: string) => string | undefined;
  /** With a new-code view: coverage checks leave their per-line data here, by check id. */
  lineCoverage?: Map<string, LineSource>;
  /** The baseline's history, known before the run (a baseline file): benchmark checks compare with its samples. */
  baselineHistory?: readonly HistoryEntry[];
}

export interface CheckKind {
  /** The `kind` recorded in the report. */
  readonly kind: string;
  execute(ctx: CheckContext): Promise<CheckOutcome>;
  /** For built-in scans that read file contents: what this check adds to the shared pass. */
  scanner?(check: CheckConfig): Scanner;
}
