// The Actions cache behind the small interface the baseline needs; @actions/cache loads through toolkit.ts.
import { mkdirSync } from 'node:fs';
import type { CacheAdapter } from './baseline.js';
import { loadCache } from './toolkit.js';

/** The cache service takes at most 10 keys per lookup: the primary key and nine restore keys. */
const PREFIXES_PER_LOOKUP = 9;

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
        const key = await cache.restoreCache([dir], batch[0]!, batch);
        if (key) return key;
      }
      return undefined;
    },
    async save(dir, key) {
      // A refused save is logged by @actions/cache and returned as -1, not thrown.
      if ((await cache.saveCache([dir], key)) === -1) throw new Error(`the cache service did not take ${key} (its reason is logged above)`);
    },
  };
}
