// Built-in scans over a large real checkout against ripgrep searching the same patterns.
// The corpus is ~29,000 files of well-known open-source JavaScript packages (TypeScript, RxJS,
// lodash, date-fns, core-js, MUI, three.js, aws-sdk, webpack, ESLint, Babel, React, moment,
// Angular, Prettier) from the npm registry, committed to a git repository under bench/.data.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { median, timeRun, type Row } from './harness.js';

const DATA = path.resolve(import.meta.dirname, '.data');
const SRC = path.join(DATA, 'corpus-src');
const CORPUS = path.join(DATA, 'corpus');
const PACKAGES = ['typescript', 'rxjs', 'lodash', 'date-fns', 'core-js', '@mui/material', 'three', 'aws-sdk@2', 'webpack', 'eslint', '@babel/core', 'react-dom', 'moment', '@angular/core', 'prettier'];

const CONFIG = `checks:
  - { id: conflicts, builtin: conflict-markers }
  - { id: secrets, builtin: secrets }
  - { id: files, builtin: files }
  - { id: git, builtin: git }
  - id: patterns
    builtin: patterns
    patterns:
      - { id: todo, regex: "TODO|FIXME" }
      - { id: random, regex: "Math\\\\.random" }
      - { id: eval, regex: "\\\\beval\\\\(" }
  - { id: docker, builtin: dockerfile }
`;

// The same searches for ripgrep (its syntax has no look-arounds or back-references).
const GENERIC = `([Pp]assw(or)?d|PASSW(OR)?D|[Pp]wd|PWD|[Ss]ecret|SECRET|[Tt]oken|TOKEN|[Aa]pi_?[Kk]ey|API_?KEY|[Aa]ccess_?[Kk]ey|ACCESS_?KEY|[Pp]rivate_?[Kk]ey|PRIVATE_?KEY)(_?[Kk]ey|_?KEY)?["']?[ \\t]*(:=|=>|=|:)[ \\t]*["'\`]?[^ \\t"'\`;,(){}\\[\\]<>]{8,200}`;
const TOKENS = [
  '^(<<<<<<< |\\|\\|\\|\\|\\|\\|\\| |=======$|>>>>>>> )',
  'TODO|FIXME',
  'Math\\.random',
  '\\beval\\(',
  '(AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}',
  'gh[pousr]_[A-Za-z0-9]{36,255}',
  'github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}',
  'gl(pat|dt|ptt|rt)-[A-Za-z0-9_-]{20,}',
  'xox[baprs]-[A-Za-z0-9-]{10,}',
  'hooks\\.slack\\.com/',
  '(sk|rk)_live_[A-Za-z0-9]{20,}',
  'AIza[0-9A-Za-z_-]{35}',
  'npm_[A-Za-z0-9]{36}',
  'eyJ[A-Za-z0-9_-]{10,}\\.eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}',
  'PRIVATE KEY( BLOCK)?-----',
];

function ensureCorpus(): void {
  if (existsSync(path.join(CORPUS, '.git'))) return;
  mkdirSync(SRC, { recursive: true });
  writeFileSync(path.join(SRC, 'package.json'), '{"name":"corpus","version":"1.0.0","private":true}\n');
  console.error('bench: installing the corpus packages from the npm registry (once)…');
  execFileSync('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund', ...PACKAGES], { cwd: SRC, stdio: 'ignore' });
  cpSync(path.join(SRC, 'node_modules'), path.join(CORPUS, 'packages'), { recursive: true });
  const git = (...args: string[]) => execFileSync('git', args, { cwd: CORPUS, stdio: 'ignore' });
  git('init', '-q');
  git('add', '-A');
  git('-c', 'user.name=bench', '-c', 'user.email=bench@example.com', 'commit', '-qm', 'chore: corpus');
}

/** Wall time and peak RSS (GNU time) of a command. */
function timed(cmd: string, args: string[]): { ms: number; peakKb: number | null } {
  const hasTime = existsSync('/usr/bin/time');
  const r = hasTime ? timeRun('/usr/bin/time', ['-f', '%M', cmd, ...args], { cwd: DATA }) : timeRun(cmd, args, { cwd: DATA });
  const kb = hasTime ? Number(r.stderr.trim().split('\n').pop()) : NaN;
  return { ms: r.ms, peakKb: Number.isFinite(kb) ? kb : null };
}

export function scanBench(): Row[] {
  ensureCorpus();
  const files = execFileSync('git', ['ls-files'], { cwd: CORPUS, maxBuffer: 64 * 1024 * 1024 }).toString().split('\n').filter(Boolean).length;
  const config = path.join(DATA, 'scan-config.yml');
  writeFileSync(config, CONFIG);
  const cli = path.resolve(import.meta.dirname, '..', 'dist', 'cli.js');
  const ours = [0, 1, 2].map(() => timed(process.execPath, [cli, CORPUS, '--config', config, '--no-color']));
  const oursMs = median(ours.map((o) => o.ms));
  const peakMb = Math.max(...ours.map((o) => o.peakKb ?? 0)) / 1024;
  const rows: Row[] = [
    { benchmark: `built-in scans, ${files} files (whole process)`, result: `${(oursMs / 1000).toFixed(2)} s`, target: '≤ 1.5× ripgrep', ok: null },
    { benchmark: 'built-in scans: peak memory (RSS)', result: `${peakMb.toFixed(0)} MB`, target: '< 200 MB', ok: peakMb > 0 ? peakMb < 200 : null },
  ];
  if (spawnSync('rg', ['--version']).status !== 0) {
    rows.push({ benchmark: 'ripgrep', result: 'not installed (apt-get install ripgrep)', target: '-', ok: null });
    return rows;
  }
  const rg = (patterns: string[]) => median([0, 1].map(() => timed('rg', ['--hidden', '--no-messages', '-c', ...patterns.flatMap((p) => ['-e', p]), CORPUS]).ms));
  const same = rg([...TOKENS, GENERIC]);
  const tokensOnly = rg(TOKENS);
  rows[0]!.ok = oursMs <= 1.5 * same;
  rows[0]!.result += ` = ${(oursMs / same).toFixed(2)}× ripgrep`;
  rows.push(
    { benchmark: 'ripgrep, the same patterns (rg -c -e …)', result: `${(same / 1000).toFixed(2)} s`, target: 'reference', ok: null },
    { benchmark: 'ripgrep, without the generic secret pattern', result: `${(tokensOnly / 1000).toFixed(2)} s (ours ${(oursMs / tokensOnly).toFixed(2)}×)`, target: 'reference', ok: null },
  );
  return rows;
}
