// The scan passes of one engine run. The linear built-in rules share one pass (each file read once
// for all of them); the workflows rules, which parse YAML, have one of their own; each `patterns`
// check, whose user-given regular expressions may take any time, gets its own. Passes run on worker threads started before the first check, and begin when the
// first of their checks asks. A check waits for its pass for at most its `timeout`, and no longer
// than the run: then it ends as an error, and a pass no check waits for any more is stopped.
import type { CheckConfig } from '../config/types.js';
import { startListing, trackedCount, type Listing } from './file-list.js';
import type { PassResult, Scanner } from './repository-scan.js';
import { defaultScanWorkers, ScanPool } from './scan-pool.js';

/**
 * Kinds whose rules run in linear time on any input; they share one pass. A `patterns` check runs
 * user-given regular expressions, which may not: each gets a pass (and workers) of its own, so
 * stopping it at its time limit stops no other check.
 */
const SHARED_PASS_KINDS: ReadonlySet<string> = new Set(['checklist', 'conflict-markers', 'dockerfile', 'files', 'secrets', 'git']);
/**
 * Kinds that parse what they read (YAML), whose cost grows with more than the bytes: they share a
 * pass of their own, on one worker (they read a few files), so a hostile workflow can take the
 * workflows check's time but never the secrets scan's result (issue 24).
 */
const PARSING_KINDS: ReadonlySet<string> = new Set(['workflows']);

/** The pass a check's scan runs in. */
export function passKey(check: Pick<CheckConfig, 'id' | 'kind'>): string {
  if (SHARED_PASS_KINDS.has(check.kind)) return 'shared';
  if (PARSING_KINDS.has(check.kind)) return `parsing:${check.kind}`;
  return `own:${check.id}`;
}

/**
 * Below this many tracked files one worker reads the repository sooner than a second one starts
 * (a worker takes 50-100 ms to load; one reads about 2,000 files in that time), so a pass gets one.
 */
export const SMALL_REPOSITORY_FILES = 2000;

/** A built-in check that could not finish its scan: its summary is the message. */
export class ScanStopped extends Error {}

function seconds(ms: number): string {
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}

interface Group {
  /** Checks of the group that have not ended yet. */
  open: Set<string>;
  /** Checks with a scanner, in the order the workers build theirs. */
  checks: CheckConfig[];
  scanners: Scanner[];
  /** Worker threads of the pass. */
  workers: number;
  pool?: Promise<ScanPool>;
  pass?: Promise<PassResult>;
  finished: boolean;
}

export class ScanSession {
  private listed?: Listing;
  private readonly groups = new Map<string, Group>();
  private readonly groupOf = new Map<string, Group>();
  private readonly checks = new Map<string, CheckConfig>();

  constructor(
    private readonly workspace: string,
    /** The plan's scan checks and the scanner each adds (none for `git`). */
    planned: readonly { check: CheckConfig; scanner?: Scanner }[],
    private readonly maxFileSize: number,
    private readonly signal?: AbortSignal,
    private readonly workers = defaultScanWorkers(),
  ) {
    for (const { check, scanner } of planned) {
      const key = passKey(check);
      let group = this.groups.get(key);
      if (!group) this.groups.set(key, (group = { open: new Set(), checks: [], scanners: [], finished: false, workers: key.startsWith('parsing:') ? 1 : this.workers }));
      group.open.add(check.id);
      if (scanner) {
        group.checks.push(check);
        group.scanners.push(scanner);
      }
      this.groupOf.set(check.id, group);
      this.checks.set(check.id, check);
    }
  }

  /**
   * Starts every pass's workers and waits until their code is loaded. Never rejects. With
   * `listNow` (no check of the run can change the files first), the file list is taken meanwhile.
   */
  async start(listNow = false): Promise<void> {
    if (listNow) this.listing();
    // One worker per pass starts at once; the others once the repository proves big enough for
    // them (the count reuses the listing's own git call when the listing is already under way).
    const tracked = listNow ? this.listing().first.then((files) => files.length, () => undefined) : trackedCount(this.workspace);
    const more = (g: Group) => tracked.then((count) => ((count ?? Infinity) < SMALL_REPOSITORY_FILES ? 0 : g.workers - 1));
    const started = [...this.groups.values()].map((g) => {
      g.pool = ScanPool.start(g.checks, { workspace: this.workspace, maxFileSize: this.maxFileSize, count: 1, more: more(g) });
      // A worker that cannot start is reported by each of its checks.
      return g.pool.then(
        () => undefined,
        () => undefined,
      );
    });
    await Promise.all(started);
  }

  private listing(): Listing {
    return (this.listed ??= startListing(this.workspace));
  }


  private groupFor(checkId: string): Group {
    const group = this.groupOf.get(checkId);
    if (!group) throw new Error(`check ${checkId} is not part of a scan pass`);
    return group;
  }

  private passOf(group: Group): Promise<PassResult> {
    if (!group.pass) {
      const pool = group.pool ?? Promise.reject(new Error('the scan workers were not started'));
      group.pass = pool.then((p) => p.run(this.listing(), group.scanners));
      group.pass.then(
        () => (group.finished = true),
        () => (group.finished = true),
      );
    }
    return group.pass;
  }

  /** The pass of the check's group, within the check's time limit and the run's. */
  async result(checkId: string): Promise<PassResult> {
    const group = this.groupFor(checkId);
    const check = this.checks.get(checkId)!;
    try {
      return await this.bounded(check, group, this.passOf(group));
    } finally {
      group.open.delete(checkId);
      if (group.open.size === 0 && !group.finished) void group.pool?.then((p) => p.terminate());
    }
  }

  /** The pass and the scanner the check added to it. */
  async scannerOf<S extends Scanner>(checkId: string): Promise<{ pass: PassResult; scanner: S }> {
    const group = this.groupFor(checkId);
    const index = group.checks.findIndex((c) => c.id === checkId);
    if (index < 0) throw new Error(`no scanner registered for check ${checkId}`);
    return { pass: { ...(await this.result(checkId)), timedOn: group.checks[0]!.id }, scanner: group.scanners[index] as S };
  }

  private bounded<T>(check: CheckConfig, group: Group, work: Promise<T>): Promise<T> {
    const signal = this.signal;
    if (signal?.aborted) return Promise.reject(new ScanStopped('cancelled before the scan ended'));
    return new Promise<T>((resolve, reject) => {
      const end = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
      };
      const timer = setTimeout(() => {
        end();
        // The pass goes on while another check still waits for it.
        const last = group.open.size === 1 && !group.finished;
        reject(new ScanStopped(`timed out after ${seconds(check.timeoutMs)}${last ? '; the scan was stopped' : ''}`));
      }, check.timeoutMs);
      const onAbort = () => {
        end();
        reject(new ScanStopped('cancelled while running'));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      work.then(
        (v) => {
          end();
          resolve(v);
        },
        (err: unknown) => {
          end();
          reject(err as Error);
        },
      );
    });
  }

  /** Stops every worker; the run is over. */
  close(): void {
    for (const g of this.groups.values()) void g.pool?.then((p) => p.terminate(), () => undefined);
  }
}
