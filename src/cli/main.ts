// The `readiness` command: same engine as the action, a terminal scorecard and exit codes
// 0 (gate passed), 1 (gate failed), 2 (usage or configuration error).
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { configJsonSchema } from '../config/schema.js';
import { init } from './init.js';
import { showConfig } from './config.js';
import { parseIdList, runEngine } from '../engine.js';
import { jsonText } from '../report/json.js';
import { renderSarif } from '../report/sarif.js';
import { renderSummary } from '../report/summary.js';
import { checkLine, palette, renderTerminal, useColor } from '../report/terminal.js';
import { VERSION } from '../version.js';
import { killAllCommands } from '../run/process.js';
import { onSignal } from '../run/signals.js';
import { compare, type BaselineFile } from '../github/baseline.js';
import { BaselineSourceError, readBaselineSource } from '../github/baseline-source.js';
import { applyRatchet, ratchetPolicy } from '../scoring/ratchet.js';

const USAGE = `Usage:
  readiness [DIR] [options]     run the scorecard on DIR (default: the current directory)
  readiness init [DIR]          write the auto-detected suite to DIR/.github/readiness.yml
                                (--force overwrites an existing file)
  readiness config [DIR]        print the resolved config (presets applied), each value
                                with the file and line it came from
  readiness schema              print the JSON Schema of the config file

Options:
  --config FILE        config file (default: .github/readiness.yml, .github/readiness.yaml, readiness.yml)
  --threshold N        pass mark 0-100, overrides the config
  --only ID,...        run only these checks
  --concurrency N      checks run at once (default: available CPUs)
  --json FILE          write the JSON report
  --markdown FILE      write the Markdown summary (as the action writes it)
  --sarif FILE         write every finding as SARIF 2.1.0
  --base REF           judge the change since the merge-base of REF and HEAD too:
                       new findings, patch coverage, the new-code score
  --baseline FILE      compare with the JSON report of an earlier run (--json FILE of that run)
  --min-level ID       fail unless this level of the config's levels is reached
  --max-drop N         with --baseline: fail when the score is more than N points below it
  --no-new-failures    with --baseline: fail when a check that passed in it now fails or errors
  --no-new-test-failures
                       with --baseline: fail on tests that fail now and did not fail in it
  --no-color           no colour (NO_COLOR is honoured too)
  --keep-temp          keep the run's temporary folder ($READINESS_TEMP) instead of removing it
  -h, --help           show this help
  -v, --version        print the version

Exit status: 0 the gate passed, 1 the gate failed, 2 usage or configuration error.
`;

class UsageError extends Error {}

/** The options USAGE lists, for suggesting the nearest to a mistyped one. */
const OPTION_NAMES = [...USAGE.matchAll(/^ {2}(?:-\w, )?--([\w-]+)/gm)].map((m) => m[1]!);

/** Edit distance (insertions, deletions, substitutions, adjacent swaps) between two short words. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/** "; did you mean --threshold?" for an unknown option close to a known one (--thresold). */
export function suggestion(err: Error): string {
  if ((err as NodeJS.ErrnoException).code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return '';
  const given = /'(-{1,2}[^'=]+)/.exec(err.message)?.[1]?.replace(/^-+/, '');
  if (!given) return '';
  let best: { name: string; d: number } | undefined;
  for (const name of OPTION_NAMES) {
    const d = distance(given, name);
    if (!best || d < best.d) best = { name, d };
  }
  return best && best.d <= Math.max(2, Math.floor(given.length / 3)) ? `; did you mean --${best.name}?` : '';
}

function writeFile(file: string, content: string): void {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  writeFileSync(file, content);
}

function numberOption(name: string, value: string | undefined, min: number, max: number, integer: boolean): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < min || n > max || (integer && !Number.isInteger(n))) {
    throw new UsageError(`--${name}: expected ${integer ? 'an integer' : 'a number'} from ${min} to ${max === Infinity ? '∞' : max}, found ${JSON.stringify(value)}`);
  }
  return n;
}

export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        config: { type: 'string' },
        threshold: { type: 'string' },
        only: { type: 'string' },
        concurrency: { type: 'string' },
        json: { type: 'string' },
        markdown: { type: 'string' },
        sarif: { type: 'string' },
        base: { type: 'string' },
        baseline: { type: 'string' },
        'max-drop': { type: 'string' },
        'min-level': { type: 'string' },
        'no-new-failures': { type: 'boolean' },
        'no-new-test-failures': { type: 'boolean' },
        'no-color': { type: 'boolean' },
        force: { type: 'boolean' },
        'keep-temp': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (err) {
    process.stderr.write(`readiness: ${(err as Error).message}${suggestion(err as Error)}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (positionals[0] === 'schema') {
    process.stdout.write(`${JSON.stringify(configJsonSchema(), null, 2)}\n`);
    return 0;
  }
  if (positionals[0] === 'config') {
    if (positionals.length > 2) {
      process.stderr.write(`readiness config: expected at most one directory\n\n${USAGE}`);
      return 2;
    }
    const shown = showConfig(path.resolve(positionals[1] ?? '.'), values.config);
    (shown.ok ? process.stdout : process.stderr).write(`${shown.text}\n`);
    return shown.ok ? 0 : 2;
  }
  if (positionals[0] === 'init') {
    if (positionals.length > 2) {
      process.stderr.write(`readiness init: expected at most one directory\n\n${USAGE}`);
      return 2;
    }
    const result = init(path.resolve(positionals[1] ?? '.'), values.force === true);
    (result.written ? process.stdout : process.stderr).write(`${result.message}\n`);
    return result.written ? 0 : 2;
  }
  if (positionals.length > 1) {
    process.stderr.write(`readiness: expected at most one directory, found ${positionals.length} arguments\n\n${USAGE}`);
    return 2;
  }

  let threshold: number | undefined;
  let concurrency: number | undefined;
  let maxDrop: number | undefined;
  let baseline: BaselineFile | undefined;
  try {
    threshold = numberOption('threshold', values.threshold, 0, 100, false);
    concurrency = numberOption('concurrency', values.concurrency, 1, Infinity, true);
    maxDrop = numberOption('max-drop', values['max-drop'], 0, 100, false);
    // Read before the run: a bad baseline file is a usage error, not a wasted run.
    if (values.baseline) baseline = readBaselineSource(path.resolve(values.baseline), values.baseline);
  } catch (err) {
    process.stderr.write(`readiness: ${err instanceof BaselineSourceError ? '--baseline ' : ''}${(err as Error).message}\n`);
    return 2;
  }

  if (values.base !== undefined && (values.base.trim() === '' || values.base.startsWith('-') || /[\s\0]/.test(values.base))) {
    process.stderr.write(`readiness: --base: expected a git ref, found ${JSON.stringify(values.base)}\n`);
    return 2;
  }
  const workspace = path.resolve(positionals[0] ?? '.');
  const p = palette(!values['no-color'] && useColor(process.stdout.isTTY, env));
  const progress = palette(!values['no-color'] && useColor(process.stderr.isTTY, env));
  const controller = new AbortController();
  const stopListening = onSignal((signal, count) => {
    if (count === 1) {
      process.stderr.write(`readiness: ${signal}: stopping the checks and writing a partial report\n`);
      controller.abort();
    } else {
      // A second signal leaves no grace: every check's processes die now, then the report is written.
      killAllCommands();
    }
  });

  let report = await runEngine({
    workspace,
    ...(values.config ? { config: values.config } : {}),
    ...(threshold !== undefined ? { threshold } : {}),
    ...(values.only ? { only: parseIdList(values.only) } : {}),
    ...(concurrency !== undefined ? { concurrency } : {}),
    signal: controller.signal,
    onCheckStart: (c) => process.stderr.write(progress.dim(`  … ${c.id} running\n`)),
    onCheckEnd: (c) => process.stderr.write(`  ${checkLine(c, progress)}\n`),
    ...(values.base !== undefined ? { newCode: { mode: values.base, gate: {} } } : {}),
    ...(values['keep-temp'] ? { keepTemp: true } : {}),
    ...(values['min-level'] !== undefined ? { minLevel: values['min-level'] } : {}),
    ...(baseline ? { baselineHistory: baseline.history } : {}),
  });
  stopListening();
  if (report.config.errors.length === 0) {
    if (baseline) report = { ...report, baseline: compare(report, baseline, { branch: values.baseline!, source: 'file', date: report.startedAt }) };
    const asked = { ...(maxDrop !== undefined ? { maxDrop } : {}), ...(values['no-new-failures'] ? { noNewFailures: true } : {}), ...(values['no-new-test-failures'] ? { noNewTestFailures: true } : {}) };
    report = applyRatchet(report, ratchetPolicy(report.config.ratchet, asked));
  }

  if (values.json) writeFile(values.json, jsonText(report));
  if (values.markdown) writeFile(values.markdown, renderSummary(report));
  if (values.sarif) writeFile(values.sarif, jsonText(renderSarif(report)));
  process.stdout.write(renderTerminal(report, p));
  if (report.config.errors.length > 0) return 2;
  return report.passed ? 0 : 1;
}

