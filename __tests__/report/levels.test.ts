// The rubric in the summary, the outputs and the report: from a real engine run with levels.
import { describe, expect, it } from 'vitest';
import { runEngine } from '../../src/engine.js';
import { renderComment } from '../../src/report/comment.js';
import { outputValues } from '../../src/report/outputs.js';
import { validateReport } from '../../src/report/report-schema.js';
import { renderSummary } from '../../src/report/summary.js';
import { workspaceWithConfig } from '../helpers.js';

const CONFIG = `threshold: 0
levels:
  - { id: deployable, title: Deployable, required: true, categories: [build] }
  - { id: production, title: Production-ready, categories: [tests, docs] }
  - { id: exemplary, title: Exemplary, all: true }
checks:
  - { id: build, category: build, required: true, run: "true" }
  - { id: unit, category: tests, run: "true" }
  - { id: docs, category: docs, run: "false" }
  - { id: e2e, category: tests, weight: 3, run: "exit 1" }
  - { id: new-lint, category: quality, required: true, run: "false", enforce-after: 2027-03-01 }
  - { id: old-rule, category: quality, run: "true", enforce-after: 2026-01-01 }
  - { id: flaky, category: quality, run: "false", waive: { reason: "tracked in #12", until: 2026-05-31 } }
`;

const NOW = () => new Date('2026-06-15T10:00:00Z');

describe('levels in the report, the summary and the outputs', () => {
  it('the summary opens with the level reached, the next level\'s gaps in the order to fix them, the grid, and what is phased in', async () => {
    const report = await runEngine({ workspace: workspaceWithConfig(CONFIG), now: NOW });
    expect(report.config.errors).toEqual([]);
    expect(report.levels).toMatchObject({ reached: 'deployable', next: 'production' });
    // The pending check fails and is required, yet neither scores nor blocks.
    expect(report.blockers).toEqual([]);
    expect(report.checks.find((c) => c.id === 'new-lint')!.enforcement).toEqual({ after: '2027-03-01', from: '2027-03-02', state: 'pending' });
    expect(validateReport(JSON.parse(JSON.stringify(report)))).toHaveProperty('report');

    const md = renderSummary(report);
    const levelAt = md.indexOf('### 🪜 Level: **Deployable** `deployable` · next: Production\\-ready');
    expect(levelAt).toBeGreaterThan(0);
    expect(levelAt).toBeLessThan(md.indexOf('### Categories'));
    // e2e (weight 3) loses more points than docs: it comes first.
    const steps = md.slice(levelAt).split('\n').filter((l) => /^\d+\. /.test(l));
    expect(steps.slice(0, 2)).toEqual([expect.stringContaining('e2e'), expect.stringContaining('docs')]);
    expect(md).toContain('| Category | Deployable 📍 | Production\\-ready | Exemplary |');
    expect(md).toMatch(/\| Tests \| {2}\| ❌ \| ❌ \|/);
    expect(md).toContain('| **Level met** | ✅ | ❌ | ❌ |');
    expect(md).toContain('- ⏳ `new-lint`: enforced from 2027-03-02; until then reported but neither scored nor gating');
    expect(md).toContain('- 📌 `old-rule`: its enforcement date passed (enforce-after 2026-01-01); it counts since 2026-01-02');
    expect(md).toMatch(/- ⌛ `flaky`: its waiver expired on 2026-05-31 \(tracked in \\#\u200b?12\); it counts again/);
    expect(md).toContain('new\\-lint 🔒 ⏳ enforced from 2027-03-02');

    // The pull-request comment carries the level in one line under the headline.
    expect(renderComment(report, '', 'https://example.test/run')).toContain('🪜 Level: **Deployable** · next: Production\\-ready (needs `e2e`, `docs`)');

    const outputs = outputValues(report, 'r.json');
    expect(outputs).toMatchObject({ level: 'deployable', 'next-level': 'production' });
    expect(JSON.parse(outputs['failed-checks'])).not.toContain('new-lint');
  });

  it('min-level: the gate fails below it with a reason, beside a threshold that passes; an unknown level is a configuration error', async () => {
    const ws = workspaceWithConfig(`${CONFIG}min-level: production\n`);
    const report = await runEngine({ workspace: ws, now: NOW });
    expect(report.passed).toBe(false);
    expect(report.gateReason).toBe('level deployable reached; min-level production is required');
    expect(renderSummary(report)).toContain('The gate requires `production`: ❌ not reached.');
    const lower = await runEngine({ workspace: ws, now: NOW, minLevel: 'deployable' });
    expect(lower.passed).toBe(true);
    const unknown = await runEngine({ workspace: ws, now: NOW, minLevel: 'prod' });
    expect(unknown.config.errors).toEqual(['min-level: unknown level "prod"; expected one of deployable, production, exemplary']);
  });

  it('the top level: no next level, and empty outputs without levels', async () => {
    const top = await runEngine({ workspace: workspaceWithConfig('levels:\n  - { id: base, all: true }\nchecks:\n  - { id: a, run: "true" }\n') });
    expect(top.levels).toMatchObject({ reached: 'base', next: null });
    expect(renderSummary(top)).toContain('### 🪜 Level: **base** `base` — the top level');
    expect(outputValues(top, 'r.json')).toMatchObject({ level: 'base', 'next-level': '' });
    const none = await runEngine({ workspace: workspaceWithConfig('checks:\n  - { id: a, run: "true" }\n') });
    expect(none.levels).toBeUndefined();
    expect(renderSummary(none)).not.toContain('Level:');
    expect(outputValues(none, 'r.json')).toMatchObject({ level: '', 'next-level': '' });
  });
});
