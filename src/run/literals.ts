// Whether bytes contain any of a set of ASCII literals, in one pass: each position's two bytes
// index a table of the literals that start with them, so most positions cost one lookup. A file
// holding none of a rule's literals is never decoded or searched by it.
interface Literal {
  text: string;
  bytes: Uint8Array;
}

export class LiteralSet {
  /** For each first two bytes, the literals starting with them. */
  private readonly byPair = new Map<number, Literal[]>();
  private readonly pairs = new Uint8Array(65536);
  private readonly single: Literal[] = [];

  constructor(literals: readonly string[]) {
    for (const text of new Set(literals)) {
      if (!/^[\x20-\x7e]+$/.test(text)) throw new Error(`literal ${JSON.stringify(text)}: printable ASCII expected`);
      const literal = { text, bytes: Buffer.from(text, 'latin1') };
      const bytes = literal.bytes;
      if (bytes.length === 1) {
        this.single.push(literal);
        continue;
      }
      const key = (bytes[0]! << 8) | bytes[1]!;
      this.pairs[key] = 1;
      const list = this.byPair.get(key) ?? [];
      list.push(literal);
      this.byPair.set(key, list);
    }
  }

  test(bytes: Uint8Array): boolean {
    return this.search(bytes, true) !== NONE;
  }

  /**
   * Every literal the bytes contain, in one pass over them: one pass answers for all the scanners
   * that share the set. Most files contain none: they all get the same empty set.
   */
  occurring(bytes: Uint8Array): ReadonlySet<string> {
    return this.search(bytes, false);
  }

  private search(bytes: Uint8Array, first: boolean): ReadonlySet<string> {
    let found: Set<string> | undefined;
    for (const lit of this.single) {
      if (!bytes.includes(lit.bytes[0]!)) continue;
      if (first) return ANY;
      (found ??= new Set()).add(lit.text);
    }
    const pairs = this.pairs;
    const end = bytes.length - 1;
    for (let i = 0; i < end; i++) {
      const key = (bytes[i]! << 8) | bytes[i + 1]!;
      if (pairs[key] === 0) continue;
      for (const { text, bytes: lit } of this.byPair.get(key)!) {
        if (i + lit.length > bytes.length) continue;
        let j = 2;
        while (j < lit.length && bytes[i + j] === lit[j]) j++;
        if (j < lit.length) continue;
        if (first) return ANY;
        (found ??= new Set()).add(text);
      }
    }
    return found ?? NONE;
  }
}

const NONE: ReadonlySet<string> = new Set();
/** test()'s answer that some literal occurs, whichever. */
const ANY: ReadonlySet<string> = new Set(['']);
