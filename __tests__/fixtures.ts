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

/** Secret-shaped values planted in test repositories; none may ever appear in anything rendered. */
export const SECRET_VALUES = {
  aws: 'AKIAQYLPMN5HFIQR7ZZZ',
  github: 'ghp_R4nd0mT0k3nV4lu3xYzAbCdEfGhIjKlMn012',
  password: 'Tr0ub4dor&3xYzQ9',
  env: 'postgres://app:S3cretDbPassw0rd@db:5432/app',
};
