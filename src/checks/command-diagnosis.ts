import { clip } from '../readers/tool-output.js';

// Reading a failed command's own output for the two causes that mean "could not measure" rather
// than "failed": a program that is not installed, and a network or registry that could not be
// reached. Pure text in, a short cause out.

/** The shell's line (sh: 1: tsc: not found · bash: tsc: command not found), trusted with exit 127 only. */
const SHELL_MISSING = /^(?:\S*sh): (?:line )?\d*:? ?([^\s:]+): (?:command )?not found$/m;

/** Lines package managers print when the program a script calls is not installed; they exit 1. */
const MISSING = [
  /Command "([^"]+)" not found/, // pnpm (ERR_PNPM_RECURSIVE_EXEC_FIRST_FAIL) and yarn 1 ("error Command "tsc" not found.")
  /^Usage Error: Couldn't find a script named "([^"]+)"/m, // yarn berry
  /^\S*python[\d.]*: No module named ([\w.]+)$/m, // python -m pytest without pytest
];

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Whether the package manager echoed a script that runs `program` itself: npm and pnpm print
 * `> eslint .`, yarn 1 `$ eslint .`. Then the shell's "not found" is the script's own program, not
 * one a test ran.
 */
function scriptRuns(output: string, program: string): boolean {
  const word = escapeRegExp(program);
  return new RegExp(`^[>$] (?:.*(?:&&|\\|\\||;|\\|)\\s*)?(?:\\S*/)?${word}(?:\\s|$)`, 'm').test(output);
}

/** The program a failed command could not find, or undefined. */
export function missingProgram(output: string, exitCode: number | null): string | undefined {
  // A test that runs a missing program prints the shell's line too; only exit 127 is the check's
  // own, or a package manager's script (pnpm and yarn exit 1) whose echoed command is that program.
  const shell = SHELL_MISSING.exec(output)?.[1];
  if (exitCode === 127) return shell;
  if (shell && scriptRuns(output, shell)) return shell;
  for (const re of MISSING) {
    const m = re.exec(output);
    if (m) return m[1];
  }
  return undefined;
}

/**
 * Messages of tools that could not reach a host: DNS, refused or reset connections, and registries
 * that refuse the request (npm's audit endpoint answering 405 on a mirror).
 */
const OUTAGE = [
  /Could not resolve host[: ][^\n]*/i, // curl, git, cargo
  /Unknown host[^\n]*/i, // Gradle, Maven
  /Temporary failure in name resolution[^\n]*/i,
  /getaddrinfo (?:ENOTFOUND|EAI_AGAIN)[^\n]*/,
  /\b(?:ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ENETUNREACH)\b[^\n]*/,
  /Network is unreachable[^\n]*/i,
  /\b405 Method Not Allowed[^\n]*/i,
  /failed to (?:download|fetch|query)[^\n]*(?:registry|index|crates\.io)[^\n]*/i, // cargo
  // Maven and Gradle fetching an artifact ("Could not transfer artifact …", "Connect to host:443
  // […] failed: …"); a test's own log of a refused connection is not an outage.
  /(?<=(?:Could not transfer artifact|Connect to \S+)[^\n]*)\b(?:Connection refused|Connect(?:ion)? timed out|No route to host)\b[^\n]*/i,
];

/** The line saying a network or registry could not be reached, or undefined. */
export function networkOutage(output: string): string | undefined {
  for (const re of OUTAGE) {
    const m = re.exec(output);
    if (!m) continue;
    // The whole line the match is on, trimmed to what a summary can show.
    const start = output.lastIndexOf('\n', m.index) + 1;
    const end = output.indexOf('\n', m.index);
    const line = output.slice(start, end < 0 ? undefined : end).trim();
    if (line.length <= 200) return line;
    // Maven puts the cause at the end of a long line ("… could not be resolved: … Unknown host x"): keep it.
    const cause = m[0].trim().slice(0, 120);
    return line.startsWith(cause) ? `${line.slice(0, 197)}...` : `${line.slice(0, 196 - cause.length)}... ${cause}`;
  }
  return undefined;
}

/** A package manager refusing to run at all, with what to do about it. */
const REFUSALS: { re: RegExp; fix: string }[] = [
  { re: /Corepack must currently be enabled[^\n]*/, fix: 'run `corepack enable` before this step' },
  { re: /(?:Refusing to run|Cannot find matching keyid|[Ss]ignature (?:does not match|could not be verified))[^\n]*/, fix: 'update Corepack (`npm install -g corepack@latest`) or install the package manager package.json names' },
  { re: /This project is configured to use \w+[^\n]*/, fix: 'use the package manager the "packageManager" field of package.json names' },
  { re: /ERR_PNPM_BAD_PM_VERSION[^\n]*/, fix: 'install the pnpm version package.json asks for' },
  { re: /ERR_PNPM_UNSUPPORTED_ENGINE[^\n]*/, fix: 'use the Node.js and pnpm versions the "engines" field of package.json asks for' },
  { re: /(?:npm (?:ERR!|error) )?(?:code EBADENGINE|notsup Unsupported engine)[^\n]*/, fix: 'use the Node.js version the "engines" field of package.json asks for' },
  { re: /The engine "\w+" is incompatible with this module[^\n]*/, fix: 'use the versions the "engines" field of package.json asks for' },
];

/** Why a package manager refused to run (Corepack, a signature, an engine mismatch), or undefined. */
export function packageManagerRefusal(output: string): string | undefined {
  for (const { re, fix } of REFUSALS) {
    const m = re.exec(output);
    if (m) return `${clip(m[0].replace(/^[\s\u2009]*(?:Error:|error|Usage Error:)?\s*/, '').trim(), 160)}; ${fix}`;
  }
  return undefined;
}
