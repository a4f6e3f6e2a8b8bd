// The bundle's one-module-graph rule: no module may be in dist/ twice. bundle.mjs checks every build
// with it before writing dist/, and CI rebuilds dist/ and compares it with the commit, so a dist/
// that holds a module twice can neither be built nor committed. The check reads webpack's own
// record of which module went into which output file (the chunks), so a module concatenated into
// another counts too; the files themselves are minified and carry no module markers.

/** Every module (by its resource path) found in more than one output file, with those files. */
export function duplicatedModules(statsJson) {
  const where = new Map();
  const note = (mod, file) => {
    const name = String(mod.identifier ?? mod.name ?? '');
    // A concatenation is a wrapper around the modules it holds: those are what count.
    if (mod.modules?.length) {
      for (const inner of mod.modules) note(inner, file);
      return;
    }
    // Node's built-ins and other externals are references, not code in dist/.
    if (!name || name.startsWith('external ') || name.startsWith('webpack/runtime/')) return;
    const files = where.get(name) ?? new Set();
    files.add(file);
    where.set(name, files);
  };
  for (const chunk of statsJson.chunks ?? []) {
    const file = (chunk.files ?? []).join(', ');
    for (const mod of chunk.modules ?? []) note(mod, file);
  }
  return [...where]
    .filter(([, files]) => files.size > 1)
    .map(([name, files]) => `${name.replace(/^.*!/, '')}: ${[...files].sort().join(', ')}`)
    .sort();
}
