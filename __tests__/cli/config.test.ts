// `readiness config` without a config file, and with one that cannot be resolved.
import { describe, expect, it } from 'vitest';
import { showConfig } from '../../src/cli/config.js';
import { tempDir, workspaceWithConfig, writeFiles } from '../helpers.js';

describe('showConfig', () => {
  it('with no config file, prints the auto-detected config a run would use', () => {
    const ws = tempDir();
    writeFiles(ws, { 'package.json': '{"name":"x","scripts":{"build":"tsc"}}' });
    const shown = showConfig(ws);
    expect(shown.ok).toBe(true);
    expect(shown.text).toContain('# Applied in order (later wins): (auto-detected config)');
    expect(shown.text).toMatch(/ {4}run: npm run build # \(auto-detected config\):\d+/);
  });

  it('a preset cycle or an unknown preset: not ok, one line per problem with file and field', () => {
    const shown = showConfig(workspaceWithConfig('extends: [readiness:nod]\n'));
    expect(shown.ok).toBe(false);
    expect(shown.text).toMatch(/^\.github\/readiness\.yml:1: extends\[0\]: unknown preset "readiness:nod"; .*did you mean "readiness:node"\?$/);
  });
});
