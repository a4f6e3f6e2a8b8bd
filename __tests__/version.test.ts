import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configJsonSchema } from '../src/config/schema.js';
import { VERSION } from '../src/version.js';

describe('release metadata', () => {
  it('keeps the version constant equal to package.json', () => {
    expect(VERSION).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });

  it('ships readiness.schema.json generated from the zod schema', () => {
    expect(JSON.parse(readFileSync('readiness.schema.json', 'utf8'))).toEqual(configJsonSchema());
  });
});

describe('test runtime', () => {
  it('runs on Node 24, the runtime of `runs.using: node24` (npm scripts put node@24 first on the PATH)', () => {
    expect(Number(process.versions.node.split('.')[0])).toBe(24);
  });
});
