// What a check kind receives and must return. Kinds measure; scoring and reporting happen elsewhere.
import type { CheckConfig } from '../config/types.js';
import type { CheckOutcome } from '../types.js';

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
}

export interface CheckKind {
  /** The `kind` recorded in the report. */
  readonly kind: string;
  execute(ctx: CheckContext): Promise<CheckOutcome>;
}
