// Runs tasks in config order, at most `concurrency` at once, each after the tasks it needs.

export interface Task {
  id: string;
  /** Must finish and satisfy before this task runs. */
  needs: readonly string[];
  /** Must finish before this task runs, whatever their result. */
  after?: readonly string[];
}

export interface ScheduleOptions<T extends Task, R> {
  concurrency: number;
  signal?: AbortSignal;
  execute(task: T): Promise<R>;
  /** Whether a finished task lets the tasks that need it run. */
  satisfies(result: R): boolean;
  /** The result for a task that will not run: a need did not pass, or the run was cancelled. */
  skip(task: T, reason: string): R;
  /** Describes a finished need for the skip reason, e.g. `failed`. */
  describe(result: R): string;
}

/** Results keyed by task id. Needs that name tasks outside `tasks` are ignored (not selected). */
export function schedule<T extends Task, R>(tasks: readonly T[], options: ScheduleOptions<T, R>): Promise<Map<string, R>> {
  const ids = new Set(tasks.map((t) => t.id));
  const results = new Map<string, R>();
  const pending = [...tasks];
  const limit = Math.max(1, Math.floor(options.concurrency));
  let running = 0;

  return new Promise((resolve) => {
    const pump = (): void => {
      if (options.signal?.aborted) {
        for (const task of pending.splice(0)) results.set(task.id, options.skip(task, 'the run was cancelled before it started'));
      }
      let progressed = true;
      while (progressed) {
        progressed = false;
        for (let i = 0; i < pending.length && running < limit; i++) {
          const task = pending[i]!;
          const needs = task.needs.filter((n) => ids.has(n));
          const waits = [...needs, ...(task.after ?? []).filter((n) => ids.has(n))];
          if (!waits.every((n) => results.has(n))) continue;
          pending.splice(i, 1);
          i--;
          progressed = true;
          const unmet = needs.find((n) => !options.satisfies(results.get(n)!));
          if (unmet !== undefined) {
            results.set(task.id, options.skip(task, `needs ${unmet}, which ${options.describe(results.get(unmet)!)}`));
            continue;
          }
          running++;
          options
            .execute(task)
            .then(
              (result) => results.set(task.id, result),
              (err: unknown) => results.set(task.id, options.skip(task, `internal error: ${(err as Error)?.message ?? String(err)}`)),
            )
            .finally(() => {
              running--;
              pump();
            });
        }
      }
      if (running === 0) {
        // Anything still pending waits on a need that can never finish; config validation rules
        // cycles out, so this is only a guard.
        for (const task of pending.splice(0)) results.set(task.id, options.skip(task, 'its needs could not be ordered'));
        resolve(results);
      }
    };
    options.signal?.addEventListener('abort', () => pump(), { once: true });
    pump();
  });
}
