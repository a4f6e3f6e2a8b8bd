// The Actions cache behind the small interface the baseline needs; @actions/cache loads through toolkit.ts.
import { mkdirSync } from 'node:fs';
import type { CacheAdapter } from './baseline.js';
import { loadCache } from './toolkit.js';

/** The cache service takes at most 10 keys per lookup: the primary key and nine restore keys. */
const PREFIXES_PER_LOOKUP = 9;

/**
 * @actions/cache swallows every failure of a restore (an unreachable or failing service, a read
 * denied by policy) and returns "no entry", as it does for a real miss; it only logs the failure
 * as a `::warning::`/`::error::` workflow command starting "Failed to restore:". Told apart here by
 * watching the process's stdout for that line during the call, so the baseline says the cache
 * failed instead of "no report saved".
 */
export async function failureOf<T>(work: () => Promise<T>): Promise<{ value: T; failure?: string }> {
  const write = process.stdout.write;
  let failure: string | undefined;
  const watch = function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]): boolean {
    if (failure === undefined) {
      const text = typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : '';
      const m = /^::(?:warning|error)[^:]*::Failed to (?:restore|save): (.*)$/m.exec(text);
      // The command's data is escaped (%25, %0D, %0A); one line of it is enough to say why.
      if (m) failure = m[1]!.replace(/%0D|%0A/g, ' ').replace(/%25/g, '%').trim();
    }
    return (write as (...a: unknown[]) => boolean).call(this, chunk, ...rest);
  };
  process.stdout.write = watch as typeof process.stdout.write;
  try {
    const value = await work();
    return failure === undefined ? { value } : { value, failure };
  } finally {
    // Only undone if nothing replaced it meanwhile; else that replacement would be lost.
    if (process.stdout.write === (watch as typeof process.stdout.write)) process.stdout.write = write;
  }
}

export class CacheServiceError extends Error {}

export async function actionsCache(): Promise<CacheAdapter> {
  const cache = await loadCache();
  return {
    available: () => cache.isFeatureAvailable(),
    async restore(dir, prefixes) {
      mkdirSync(dir, { recursive: true });
      // Nearest commit first: restore keys are tried in order, each restoring the newest entry
      // that starts with it. A prefix is never an exact hit, so the primary key is a restore key too.
      for (let i = 0; i < prefixes.length; i += PREFIXES_PER_LOOKUP) {
        const batch = prefixes.slice(i, i + PREFIXES_PER_LOOKUP);
        const { value: key, failure } = await failureOf(() => cache.restoreCache([dir], batch[0]!, batch));
        if (failure !== undefined) throw new CacheServiceError(`the cache service failed: ${failure}`);
        if (key) return key;
      }
      return undefined;
    },
    async save(dir, key) {
      // -1: nothing saved. Without a failure logged, the key was taken (a reserve conflict, which
      // @actions/cache logs as plain info): another job of the run holds or is writing it.
      const { value: id, failure } = await failureOf(() => cache.saveCache([dir], key));
      if (failure !== undefined) throw new CacheServiceError(`the cache service failed: ${failure}`);
      return id !== -1;
    },
  };
}
