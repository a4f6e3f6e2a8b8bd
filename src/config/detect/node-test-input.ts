// What the Node test detection and its node-tap companion share: the runners and wrappers known,
// a test script parsed, and the package it belongs to (kept apart so neither imports the other).

export type PackageManager = 'npm' | 'pnpm' | 'yarn' | 'yarn-berry' | 'bun';

export const RUNNERS = ['vitest', 'jest', 'mocha', 'node', 'ava', 'tap'] as const;
export type Runner = (typeof RUNNERS)[number];
export const WRAPPERS = ['c8', 'nyc'] as const;
export type Wrapper = (typeof WRAPPERS)[number];

export interface ParsedScript {
  env: string[];
  wrapper?: { name: Wrapper; args: string[] };
  runner: Runner;
  args: string[];
}

export interface NodeTestInput {
  /** The repository root (absolute); `dir` is relative to it. */
  root: string;
  dir: string;
  /** Id prefix of the package's checks ("" at the root, "packages-api-" in a workspace). */
  prefix: string;
  pm: PackageManager;
  scripts: Record<string, string>;
  deps: Record<string, string>;
  where: string;
  requires: string[];
  execBin: string;
  runScript(name: string): string;
  /**
   * The whole command with the instrumented runner put in: a CI step or a script chain runs its
   * other commands as written (`pnpm lint && <runner>`). Without it, a pretest script runs first.
   */
  chain?: (runner: string) => string;
  /** Check id, when not `<prefix>test`. */
  id?: string;
  /** Where the command came from, for the comment (`"test" script in package.json`). */
  describe?: string;
}
