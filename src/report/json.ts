// The JSON report file (schemaVersion 2).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Report } from '../types.js';

export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export function writeJson(file: string, value: unknown): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, jsonText(value));
}

export function writeReport(report: Report, file: string): void {
  writeJson(file, report);
}
