// builtin: conflict-markers — lines starting "<<<<<<< ", "||||||| ", "=======", ">>>>>>> " (or those
// markers alone on their line, as `git merge-file` writes them without labels). A
// "=======" counts only inside a block opened by "<<<<<<<", so Markdown and reStructuredText
// heading underlines never count. One finding per block, at its opening line.
import type { ScannedFile, Scanner } from '../scan/repository-scan.js';
import type { Finding } from '../types.js';
import { selection } from './globs.js';
import { builtinOutcome, scanStatsMetrics } from './builtin.js';
import type { CheckKind } from './types.js';

export interface ConflictResult {
  files: number;
  markers: number;
  findings: Finding[];
}

/** Marker lines of one file; pure, for tests. */
export function findConflictMarkers(text: string): { markers: number; blocks: { line: number; markers: number; closed: boolean }[] } {
  // Cheap test first: most files have none of the opening or closing markers.
  if (!text.includes('<<<<<<<') && !text.includes('>>>>>>>') && !text.includes('|||||||')) return { markers: 0, blocks: [] };
  const blocks: { line: number; markers: number; closed: boolean }[] = [];
  let markers = 0;
  let open: { line: number; markers: number; closed: boolean } | undefined;
  let lineNo = 0;
  for (const raw of text.split('\n')) {
    lineNo++;
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.startsWith('<<<<<<< ') || line === '<<<<<<<') {
      markers++;
      open = { line: lineNo, markers: 1, closed: false };
      blocks.push(open);
    } else if (line.startsWith('||||||| ') || line === '|||||||') {
      markers++;
      if (open) open.markers++;
      else blocks.push({ line: lineNo, markers: 1, closed: true });
    } else if (line === '=======' && open) {
      markers++;
      open.markers++;
    } else if (line.startsWith('>>>>>>> ') || line === '>>>>>>>') {
      markers++;
      if (open) {
        open.markers++;
        open.closed = true;
        open = undefined;
      } else blocks.push({ line: lineNo, markers: 1, closed: true });
    }
  }
  return { markers, blocks };
}

class ConflictScanner implements Scanner {
  files = 0;
  markers = 0;
  findings: Finding[] = [];

  constructor(readonly wants: (path: string) => boolean) {}

  /** A file with none of these (most) is never decoded: searched with the other scans' literals, in one pass. */
  // Without the space that follows a labelled marker: a marker alone on its line has none.
  readonly literals = ['<<<<<<<', '>>>>>>>', '|||||||'];

  take(): ConflictResult {
    const state = { files: this.files, markers: this.markers, findings: this.findings };
    this.files = 0;
    this.markers = 0;
    this.findings = [];
    return state;
  }

  merge(state: unknown): void {
    const s = state as ConflictResult;
    this.files += s.files;
    this.markers += s.markers;
    this.findings.push(...s.findings);
  }

  visit(file: ScannedFile): void {
    const r = findConflictMarkers(file.text);
    if (r.markers === 0) return;
    this.files++;
    this.markers += r.markers;
    for (const b of r.blocks) {
      this.findings.push({
        file: file.path,
        line: b.line,
        severity: 'error',
        rule: 'conflict-marker',
        message: b.closed ? `unresolved merge conflict (${b.markers} marker lines)` : 'unresolved merge conflict: "<<<<<<<" without its closing marker',
      });
    }
  }
}

export const conflictMarkersCheck: CheckKind = {
  kind: 'conflict-markers',
  scanner: (check) => new ConflictScanner(selection(undefined, check.raw.exclude)),
  async execute(ctx) {
    const { pass, scanner } = await ctx.scan.scannerOf<ConflictScanner>(ctx.check.id);
    const metrics = { files: scanner.files, markers: scanner.markers, ...scanStatsMetrics(pass) };
    const summary =
      scanner.markers === 0
        ? `no conflict markers in ${pass.stats.scanned} files`
        : `${scanner.markers} conflict marker line${scanner.markers === 1 ? '' : 's'} in ${scanner.files} file${scanner.files === 1 ? '' : 's'}`;
    return builtinOutcome(ctx, pass, {
      status: scanner.markers === 0 ? 'pass' : 'fail',
      score: scanner.markers === 0 ? 100 : 0,
      summary,
      target: '0 markers',
      metrics,
      findings: scanner.findings,
    });
  },
};
