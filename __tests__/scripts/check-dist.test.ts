import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script in plain JavaScript, without types
import { duplicatedModules } from '../../scripts/check-dist.mjs';

const duplicates = duplicatedModules as (stats: unknown) => string[];

/** A module as webpack's stats list it; a concatenation holds its modules. */
const mod = (identifier: string, modules?: unknown[]) => ({ identifier, ...(modules ? { modules } : {}) });

describe('check-dist: no module twice in dist/', () => {
  it('passes a build whose files hold different modules, externals aside', () => {
    const stats = {
      chunks: [
        { files: ['index.js'], modules: [mod('/r/src/index.ts'), mod('external node-commonjs "node:fs"')] },
        { files: ['10.index.js'], modules: [mod('/r/src/engine.ts|concat', [mod('/r/src/engine.ts'), mod('/r/node_modules/zod/index.js')])] },
        { files: ['11.index.js'], modules: [mod('/r/src/main.ts'), mod('external node-commonjs "node:fs"')] },
      ],
    };
    expect(duplicates(stats)).toEqual([]);
  });

  it('names a module in two files, also one concatenated into another there', () => {
    const stats = {
      chunks: [
        { files: ['index.js'], modules: [mod('/r/src/index.ts'), mod('/r/src/checks/globs.ts')] },
        { files: ['10.index.js'], modules: [mod('/r/src/checks/files.ts|concat', [mod('/r/src/checks/files.ts'), mod('/r/src/checks/globs.ts')])] },
        { files: ['11.index.js'], modules: [mod('/r/src/checks/files.ts')] },
      ],
    };
    expect(duplicates(stats)).toEqual(['/r/src/checks/files.ts: 10.index.js, 11.index.js', '/r/src/checks/globs.ts: 10.index.js, index.js']);
  });
});
