// `readiness init [DIR]`: writes DIR/.github/readiness.yml extending readiness:recommended, the
// auto-detected suite, so the file holds only what the team changes.
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { detect } from '../config/detect.js';
import { initYaml } from '../config/init-yaml.js';

export interface InitResult {
  file: string;
  written: boolean;
  message: string;
}

export function init(dir: string, force: boolean): InitResult {
  const file = path.join(dir, '.github', 'readiness.yml');
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return { file, written: false, message: `${dir}: no such directory` };
  if (existsSync(file) && !force) {
    return { file, written: false, message: `${file} already exists; use --force to overwrite it` };
  }
  const detection = detect(dir);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, initYaml(detection));
  return { file, written: true, message: `wrote ${file}:\n${detection.reasons.map((r) => `  ${r}`).join('\n')}` };
}
