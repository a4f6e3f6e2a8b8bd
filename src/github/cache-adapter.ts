// The Actions cache behind the small interface the baseline needs; @actions/cache loads through toolkit.ts.
import { mkdirSync } from 'node:fs';
import type { CacheAdapter } from './baseline.js';
import { loadCache } from './toolkit.js';

export async function actionsCache(): Promise<CacheAdapter> {
  const cache = await loadCache();
  return {
    available: () => cache.isFeatureAvailable(),
    async restore(dir, prefix) {
      mkdirSync(dir, { recursive: true });
      // The prefix is both the primary key (never an exact hit) and the restore key: the newest
      // entry starting with it wins.
      return cache.restoreCache([dir], prefix, [prefix]);
    },
    async save(dir, key) {
      await cache.saveCache([dir], key);
    },
  };
}
