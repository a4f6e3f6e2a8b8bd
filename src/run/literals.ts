// Whether bytes contain any of a set of ASCII literals, in one pass. The pass looks at the pair of
// bytes at every `step`-th position only, where `step` is one less than the shortest literal's
// length (as Wu and Manber's search does with blocks): any occurrence of a literal covers `step`
// positions in a row, so one of them is looked at, and a table of every pair found at those
// offsets of the literals says whether to compare there. With the secrets rules' literals (3 bytes
// at least) that halves the positions; most cost one lookup. A file holding none of a rule's
// literals is never decoded or searched by it.
interface Literal {
  text: string;
  bytes: Uint8Array;
}

/** A literal that holds the pair at `offset`: when the pair is at i, the literal would start at i - offset. */
interface Candidate {
  literal: Literal;
  offset: number;
}

export class LiteralSet {
  /** Every pair of bytes found at an offset below `step` of some literal, with those literals. */
  private readonly byPair = new Map<number, Candidate[]>();
  private readonly pairs = new Uint8Array(65536);
  private readonly single: Literal[] = [];
  private readonly step: number;

  constructor(literals: readonly string[]) {
    const all: Literal[] = [];
    for (const text of new Set(literals)) {
      if (!/^[\x20-\x7e]+$/.test(text)) throw new Error(`literal ${JSON.stringify(text)}: printable ASCII expected`);
      const literal = { text, bytes: Buffer.from(text, 'latin1') };
      if (literal.bytes.length === 1) this.single.push(literal);
      else all.push(literal);
    }
    this.step = Math.max(1, Math.min(...all.map((l) => l.bytes.length)) - 1);
    for (const literal of all) {
      const bytes = literal.bytes;
      for (let offset = 0; offset < this.step; offset++) {
        const key = (bytes[offset]! << 8) | bytes[offset + 1]!;
        this.pairs[key] = 1;
        const list = this.byPair.get(key) ?? [];
        list.push({ literal, offset });
        this.byPair.set(key, list);
      }
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
    const step = this.step;
    const length = bytes.length;
    const end = length - 1;
    for (let i = 0; i < end; i += step) {
      const key = (bytes[i]! << 8) | bytes[i + 1]!;
      if (pairs[key] === 0) continue;
      for (const { literal, offset } of this.byPair.get(key)!) {
        const start = i - offset;
        const lit = literal.bytes;
        if (start < 0 || start + lit.length > length) continue;
        let j = 0;
        while (j < lit.length && bytes[start + j] === lit[j]) j++;
        if (j < lit.length) continue;
        if (first) return ANY;
        (found ??= new Set()).add(literal.text);
      }
    }
    return found ?? NONE;
  }
}

const NONE: ReadonlySet<string> = new Set();
/** test()'s answer that some literal occurs, whichever. */
const ANY: ReadonlySet<string> = new Set(['']);
