// The JSON report file (schemaVersion 1).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Report } from '../types.js';

export function reportJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

export function writeReport(report: Report, file: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, reportJson(report));
}
