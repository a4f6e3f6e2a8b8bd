// Path matching for the built-in scans (picomatch), on workspace-relative paths.
import picomatch from 'picomatch';

export type PathMatcher = (path: string) => boolean;

export function matcher(patterns: string | readonly string[] | undefined, fallback: PathMatcher = () => true): PathMatcher {
  if (patterns === undefined || (Array.isArray(patterns) && patterns.length === 0)) return fallback;
  const list = (Array.isArray(patterns) ? patterns : [patterns]) as string[];
  // A pattern without a slash matches the file name at any depth, as in .gitignore; picomatch's
  // basename option must not see the others (it would match their last segment only).
  const names = list.filter((p) => !p.includes('/'));
  const paths = list.filter((p) => p.includes('/'));
  const byName = names.length ? picomatch(names, { dot: true, basename: true }) : () => false;
  const byPath = paths.length ? picomatch(paths, { dot: true }) : () => false;
  return (p) => byName(p) || byPath(p);
}

/** Files matching `include` and not `exclude`. */
export function selection(include: string | readonly string[] | undefined, exclude: string | readonly string[] | undefined): PathMatcher {
  const inc = matcher(include);
  const exc = exclude === undefined ? () => false : matcher(exclude);
  return (p) => inc(p) && !exc(p);
}
