// Severity from a CVSS vector (v2, v3.0, v3.1, v4.0) where a report gives only the vector.
import * as namespace from 'ae-cvss-calculator';
import { severityFromScore, type Severity } from './model.js';

// A CommonJS bundle: bundled, its exports are the namespace; under Node's own ESM loader they
// hide behind `default`.
type Calculator = typeof namespace;
const calculator: Calculator = 'Cvss4P0' in namespace ? namespace : (namespace as unknown as { default: Calculator }).default;
const { Cvss2, Cvss3P0, Cvss3P1, Cvss4P0 } = calculator;
export function cvssScore(vector: string): number | undefined {
  const v = vector.trim();
  try {
    let scores: { overall?: number; base?: number } | undefined;
    if (v.startsWith('CVSS:4.0/')) scores = new Cvss4P0(v).calculateScores();
    else if (v.startsWith('CVSS:3.1/')) scores = new Cvss3P1(v).calculateScores();
    else if (v.startsWith('CVSS:3.0/')) scores = new Cvss3P0(v).calculateScores();
    else if (/^(\(?AV:[LAN]\/AC:[HML]\/Au:[MSN])/.test(v)) scores = new Cvss2(v.replace(/^\(|\)$/g, '')).calculateScores();
    const score = scores?.base ?? scores?.overall;
    return typeof score === 'number' && Number.isFinite(score) ? score : undefined;
  } catch {
    return undefined;
  }
}

export function severityFromVector(vector: string | undefined | null): Severity {
  if (!vector) return 'unknown';
  const score = cvssScore(vector);
  return score === undefined ? 'unknown' : severityFromScore(score);
}
