// Shared by the readers of tools' plain-text output (flake8, mypy) and the messages that quote it.

// Colours (FORCE_COLOR turns them on even into a pipe): CSI sequences and the charset reset
// `ESC ( B` that curses' sgr0 sends.
const COLOUR = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b[()][0-9A-Za-z]/g;

export function stripColour(text: string): string {
  return text.replace(COLOUR, '');
}

/** A line as a message may quote it: at most `max` characters, an ellipsis where it was cut. */
export function clip(line: string, max = 200): string {
  return line.length > max ? `${line.slice(0, max - 3)}...` : line;
}

/** The last line a command printed that is not blank, clipped. */
export function lastLine(output: string, max = 200): string {
  return clip(output.trimEnd().split('\n').filter((l) => l.trim()).pop()?.trim() ?? '', max);
}
