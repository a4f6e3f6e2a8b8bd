// Whether bytes contain any of a set of ASCII literals, in one pass: each position's two bytes
// index a table of the literals that start with them, so most positions cost one lookup. A file
// holding none of a rule's literals is never decoded or searched by it.
export class LiteralSet {
  /** For each first two bytes, the literals starting with them (as bytes). */
  private readonly byPair = new Map<number, Uint8Array[]>();
  private readonly pairs = new Uint8Array(65536);
  private readonly single: number[] = [];

  constructor(literals: readonly string[]) {
    for (const literal of literals) {
      if (!/^[\x20-\x7e]+$/.test(literal)) throw new Error(`literal ${JSON.stringify(literal)}: printable ASCII expected`);
      const bytes = Buffer.from(literal, 'latin1');
      if (bytes.length === 1) {
        this.single.push(bytes[0]!);
        continue;
      }
      const key = (bytes[0]! << 8) | bytes[1]!;
      this.pairs[key] = 1;
      const list = this.byPair.get(key) ?? [];
      list.push(bytes);
      this.byPair.set(key, list);
    }
  }

  test(bytes: Uint8Array): boolean {
    for (const b of this.single) if (bytes.includes(b)) return true;
    const pairs = this.pairs;
    const end = bytes.length - 1;
    for (let i = 0; i < end; i++) {
      const key = (bytes[i]! << 8) | bytes[i + 1]!;
      if (pairs[key] === 0) continue;
      for (const lit of this.byPair.get(key)!) {
        if (i + lit.length > bytes.length) continue;
        let j = 2;
        while (j < lit.length && bytes[i + j] === lit[j]) j++;
        if (j === lit.length) return true;
      }
    }
    return false;
  }
}
