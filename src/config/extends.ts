// `extends`: the presets a config builds on, merged in order (later wins, the file itself last).
// The chain is flattened (a preset file's own presets come before it; one reached twice applies
// once, at its first place) and each layer merges onto the result of all the layers before it.
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
  /** One each, naming file, line and field. */
  problems: LocatedProblem[];
  /**
   * A preset could not be read: what it would have given (checks, levels, categories) is unknown,
   * so validation leaves out what depends on it rather than report a consequence as a problem.
   */
  incomplete: boolean;
}

export interface LocatedProblem {
  origin: Origin;
  /** The whole line: file:line: field: message. */
  text: string;
}

function at(origin: Origin, where: readonly PathSegment[], message: string): LocatedProblem {
  return { origin, text: `${formatOrigin(origin)}: ${formatPath(where)}: ${message}` };
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/** One file or built-in preset of the chain, without its `extends`. */
interface Layer {
  tree: Traced;
  /** A preset before it in the chain could not be read. */
  afterFailure: boolean;
}

/** What the walk of the chain gathers: the layers in the order they apply. */
interface Walk {
  layers: Layer[];
  /** Presets already applied (built-in names, absolute file paths): one reached twice applies once. */
  applied: Set<string>;
  failed: boolean;
  out: Resolution;
}

/**
 * Resolves `extends` of a parsed config tree; the result has no `extends` key. The chain is
 * flattened first (a preset file's own presets before it, the config last), then every layer merges
 * onto the result of the layers before it by the same rules: `{ append }` in a preset file adds to
 * what the presets before it gave, exactly as in the config.
 */
export function resolveExtends(tree: Traced, ctx: ResolveContext): Resolution {
  const out: Resolution = { tree, layers: [], notes: [], problems: [], incomplete: false };
  const walk: Walk = { layers: [], applied: new Set(), failed: false, out };
  const stack = ctx.abs ? [path.resolve(ctx.abs)] : [];
  const hasExtends = tree.kind === 'map' && tree.entries.has('extends');
  collectLayers(tree, tree.origin.file, ctx.abs, ctx, stack, walk);
  let merged: Traced | undefined;
  for (const layer of walk.layers) merged = mergeValue(merged, layer.tree, [], { problems: out.problems, afterFailure: layer.afterFailure });
  out.tree = merged ?? tree;
  out.incomplete = walk.failed;
  // A config that extends presets may leave `checks` out; one that extends none must have it.
  if (out.tree.kind === 'map' && !out.tree.entries.has('checks') && (out.layers.length > 1 || (hasExtends && walk.failed))) {
    out.tree.entries.set('checks', { key: out.tree.origin, value: { kind: 'seq', items: [], origin: out.tree.origin } });
  }
  return out;
}

/** Adds the layers of a tree to the walk: those of its `extends` first, in order, then its own. */
function collectLayers(tree: Traced, name: string, abs: string | undefined, ctx: ResolveContext, stack: string[], walk: Walk): void {
  const { out } = walk;
  const ext = tree.kind === 'map' ? tree.entries.get('extends') : undefined;
  const fail = (p: LocatedProblem) => {
    out.problems.push(p);
    walk.failed = true;
  };
  let own = tree;
  if (ext && tree.kind === 'map') {
    const names = ext.value;
    if (names.kind !== 'seq') {
      fail(at(names.origin, ['extends'], 'expected a list of presets, e.g. [readiness:recommended]'));
    } else {
      names.items.forEach((item, i) => {
        if (item.kind !== 'scalar' || typeof item.value !== 'string' || item.value.trim() === '') {
          fail(at(item.origin, ['extends', i], `expected a preset name (${PRESET_NAMES.join(', ')}) or a YAML file path`));
          return;
        }
        loadPreset(item.value, item.origin, i, abs, ctx, stack, walk, fail);
      });
    }
    own = { ...tree, entries: new Map([...tree.entries].filter(([k]) => k !== 'extends')) };
  }
  walk.layers.push({ tree: own, afterFailure: walk.failed });
  out.layers.push(name);
}

function loadPreset(name: string, origin: Origin, index: number, from: string | undefined, ctx: ResolveContext, stack: string[], walk: Walk, fail: (p: LocatedProblem) => void): void {
  const where: PathSegment[] = ['extends', index];
  const { out } = walk;
  if (name.startsWith('readiness:')) {
    const preset = builtinPreset(name, ctx.workspace);
    if (!preset) {
      fail(at(origin, where, `unknown preset "${name}"; expected one of ${PRESET_NAMES.join(', ')}${suggestion(name, PRESET_NAMES)}`));
      return;
    }
    if (walk.applied.has(name)) return;
    walk.applied.add(name);
    out.notes.push(...preset.notes.map((n) => `${name}: ${n}`));
    walk.layers.push({ tree: preset.tree, afterFailure: walk.failed });
    out.layers.push(name);
    return;
  }
  const dir = from ? path.dirname(from) : ctx.workspace;
  const abs = path.resolve(dir, name);
  const shown = toPosix(path.relative(ctx.workspace, abs)) || path.basename(abs);
  if (stack.includes(abs)) {
    const chain = [...stack.slice(stack.indexOf(abs)), abs].map((p) => toPosix(path.relative(ctx.workspace, p)) || path.basename(p));
    fail(at(origin, where, `extends form a cycle: ${chain.join(' → ')}`));
    return;
  }
  if (walk.applied.has(abs)) return;
  if (!existsSync(abs) || !statSync(abs).isFile()) {
    fail(at(origin, where, `preset file not found: ${shown} (a path relative to ${from ? toPosix(path.relative(ctx.workspace, path.dirname(from))) || '.' : 'the workspace'})`));
    return;
  }
  // As for the config itself: a preset of the repository is read from inside it, symlinks included.
  const real = realpathSync(abs);
  const rel = path.relative(realpathSync(ctx.workspace), real);
  if (rel.startsWith('..') || path.isAbsolute(rel)) {
    fail(at(origin, where, `preset file outside the workspace: ${shown}`));
    return;
  }
  let text: string;
  try {
    text = readBoundedFile(real, ctx.maxBytes).toString('utf8').replace(/^\uFEFF/, '');
  } catch (err) {
    fail(at(origin, where, `cannot read the preset file ${shown}: ${(err as Error).message}`));
    return;
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      const line = lineCounter.linePos(e.pos[0]).line;
      fail({ origin: { file: shown, line }, text: `${shown}:${line}: invalid YAML: ${e.message.split('\n')[0]}` });
    }
    return;
  }
  try {
    doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    fail({ origin: { file: shown }, text: `${shown}: invalid YAML: ${(err as Error).message.split('\n')[0]}` });
    return;
  }
  const tree = fromYaml(doc, lineCounter, shown);
  if (tree.kind !== 'map') {
    fail({ origin: { file: shown }, text: `${shown}: expected a mapping of config keys, as in a readiness.yml` });
    return;
  }
  walk.applied.add(abs);
  collectLayers(tree, shown, abs, ctx, [...stack, abs], walk);
}

/** `{ append: [...] }`: the list to add, when the value is written that way. */
function appended(node: Traced): Extract<Traced, { kind: 'seq' }> | undefined {
  if (node.kind !== 'map' || node.entries.size !== 1) return undefined;
  const list = node.entries.get('append')?.value;
  return list?.kind === 'seq' ? list : undefined;
}

/** Where merge problems go; `afterFailure`: a preset before this layer could not be read. */
interface MergeContext {
  problems: LocatedProblem[];
  afterFailure: boolean;
}

/** One value over another, by the rules at the top of this file. */
function mergeValue(base: Traced | undefined, over: Traced, where: PathSegment[], ctx: MergeContext): Traced {
  const append = appended(over);
  if (append) {
    if (base === undefined) return append;
    if (base.kind !== 'seq') {
      ctx.problems.push(at(over.origin, [...where, 'append'], 'append adds to a list, but the preset\'s value is not one'));
      // The earlier value stays, so validation does not report the list as a second problem.
      return base;
    }
    return { kind: 'seq', items: [...base.items, ...append.items], origin: append.origin };
  }
  if (where.length === 1 && where[0] === 'checks') return mergeChecks(base, over, ctx);
  if (over.kind === 'map') {
    // Over no map (or nothing), the map is taken as written, its `{ append }` lists unwrapped.
    const entries = new Map(base?.kind === 'map' ? base.entries : []);
    for (const [k, e] of over.entries) {
      const before = entries.get(k);
      entries.set(k, { key: e.key, value: mergeValue(before?.value, e.value, [...where, k], ctx) });
    }
    // A merged check stays the preset's (its detection origin), its keys each say where they came from.
    return { kind: 'map', entries, origin: base?.kind === 'map' ? base.origin : over.origin };
  }
  return over;
}

/** The `checks` list: merged by id into the earlier layers', `off: true` removes, the rest is added. */
function mergeChecks(base: Traced | undefined, over: Traced, ctx: MergeContext): Traced {
  const list = appended(over) ?? over;
  if (list.kind !== 'seq') return over;
  const items: (Traced | null)[] = base?.kind === 'seq' ? [...base.items] : [];
  const fromBase = new Map<string, number>();
  items.forEach((item, i) => {
    const id = scalarAt(item ?? undefined, 'id');
    if (typeof id === 'string' && !fromBase.has(id)) fromBase.set(id, i);
  });
  // An id written twice in the same layer is one error naming both entries; the second stays in
  // place (the places of the checks after it are what other problems name), merged into nothing.
  const seenHere = new Map<string, { index: number; origin: Origin }>();
  list.items.forEach((item, i) => {
    const id = scalarAt(item, 'id');
    if (typeof id !== 'string' || item.kind !== 'map') {
      items.push(item);
      return;
    }
    const idOrigin = item.entries.get('id')!.value.origin;
    const first = seenHere.get(id);
    if (first) {
      ctx.problems.push(at(idOrigin, ['checks', i, 'id'], `duplicate id "${id}": checks[${first.index}] (${formatOrigin(first.origin)}) has it already; merge these keys into that entry`));
      items.push(item);
      return;
    }
    seenHere.set(id, { index: i, origin: item.origin.line ? item.origin : idOrigin });
    const index = fromBase.get(id);
    if (scalarAt(item, 'off') === true) {
      const others = [...item.entries.keys()].filter((k) => k !== 'id' && k !== 'off');
      if (others.length > 0) ctx.problems.push(at(item.entries.get(others[0]!)!.key, ['checks', i, others[0]!], `"off: true" removes the check; it takes no other keys (found ${others.join(', ')})`));
      if (index === undefined || items[index] === null) {
        // After a preset that could not be read, the check may be that preset's: not a problem yet.
        if (ctx.afterFailure) return;
        const known = [...fromBase.keys()];
        ctx.problems.push(at(item.entries.get('off')!.key, ['checks', i, 'off'], `no check "${id}" in the presets to turn off${known.length ? `; they give ${known.join(', ')}${suggestion(id, known)}` : ' (this config extends none that gives checks)'}`));
      } else items[index] = null;
      return;
    }
    if (index !== undefined && items[index] !== null) items[index] = mergeValue(items[index]!, item, ['checks', i], ctx);
    else items.push(mergeValue(undefined, item, ['checks', i], ctx));
  });
  return { kind: 'seq', items: items.filter((x): x is Traced => x !== null), origin: list.origin };
}
