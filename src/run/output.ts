// Capped capture of command output and its cleaning for display.

/** Keeps the last `limit` bytes written; memory stays flat whatever the command prints. */
export class TailBuffer {
  private chunks: Buffer[] = [];
  private size = 0;
  totalBytes = 0;

  constructor(private readonly limit: number) {}

  push(chunk: Buffer): void {
    this.totalBytes += chunk.length;
    if (chunk.length >= this.limit) {
      this.chunks = [chunk.subarray(chunk.length - this.limit)];
      this.size = this.limit;
      return;
    }
    this.chunks.push(chunk);
    this.size += chunk.length;
    // Compact only when well over the cap, so a flood of small chunks costs O(1) amortised.
    if (this.size > this.limit * 2) this.compact();
  }

  private compact(): void {
    const all = Buffer.concat(this.chunks, this.size);
    const kept = Buffer.from(all.subarray(all.length - Math.min(this.limit, all.length)));
    this.chunks = [kept];
    this.size = kept.length;
  }

  get truncated(): boolean {
    return this.totalBytes > this.limit;
  }

  /** The kept bytes as UTF-8, without a character cut in half at the start. */
  text(): string {
    this.compact();
    let buf = this.chunks[0] ?? Buffer.alloc(0);
    if (this.truncated) {
      let start = 0;
      while (start < buf.length && start < 4 && (buf[start]! & 0xc0) === 0x80) start++;
      buf = buf.subarray(start);
    }
    return buf.toString('utf8');
  }
}

// CSI, OSC (BEL or ST terminated) and two-character escapes.
const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[@-Z\\-_]/g;

/** Removes terminal escapes and applies carriage returns the way a terminal shows the final line. */
export function cleanOutput(text: string): string {
  // pnpm prints a bare "undefined" line before some of its errors (a command not found): noise.
  const noAnsi = text.replace(ANSI, '').replace(/^undefined\r?\n/, '');
  if (!noAnsi.includes('\r')) return noAnsi;
  return noAnsi
    .replace(/\r\n/g, '\n')
    .split('\n')
    .map((line) => {
      const i = line.lastIndexOf('\r', line.length - 2);
      return (i >= 0 ? line.slice(i + 1) : line).replace(/\r$/, '');
    })
    .join('\n');
}
