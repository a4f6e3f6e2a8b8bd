// Whether a command is installed. @actions/io's `which` probes the action's own PATH; a check
// environment given its own PATH (the engine's `env` option) is probed the same way on that PATH,
// since `which` only reads process.env.
import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';

export async function findExecutable(name: string, pathVar: string | undefined): Promise<string | undefined> {
  if (pathVar === process.env.PATH && !name.includes('/')) {
    // Loaded for a check that names `requires` only. In the engine's chunk of dist/ ("eager"): this
    // runs while checks run, when nothing may be read from dist/ any more.
    const { which } = await import(/* webpackMode: "eager" */ '@actions/io');
    return (await which(name, false)) || undefined;
  }
  return findOnPath(name, pathVar);
}

function findOnPath(name: string, pathVar: string | undefined): string | undefined {
  if (name.includes('/')) return isExecutable(name) ? name : undefined;
  for (const dir of (pathVar ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    if (isExecutable(candidate)) return candidate;
  }
  return undefined;
}

function isExecutable(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
