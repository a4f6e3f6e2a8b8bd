// What `readiness init` writes: `extends: [readiness:recommended]` and the team's own keys, with the
// checks the preset gives today listed as comments (a run with the file runs exactly those).
import { parse } from 'yaml';
import { notRunComments, oneLine, REQUIRES_NOTE, type Detection } from './detect.js';

export function initYaml(detection: Detection): string {
  const parsed = (parse(detection.yaml) ?? {}) as { checks?: Record<string, unknown>[] };
  const checks = parsed.checks ?? [];
  const what = (c: Record<string, unknown>) => String(c.run ?? (c.builtin ? `built-in ${String(c.builtin)}` : c.id));
  const lines = [
    '# Readiness Scorecard config, written by `readiness init` from what auto-detection found:',
    ...detection.reasons.map((r) => `#   ${oneLine(r)}`),
    '# readiness:recommended is that suite (the CI steps, scripts and built-in scans auto-detection',
    '# finds, as they are at each run) with the default levels: deployable, production, exemplary.',
    '# `readiness config` prints the resolved config, each value with the file or preset it came from.',
    '# Every key: https://github.com/readiness-scorecard/readiness-scorecard/blob/main/docs/configuration.md#presets-and-levels',
    ...REQUIRES_NOTE,
    'extends: [readiness:recommended]',
    'threshold: 70',
    `# The preset's checks here today (${checks.length}):`,
    ...checks.map((c) => `#   ${oneLine(String(c.id))}: ${oneLine(what(c))} (from ${oneLine(detection.origins[String(c.id)] ?? 'convention')})`),
  ];
  lines.push(...notRunComments(detection, '', true));
  lines.push(
    '# Your overrides, by id: an entry with a preset check\'s id merges into it (its other keys kept),',
    '# `off: true` removes it, a new id adds a check. For example:',
    '# checks:',
    `#   - { id: ${checks[0] ? oneLine(String(checks[0].id)) : 'test'}, weight: 2 }`,
    '#   - { id: git, off: true }',
    '#   - { id: e2e, run: npm run e2e, category: tests }',
    '# min-level: deployable   # the gate also requires this level',
  );
  return `${lines.join('\n')}\n`;
}
