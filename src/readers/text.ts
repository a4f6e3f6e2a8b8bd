// Bytes of a report → text: UTF-8 (with or without BOM) or UTF-16 (with a BOM, or without one
// when the text starts with ASCII). Streaming, so large reports never exist twice in memory.
import { TextDecoder } from 'node:util';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** The encoding and the length of its byte-order mark, from the first bytes. */
export function sniffEncoding(head: Uint8Array): { encoding: Encoding; bom: number } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bom: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bom: 2 };
  // No BOM: an ASCII first character with a zero byte beside it is UTF-16.
  if (head.length >= 4 && head[0] !== 0 && head[1] === 0 && head[2] !== 0 && head[3] === 0) return { encoding: 'utf-16le', bom: 0 };
  if (head.length >= 4 && head[0] === 0 && head[1] !== 0 && head[2] === 0 && head[3] !== 0) return { encoding: 'utf-16be', bom: 0 };
  return { encoding: 'utf-8', bom: 0 };
}

/** Decodes chunks in order; call with the first chunk first. */
export class ReportDecoder {
  private decoder: TextDecoder | undefined;
  private pending: Uint8Array | undefined;

  write(chunk: Uint8Array): string {
    let bytes = chunk;
    if (!this.decoder) {
      // Wait for four bytes to sniff, so a tiny first chunk cannot hide a UTF-16 text.
      bytes = this.pending ? concat(this.pending, chunk) : chunk;
      if (bytes.length < 4) {
        this.pending = bytes;
        return '';
      }
      this.pending = undefined;
      const { encoding, bom } = sniffEncoding(bytes);
      this.decoder = new TextDecoder(encoding, { ignoreBOM: true });
      bytes = bytes.subarray(bom);
    }
    return this.decoder.decode(bytes, { stream: true });
  }

  end(): string {
    if (!this.decoder) {
      const rest = this.pending ?? new Uint8Array();
      this.pending = undefined;
      const { encoding, bom } = sniffEncoding(rest);
      return new TextDecoder(encoding, { ignoreBOM: true }).decode(rest.subarray(bom));
    }
    return this.decoder.decode();
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** A whole buffer as text. */
export function decodeReport(bytes: Uint8Array): string {
  const d = new ReportDecoder();
  return d.write(bytes) + d.end();
}
