// `readiness config [DIR]`: the resolved config (presets applied) with each value's file and line.
import { detect } from '../config/detect.js';
import { ConfigError, findConfig, loadConfigFile, resolveConfigText } from '../config/load.js';
import { printResolved } from '../config/print.js';
import { DETECTED_CONFIG_NAME } from '../engine.js';

export interface ShownConfig {
  ok: boolean;
  /** The resolved config on success; the problems, one a line, otherwise. */
  text: string;
}

export function showConfig(dir: string, config?: string): ShownConfig {
  try {
    const file = findConfig(dir, config);
    // No config file: the auto-detected suite is what a run would use.
    const resolved = file ? loadConfigFile(dir, file).resolved : resolveConfigText(detect(dir).yaml, DETECTED_CONFIG_NAME, { workspace: dir });
    return { ok: true, text: printResolved(resolved.tree, resolved.layers, resolved.notes) };
  } catch (err) {
    if (err instanceof ConfigError) return { ok: false, text: err.problems.join('\n') };
    throw err;
  }
}
