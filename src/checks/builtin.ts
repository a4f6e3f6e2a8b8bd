// What the built-in scans share: evidence that names the pass, and its skip counts as metrics.
import type { PassResult } from '../scan/repository-scan.js';
import type { CheckOutcome } from '../types.js';
import type { Measurement } from './reader-check.js';
import type { CheckContext } from './types.js';

export function scanStatsMetrics(pass: PassResult): Record<string, number> {
  const s = pass.stats;
  return { scanned: s.scanned, skippedBinary: s.skippedBinary, skippedLarge: s.skippedLarge, skippedSymlink: s.skippedSymlink, unreadable: s.unreadable };
}

/** A built-in scan's outcome: its measurement plus evidence of the shared pass. */
export function builtinOutcome(ctx: CheckContext, pass: PassResult, measured: Measurement): CheckOutcome {
  const s = pass.stats;
  const skipped: string[] = [];
  if (s.skippedBinary) skipped.push(`${s.skippedBinary} binary`);
  if (s.skippedLarge) skipped.push(`${s.skippedLarge} over max-file-size`);
  if (s.skippedSymlink) skipped.push(`${s.skippedSymlink} symlinks`);
  if (s.unreadable) skipped.push(`${s.unreadable} unreadable`);
  const note = `Scanned ${s.scanned} of ${s.listed} files listed by ${pass.list.source === 'git' ? 'git ls-files -co --exclude-standard' : 'a walk honouring .gitignore'} in ${pass.durationMs} ms${skipped.length ? `; skipped ${skipped.join(', ')}` : ''}.`;
  const examples = [...pass.skippedExamples.large.map((f) => `over max-file-size: ${f}`), ...pass.skippedExamples.unreadable.map((f) => `unreadable: ${f}`)];
  // Checks of one pass share its time: it is shown once, on the pass's first check.
  const shared = pass.timedOn !== undefined && pass.timedOn !== ctx.check.id;
  return {
    ...measured,
    evidence: {
      workingDirectory: '.',
      durationMs: shared ? 0 : pass.durationMs,
      note: [note, ...(shared ? [`The pass is shared with ${pass.timedOn}, whose time includes this check's.`] : []), ...examples].join('\n'),
      sources: [],
      ...(shared ? { timedOn: pass.timedOn } : {}),
    },
  };
}
