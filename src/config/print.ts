// `readiness config`: the resolved config as YAML, each value followed by the file and line (or the
// built-in preset) it came from.
import { Document, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { formatOrigin, type Origin, type Traced } from './traced.js';

function where(origin: Origin): string {
  return ` ${formatOrigin(origin)}${origin.note ? ` (${origin.note.replace(/[\r\n]+/g, ' ')})` : ''}`;
}

function node(tree: Traced, doc: Document): Scalar | YAMLMap | YAMLSeq {
  if (tree.kind === 'scalar') {
    const scalar = doc.createNode(tree.value) as Scalar;
    scalar.comment = where(tree.origin);
    return scalar;
  }
  if (tree.kind === 'seq') {
    const seq = new YAMLSeq();
    for (const item of tree.items) seq.items.push(node(item, doc));
    return seq;
  }
  const map = new YAMLMap();
  for (const [key, entry] of tree.entries) {
    const value = node(entry.value, doc);
    // A list or map says where it starts: a check's map names the preset (and what detection read).
    if (!(value instanceof Scalar) && entry.value.kind === 'map') value.commentBefore = where(entry.value.origin);
    map.items.push(new Pair(new Scalar(key), value));
  }
  return map;
}

export function printResolved(tree: Traced, layers: readonly string[], notes: readonly string[]): string {
  const doc = new Document();
  const root = node(tree, doc);
  // Each check of the list names where it starts (its preset, or the file and line).
  if (root instanceof YAMLMap) {
    const checks = root.items.find((p) => (p.key as Scalar).value === 'checks')?.value;
    const source = tree.kind === 'map' ? tree.entries.get('checks')?.value : undefined;
    if (checks instanceof YAMLSeq && source?.kind === 'seq') checks.items.forEach((item, i) => ((item as YAMLMap).commentBefore = where(source.items[i]!.origin)));
  }
  doc.contents = root as never;
  const head = [
    '# The resolved config: after each value, the file and line (or built-in preset) it came from.',
    `# Applied in order (later wins): ${layers.join(' → ')}`,
    ...notes.map((n) => `#   ${n.replace(/[\r\n]+/g, ' ')}`),
  ];
  return `${head.join('\n')}\n${doc.toString({ lineWidth: 0 })}`;
}
