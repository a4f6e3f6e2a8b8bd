// Go: per module (go.mod, or every module go.work uses) build, vet, test with a coverprofile, govulncheck.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { read, slug, wd, type DetectedCheck } from './shared.js';

function goModules(root: string): { dirs: string[]; why: string } {
  const work = read(path.join(root, 'go.work'));
  if (work !== undefined) {
    const dirs = [...work.matchAll(/^\s*(?:use\s+)?(\.[^\s()]*)\s*$/gm)].map((m) => m[1]!.replace(/^\.\/?/, '') || '.').filter((d) => existsSync(path.join(root, d, 'go.mod')));
    return { dirs: [...new Set(dirs)].sort(), why: 'go.work' };
  }
  return existsSync(path.join(root, 'go.mod')) ? { dirs: ['.'], why: 'go.mod' } : { dirs: [], why: '' };
}

export function detectGo(root: string, reasons: string[]): DetectedCheck[] {
  const { dirs, why } = goModules(root);
  if (dirs.length === 0) return [];
  reasons.push(`Go: ${why}${dirs.length > 1 || dirs[0] !== '.' ? ` (modules ${dirs.join(', ')})` : ''} → go build, vet, test with a coverprofile, govulncheck`);
  const out: DetectedCheck[] = [];
  for (const dir of dirs) {
    const p = slug(dir);
    const profile = `$READINESS_TEMP/${p}go-coverage.out`;
    out.push(
      { id: `${p}go-build`, comment: `go.mod in ${dir === '.' ? 'the root' : dir}`, check: { category: 'build', run: 'go build ./...', ...wd(dir), requires: ['go'] } },
      { id: `${p}go-vet`, comment: 'go vet', check: { category: 'quality', run: 'go vet ./...', ...wd(dir), requires: ['go'] } },
      { id: `${p}go-test`, comment: 'go test, with a coverprofile kept out of the repository', check: { category: 'tests', run: `go test -coverprofile="${profile}" ./...`, ...wd(dir), requires: ['go'] } },
      { id: `${p}go-coverage`, comment: 'statement coverage of go test', check: { category: 'coverage', after: [`${p}go-test`], coverage: { reports: profile } } },
      { id: `${p}govulncheck`, comment: 'govulncheck, when installed', check: { category: 'dependencies', run: 'govulncheck ./...', ...wd(dir), requires: ['govulncheck'] } },
    );
  }
  return out;
}
