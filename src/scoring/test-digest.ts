// Test ids as short hashes: a tests check's record keeps every id this way (types.ts TestRecord),
// and the comparison with the baseline works on them.

/** FNV-1a over the UTF-16 code units, as 8 hex digits: short, stable across runs and machines. */
export function idHash(id: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Hashes of ids, sorted and joined into one string (compact in JSON). */
export function digestOf(ids: Iterable<string>): string {
  return [...new Set([...ids].map(idHash))].sort().join('');
}

/** The hashes a digest string holds. */
export function digestSet(digest: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 8 <= digest.length; i += 8) out.add(digest.slice(i, i + 8));
  return out;
}
