import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script in plain JavaScript, without types
import { duplicatedModules } from '../../scripts/check-dist.mjs';
import { tempDir } from '../helpers.js';

const duplicates = duplicatedModules as (dir: string) => string[];

/** A chunk as ncc writes it: its modules by webpack id, concatenated ones named by path. */
function chunk(ids: number[], concatenated: string[] = []): string {
  // The concatenated modules sit inside the first module, as webpack writes a concatenation.
  const modules = ids.map((id, i) => `/***/ ${id}:\n/***/ ((m, e, r) => {\n${(i === 0 ? concatenated : []).map((p) => `;// CONCATENATED MODULE: ${p}\nconst x = 1;\n`).join('')}\n/***/ }),\n`);
  return `export const id = 1;\nexport const modules = {\n\n${modules.join('\n')}\n};\n`;
}

describe('check-dist: no module twice in dist/', () => {
  it('passes a bundle whose chunks hold different modules', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'index.js'), chunk([1, 2], ['./src/a.ts']));
    writeFileSync(path.join(dir, '10.index.js'), chunk([3], ['./src/b.ts', '../main/node_modules/zod/index.js']));
    writeFileSync(path.join(dir, 'licenses.txt'), '/***/ 1:\n');
    expect(duplicates(dir)).toEqual([]);
  });

  it('names a module id found in two files, and a concatenated module found twice', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'index.js'), chunk([1, 2], ['./src/shared.ts']));
    writeFileSync(path.join(dir, '10.index.js'), chunk([2, 3], ['./src/other.ts']));
    writeFileSync(path.join(dir, '11.cli.js'), chunk([4], ['./src/shared.ts']));
    expect(duplicates(dir)).toEqual(['id 2: 10.index.js, index.js', './src/shared.ts: 11.cli.js, index.js']);
  });
});
