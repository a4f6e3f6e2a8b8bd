// Line numbers of matches that come in order, in one pass over the text however many there are.

export interface LineCounter {
  line: number;
  /** Where the next newline is (text.length when there is none). */
  next: number;
}

export function lineCounter(text: string): LineCounter {
  const next = text.indexOf('\n');
  return { line: 1, next: next === -1 ? text.length : next };
}

/**
 * The line of `index`. Matches come in order, so counting newlines from the previous match is
 * enough; the next newline is remembered, so a file without one is not searched again per match.
 */
export function lineAt(text: string, index: number, state: LineCounter): number {
  while (state.next < index) {
    state.line++;
    const next = text.indexOf('\n', state.next + 1);
    state.next = next === -1 ? text.length : next;
  }
  return state.line;
}
