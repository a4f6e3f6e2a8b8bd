import { clip } from '../readers/tool-output.js';

// Reading a failed command's own output for the two causes that mean "could not measure" rather
// than "failed": a program that is not installed, and a network or registry that could not be
// reached. Pure text in, a short cause out.

// Tool output is hostile (a minified file or a base64 blob on one line): every diagnosis here is
// linear in the output and reads at most its last DIAGNOSIS_WINDOW characters. The expressions
// below are anchored or stop at the next quote, so each line is scanned a bounded number of times.

/** The shell's line (sh: 1: tsc: not found · bash: tsc: command not found), trusted with exit 127 only. */
const SHELL_MISSING = /^(?:\S*sh): (?:line )?\d*:? ?([^\s:]+): (?:command )?not found$/m;

/** Lines package managers print when the program a script calls is not installed; they exit 1. */
const MISSING = [
  /Command "([^"]+)" not found/, // pnpm (ERR_PNPM_RECURSIVE_EXEC_FIRST_FAIL) and yarn 1 ("error Command "tsc" not found.")
  /^Usage Error: Couldn't find a script named "([^"]+)"/m, // yarn berry
  /^\S*python[\d.]*: No module named ([\w.]+)$/m, // python -m pytest without pytest
];

/**
 * Whether the package manager echoed a script that runs `program` itself: npm and pnpm print
 * `> eslint .`, yarn 1 `$ eslint .`. Then the shell's "not found" is the script's own program, not
 * one a test ran. Plain string work per line: linear in the output, whatever it holds.
 */
function scriptRuns(output: string, program: string): boolean {
  for (const line of output.split('\n')) {
    if (!line.startsWith('> ') && !line.startsWith('$ ')) continue;
    for (const part of line.slice(2).split(/&&|\|\||[;|]/)) {
      const first = part.trimStart().split(/\s/, 1)[0] ?? '';
      if (first === program || first.endsWith(`/${program}`)) return true;
    }
  }
  return false;
}

/** The program a failed command could not find, or undefined. */
export function missingProgram(output: string, exitCode: number | null): string | undefined {
  const text = outputLines(output).join('\n');
  // A test that runs a missing program prints the shell's line too; only exit 127 is the check's
  // own, or a package manager's script (pnpm and yarn exit 1) whose echoed command is that program.
  const shell = SHELL_MISSING.exec(text)?.[1];
  if (exitCode === 127) return shell;
  if (shell && scriptRuns(text, shell)) return shell;
  for (const re of MISSING) {
    const m = re.exec(text);
    if (m) return m[1];
  }
  return undefined;
}

/** ASCII lower case, the same length as the input, so an index in it is an index in the line. */
function lower(line: string): string {
  const low = line.toLowerCase();
  // Only a few letters (İ) grow when lowered; then lower the ASCII letters alone.
  return low.length === line.length ? low : line.replace(/[A-Z]+/g, (s) => s.toLowerCase());
}

const WORD = /\w/;
const isWord = (c: string | undefined): boolean => c !== undefined && WORD.test(c);

/** Index of `word` in `text` from `from` at a word boundary (\bword, and word\b unless `openEnd`), or -1. */
function wordAt(text: string, word: string, from = 0, openEnd = false): number {
  for (let i = text.indexOf(word, from); i >= 0; i = text.indexOf(word, i + 1)) {
    if (!isWord(text[i - 1]) && (openEnd || !isWord(text[i + word.length]))) return i;
  }
  return -1;
}

/** Earliest index of any of `words` from `from`, or -1; `bounded` asks for whole words. */
function firstOf(text: string, words: readonly string[], from = 0, bounded = false): number {
  let best = -1;
  for (const w of words) {
    const i = bounded ? wordAt(text, w, from) : text.indexOf(w, from);
    if (i >= 0 && (best < 0 || i < best)) best = i;
  }
  return best;
}

/**
 * Messages of tools that could not reach a host: DNS, refused or reset connections, and registries
 * that refuse the request (npm's audit endpoint answering 405 on a mirror). Each rule is a plain
 * string search in one line (`line` as printed, `low` its ASCII lower case) giving where the cause
 * starts, or -1: a regular expression here met a minified line and took minutes (issue 24).
 */
const OUTAGE: ((line: string, low: string) => number)[] = [
  (_, low) => firstOf(low, ['could not resolve host:', 'could not resolve host ']), // curl, git, cargo
  (_, low) => low.indexOf('unknown host'), // Gradle, Maven
  (_, low) => low.indexOf('temporary failure in name resolution'),
  (line) => firstOf(line, ['getaddrinfo ENOTFOUND', 'getaddrinfo EAI_AGAIN']),
  (line) => firstOf(line, ['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ECONNRESET', 'ENETUNREACH'], 0, true),
  (_, low) => low.indexOf('network is unreachable'),
  (_, low) => wordAt(low, '405 method not allowed', 0, true),
  // cargo: "failed to download from `https://index.crates.io/…`"
  (_, low) => {
    const at = firstOf(low, ['failed to download', 'failed to fetch', 'failed to query']);
    return at >= 0 && firstOf(low, ['registry', 'index', 'crates.io'], at + 'failed to '.length) >= 0 ? at : -1;
  },
  // Maven and Gradle fetching an artifact ("Could not transfer artifact …", "Connect to host:443
  // […] failed: …"); a test's own log of a refused connection is not an outage.
  (_, low) => {
    const transfer = low.indexOf('could not transfer artifact');
    let connect = low.indexOf('connect to ');
    while (connect >= 0 && !(low[connect + 11] && !/\s/.test(low[connect + 11]!))) connect = low.indexOf('connect to ', connect + 1);
    const after = [transfer >= 0 ? transfer + 27 : -1, connect >= 0 ? connect + 12 : -1].filter((i) => i >= 0);
    if (after.length === 0) return -1;
    return firstOf(low, ['connection refused', 'connect timed out', 'connection timed out', 'no route to host'], Math.min(...after), true);
  },
];

/** The most output a diagnosis reads, from its end, so its cost is bounded whatever was captured. */
export const DIAGNOSIS_WINDOW = 1024 * 1024;

/** The lines of the output's last DIAGNOSIS_WINDOW characters (a line cut at the start is dropped). */
function outputLines(output: string): string[] {
  if (output.length <= DIAGNOSIS_WINDOW) return output.split('\n');
  const tail = output.slice(output.length - DIAGNOSIS_WINDOW);
  return tail.slice(tail.indexOf('\n') + 1).split('\n');
}

/** The line saying a network or registry could not be reached, or undefined. */
export function networkOutage(output: string): string | undefined {
  const lines = outputLines(output);
  const lows = lines.map(lower);
  // The rules in order, each over every line: the first rule that holds anywhere names the cause.
  for (const rule of OUTAGE) {
    for (let i = 0; i < lines.length; i++) {
      const at = rule(lines[i]!, lows[i]!);
      if (at < 0) continue;
      const line = lines[i]!.trim();
      if (line.length <= 200) return line;
      // Maven puts the cause at the end of a long line ("… could not be resolved: … Unknown host x"): keep it.
      const cause = lines[i]!.slice(at).trim().slice(0, 120);
      return line.startsWith(cause) ? `${line.slice(0, 197)}...` : `${line.slice(0, 196 - cause.length)}... ${cause}`;
    }
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
