// Go coverprofiles (SPEC §3): statements weighted by NumStmt; a block listed twice (several
// packages, or -coverpkg) is one block, covered if any of its counts is above 0. For patch
// coverage, every line a block with statements spans is executable, covered when any such block ran.
import { CoverageData } from './coverage.js';
import { ReaderError, retain, type StreamReader } from './types.js';

const BLOCK = /^(.+):(\d+)\.(\d+),(\d+)\.(\d+) (\d+) (\d+)$/;

export function createGoCoverReader(): StreamReader<CoverageData> {
  const data = new CoverageData(new Set(['go']));
  let lineNo = 0;
  let rest = '';
  let sawMode = false;
  // block id → [statements, covered?]
  const blocks = new Map<string, { file: string; from: number; to: number; stmts: number; covered: boolean }>();
  const names = new Map<string, string>();

  const handle = (raw: string) => {
    lineNo++;
    const line = raw.trim();
    if (!line) return;
    if (line.startsWith('mode:')) {
      sawMode = true;
      return;
    }
    if (!sawMode) throw new ReaderError('not a Go coverprofile: expected "mode: set|count|atomic" first', lineNo);
    const m = BLOCK.exec(line);
    if (!m) throw new ReaderError('malformed Go coverprofile: expected file:line.col,line.col statements count', lineNo);
    const id = `${m[1]}:${m[2]}.${m[3]},${m[4]}.${m[5]}`;
    const covered = Number(m[7]) > 0;
    const prev = blocks.get(id);
    if (prev) prev.covered ||= covered;
    else {
      // One copy of each file name, not a slice pinning the chunk it was cut from.
      let file = names.get(m[1]!);
      if (file === undefined) {
        file = retain(m[1]!);
        names.set(file, file);
      }
      blocks.set(id, { file, from: Number(m[2]), to: Number(m[4]), stmts: Number(m[6]), covered });
    }
  };

  return {
    write(chunk) {
      const text = rest + chunk;
      const parts = text.split('\n');
      rest = parts.pop()!;
      for (const p of parts) handle(p);
    },
    end() {
      if (rest) handle(rest);
      rest = '';
      if (!sawMode) throw new ReaderError('not a Go coverprofile: no "mode:" line');
      let covered = 0;
      let total = 0;
      for (const b of blocks.values()) {
        total += b.stmts;
        if (b.covered) covered += b.stmts;
        if (b.stmts > 0 && b.to >= b.from && b.to - b.from < 100_000) {
          const lines = data.detailLines(b.file);
          for (let l = b.from; l <= b.to; l++) lines.add(l, b.covered ? 1 : 0);
        }
      }
      data.addTotal('statements', covered, total);
      return data;
    },
  };
}
