// Builders for result objects used across tests.
import type { CheckResult, CheckStatus } from '../src/types.js';

export function checkResult(id: string, status: CheckStatus, score: number | undefined, extra: Partial<CheckResult> = {}): CheckResult {
  return {
    id,
    title: extra.title ?? id,
    kind: 'run',
    category: 'quality',
    weight: 1,
    required: false,
    status,
    ...(score !== undefined ? { score } : {}),
    summary: status === 'pass' ? 'exit 0' : 'exit 1, expected 0',
    metrics: {},
    findings: [],
    evidence: { command: 'true', workingDirectory: '.', exitCode: status === 'pass' ? 0 : 1, durationMs: 10, sources: [] },
    ...extra,
  };
}
