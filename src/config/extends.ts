// `extends`: the presets a config builds on, merged in order (later wins, the file itself last).
// The merge rules, one per kind of value (docs/configuration.md#presets-and-levels):
//   maps (categories, a check's options)  merge key by key
//   scalars                               replace
//   lists                                 replace, unless written `{ append: [...] }`
//   checks                                an entry whose id a preset has merges into that check;
//                                         `{ id: X, off: true }` removes it; others are added
import { existsSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { readBoundedFile } from '../run/bounded-file.js';
import { formatPath, suggestion, type PathSegment } from './explain.js';
import { builtinPreset, PRESET_NAMES } from './presets.js';
import { formatOrigin, fromYaml, scalarAt, type Origin, type Traced } from './traced.js';

export interface ResolveContext {
  /** The directory audited: built-in presets detect from it, preset files must lie inside it. */
  workspace: string;
  /** Absolute path of the file being resolved (preset paths are relative to its folder). */
  abs?: string;
  /** Largest preset file read. */
  maxBytes: number;
}

export interface Resolution {
  tree: Traced;
  /** The presets applied, in order, with the file last. */
  layers: string[];
  /** What the built-in presets found, for `readiness config`. */
  notes: string[];
  /** One line each, naming file, line and field. */
  problems: string[];
}

function at(origin: Origin, where: readonly PathSegment[], message: string): string {
  return `${formatOrigin(origin)}: ${formatPath(where)}: ${message}`;
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/** Resolves `extends` of a parsed config tree; the result has no `extends` key. */
export function resolveExtends(tree: Traced, ctx: ResolveContext): Resolution {
  const out: Resolution = { tree, layers: [], notes: [], problems: [] };
  const stack = ctx.abs ? [path.resolve(ctx.abs)] : [];
  out.tree = resolveLayer(tree, ctx.abs, ctx, stack, out);
  // A config that extends presets may leave `checks` out; one that extends none must have it.
  if (out.tree.kind === 'map' && !out.tree.entries.has('checks') && out.layers.length > 1) {
    out.tree.entries.set('checks', { key: out.tree.origin, value: { kind: 'seq', items: [], origin: out.tree.origin } });
  }
  return out;
}

function resolveLayer(tree: Traced, abs: string | undefined, ctx: ResolveContext, stack: string[], out: Resolution): Traced {
  const ext = tree.kind === 'map' ? tree.entries.get('extends') : undefined;
  let base: Traced | undefined;
  if (ext && tree.kind === 'map') {
    const names = ext.value;
    if (names.kind !== 'seq') {
      out.problems.push(at(names.origin, ['extends'], 'expected a list of presets, e.g. [readiness:recommended]'));
    } else {
      names.items.forEach((item, i) => {
        if (item.kind !== 'scalar' || typeof item.value !== 'string' || item.value.trim() === '') {
          out.problems.push(at(item.origin, ['extends', i], `expected a preset name (${PRESET_NAMES.join(', ')}) or a YAML file path`));
          return;
        }
        const preset = loadPreset(item.value, item.origin, i, abs, ctx, stack, out);
        if (preset) base = mergeConfig(base, preset, out.problems);
      });
    }
    const own: Traced = { ...tree, entries: new Map([...tree.entries].filter(([k]) => k !== 'extends')) };
    out.layers.push(tree.origin.file);
    return mergeConfig(base, own, out.problems);
  }
  out.layers.push(tree.origin.file);
  return mergeConfig(undefined, tree, out.problems);
}

function loadPreset(name: string, origin: Origin, index: number, from: string | undefined, ctx: ResolveContext, stack: string[], out: Resolution): Traced | undefined {
  const where: PathSegment[] = ['extends', index];
  if (name.startsWith('readiness:')) {
    const preset = builtinPreset(name, ctx.workspace);
    if (!preset) {
      out.problems.push(at(origin, where, `unknown preset "${name}"; expected one of ${PRESET_NAMES.join(', ')}${suggestion(name, PRESET_NAMES)}`));
      return undefined;
    }
    out.layers.push(name);
    out.notes.push(...preset.notes.map((n) => `${name}: ${n}`));
    return preset.tree;
  }
  const dir = from ? path.dirname(from) : ctx.workspace;
  const abs = path.resolve(dir, name);
  const shown = toPosix(path.relative(ctx.workspace, abs)) || path.basename(abs);
  if (stack.includes(abs)) {
    const chain = [...stack.slice(stack.indexOf(abs)), abs].map((p) => toPosix(path.relative(ctx.workspace, p)) || path.basename(p));
    out.problems.push(at(origin, where, `extends form a cycle: ${chain.join(' → ')}`));
    return undefined;
  }
  if (!existsSync(abs) || !statSync(abs).isFile()) {
    out.problems.push(at(origin, where, `preset file not found: ${shown} (a path relative to ${from ? toPosix(path.relative(ctx.workspace, path.dirname(from))) || '.' : 'the workspace'})`));
    return undefined;
  }
  // As for the config itself: a preset of the repository is read from inside it, symlinks included.
  const real = realpathSync(abs);
  const rel = path.relative(realpathSync(ctx.workspace), real);
  if (rel.startsWith('..') || path.isAbsolute(rel)) {
    out.problems.push(at(origin, where, `preset file outside the workspace: ${shown}`));
    return undefined;
  }
  let text: string;
  try {
    text = readBoundedFile(real, ctx.maxBytes).toString('utf8').replace(/^\uFEFF/, '');
  } catch (err) {
    out.problems.push(at(origin, where, `cannot read the preset file ${shown}: ${(err as Error).message}`));
    return undefined;
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) out.problems.push(`${shown}:${lineCounter.linePos(e.pos[0]).line}: invalid YAML: ${e.message.split('\n')[0]}`);
    return undefined;
  }
  try {
    doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    out.problems.push(`${shown}: invalid YAML: ${(err as Error).message.split('\n')[0]}`);
    return undefined;
  }
  const tree = fromYaml(doc, lineCounter, shown);
  if (tree.kind !== 'map') {
    out.problems.push(`${shown}: expected a mapping of config keys, as in a readiness.yml`);
    return undefined;
  }
  return resolveLayer(tree, abs, ctx, [...stack, abs], out);
}

/** `{ append: [...] }`: the list to add, when the value is written that way. */
function appended(node: Traced): Extract<Traced, { kind: 'seq' }> | undefined {
  if (node.kind !== 'map' || node.entries.size !== 1) return undefined;
  const list = node.entries.get('append')?.value;
  return list?.kind === 'seq' ? list : undefined;
}

/** One value over another, by the rules at the top of this file. */
function mergeValue(base: Traced | undefined, over: Traced, where: PathSegment[], problems: string[]): Traced {
  const append = appended(over);
  if (append) {
    if (base === undefined) return append;
    if (base.kind !== 'seq') {
      problems.push(at(over.origin, [...where, 'append'], 'append adds to a list, but the preset\'s value is not one'));
      return append;
    }
    return { kind: 'seq', items: [...base.items, ...append.items], origin: append.origin };
  }
  if (where.length === 1 && where[0] === 'checks') return mergeChecks(base, over, problems);
  if (over.kind === 'map') {
    // Over no map (or nothing), the map is taken as written, its `{ append }` lists unwrapped.
    const entries = new Map(base?.kind === 'map' ? base.entries : []);
    for (const [k, e] of over.entries) {
      const before = entries.get(k);
      entries.set(k, { key: e.key, value: mergeValue(before?.value, e.value, [...where, k], problems) });
    }
    // A merged check stays the preset's (its detection origin), its keys each say where they came from.
    return { kind: 'map', entries, origin: base?.kind === 'map' ? base.origin : over.origin };
  }
  return over;
}

/** With no base too, `checks` goes through its rule: `off: true` needs a preset's check. */
function mergeConfig(base: Traced | undefined, over: Traced, problems: string[]): Traced {
  return mergeValue(base, over, [], problems);
}

/** The `checks` list: merged by id into the preset's, `off: true` removes, the rest is added. */
function mergeChecks(base: Traced | undefined, over: Traced, problems: string[]): Traced {
  const list = appended(over) ?? over;
  if (list.kind !== 'seq') return over;
  const items: (Traced | null)[] = base?.kind === 'seq' ? [...base.items] : [];
  const fromBase = new Map<string, number>();
  items.forEach((item, i) => {
    const id = scalarAt(item ?? undefined, 'id');
    if (typeof id === 'string' && !fromBase.has(id)) fromBase.set(id, i);
  });
  // An id written twice in the same file stays twice, so validation names the duplicate.
  const seenHere = new Set<string>();
  list.items.forEach((item, i) => {
    const id = scalarAt(item, 'id');
    if (typeof id !== 'string' || item.kind !== 'map') {
      items.push(item);
      return;
    }
    const index = seenHere.has(id) ? undefined : fromBase.get(id);
    seenHere.add(id);
    if (scalarAt(item, 'off') === true) {
      const others = [...item.entries.keys()].filter((k) => k !== 'id' && k !== 'off');
      if (others.length > 0) problems.push(at(item.entries.get(others[0]!)!.key, ['checks', i, others[0]!], `"off: true" removes the check; it takes no other keys (found ${others.join(', ')})`));
      if (index === undefined || items[index] === null) {
        const known = [...fromBase.keys()];
        problems.push(at(item.entries.get('off')!.key, ['checks', i, 'off'], `no check "${id}" in the presets to turn off${known.length ? `; they give ${known.join(', ')}${suggestion(id, known)}` : ' (this config extends none that gives checks)'}`));
      } else items[index] = null;
      return;
    }
    if (index !== undefined && items[index] !== null) items[index] = mergeValue(items[index]!, item, ['checks', i], problems);
    else items.push(mergeValue(undefined, item, ['checks', i], problems));
  });
  return { kind: 'seq', items: items.filter((x): x is Traced => x !== null), origin: list.origin };
}
