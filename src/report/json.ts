// The JSON report file, and the other JSON files the action writes (SARIF, badge).
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Report } from '../types.js';

export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * Writes through a temporary file in the same folder and a rename: a full disk or a kill midway
 * leaves the old file or none, never a truncated one that a later step would misread.
 */
export function writeJson(file: string, value: unknown): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, jsonText(value));
    renameSync(temp, file);
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  }
}

export function writeReport(report: Report, file: string): void {
  writeJson(file, report);
}
