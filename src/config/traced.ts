// A config value with, at every node, the file and line it came from: what `extends` merges, what
// validation problems are located in, and what `readiness config` prints.
import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter } from 'yaml';
import type { PathSegment } from './explain.js';

export interface Origin {
  /** Workspace-relative file, or a built-in preset's name (readiness:node). */
  file: string;
  line?: number;
  /** For a built-in preset's check: where detection found it (package.json scripts.test). */
  note?: string;
}

export type Traced =
  | { kind: 'scalar'; value: unknown; origin: Origin }
  | { kind: 'map'; entries: Map<string, { key: Origin; value: Traced }>; origin: Origin }
  | { kind: 'seq'; items: Traced[]; origin: Origin };

/** The tree of a parsed document; aliases are followed (toJS has already bounded them). */
export function fromYaml(doc: Document, lineCounter: LineCounter, file: string): Traced {
  const at = (node: { range?: [number, number, number] | null } | null | undefined): Origin => {
    const offset = node?.range?.[0];
    return offset === undefined ? { file } : { file, line: lineCounter.linePos(offset).line };
  };
  const walk = (node: unknown, depth: number): Traced => {
    if (depth > 100) return { kind: 'scalar', value: null, origin: { file } };
    if (isAlias(node)) return walk(node.resolve(doc), depth + 1);
    if (isMap(node)) {
      const entries = new Map<string, { key: Origin; value: Traced }>();
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const value = pair.value === null || pair.value === undefined ? { kind: 'scalar' as const, value: null, origin: at(pair.key as never) } : walk(pair.value, depth + 1);
        entries.set(key, { key: at(pair.key as never), value });
      }
      return { kind: 'map', entries, origin: at(node) };
    }
    if (isSeq(node)) return { kind: 'seq', items: node.items.map((item) => walk(item, depth + 1)), origin: at(node) };
    if (isScalar(node)) return { kind: 'scalar', value: node.value, origin: at(node) };
    return { kind: 'scalar', value: null, origin: at(node as never) };
  };
  return walk(doc.contents, 0);
}

/** The tree of a plain value, every node from one origin. */
export function fromJs(value: unknown, origin: Origin): Traced {
  if (Array.isArray(value)) return { kind: 'seq', items: value.map((v) => fromJs(v, origin)), origin };
  if (value !== null && typeof value === 'object') {
    const entries = new Map<string, { key: Origin; value: Traced }>();
    for (const [k, v] of Object.entries(value)) if (v !== undefined) entries.set(k, { key: origin, value: fromJs(v, origin) });
    return { kind: 'map', entries, origin };
  }
  return { kind: 'scalar', value, origin };
}

export function toJs(tree: Traced): unknown {
  if (tree.kind === 'scalar') return tree.value;
  if (tree.kind === 'seq') return tree.items.map(toJs);
  return Object.fromEntries([...tree.entries].map(([k, e]) => [k, toJs(e.value)]));
}

/** Where the node at a path came from; the deepest node found when the path goes further. */
export function originAt(tree: Traced, path: readonly PathSegment[], atKey = false): Origin {
  let node = tree;
  let key: Origin | undefined;
  for (const seg of path) {
    if (node.kind === 'map') {
      const entry = node.entries.get(String(seg));
      if (!entry) break;
      key = entry.key;
      node = entry.value;
    } else if (node.kind === 'seq' && typeof seg === 'number' && node.items[seg]) {
      key = undefined;
      node = node.items[seg];
    } else break;
  }
  return atKey && key ? key : node.origin;
}

export function formatOrigin(origin: Origin): string {
  return `${origin.file}${origin.line ? `:${origin.line}` : ''}`;
}

/** The scalar at a key of a map node, when there is one. */
export function scalarAt(tree: Traced | undefined, key: string): unknown {
  if (tree?.kind !== 'map') return undefined;
  const entry = tree.entries.get(key)?.value;
  return entry?.kind === 'scalar' ? entry.value : undefined;
}
