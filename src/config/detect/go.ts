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
  reasons.push(`Go: ${why}${dirs.length > 1 || dirs[0] !== '.' ? ` (modules ${dirs.join(', ')})` : ''} → go build, vet, test -json with a coverprofile, govulncheck (staticcheck suggested)`);
  const out: DetectedCheck[] = [];
  for (const dir of dirs) {
    const origin = dir === '.' ? 'go.mod' : `${dir}/go.mod`;
    const p = slug(dir);
    const profile = `$READINESS_TEMP/${p}go-coverage.out`;
    const module: DetectedCheck[] = [
      { id: `${p}go-build`, comment: `go.mod in ${dir === '.' ? 'the root' : dir}`, check: { category: 'build', run: 'go build ./...', ...wd(dir), requires: ['go'] } },
      { id: `${p}go-vet`, comment: 'go vet', check: { category: 'quality', run: 'go vet ./...', ...wd(dir), requires: ['go'] } },
      { id: `${p}go-test`, comment: 'go test -json: totals of every test and subtest; a coverprofile kept out of the repository', check: { category: 'tests', run: `go test -json -coverprofile="${profile}" ./...`, tests: { format: 'go-test-json' }, ...wd(dir), requires: ['go'] } },
      // `requires: [go]` too: without go, go test is skipped, and so is its coverage (not an error).
      { id: `${p}go-coverage`, comment: 'statement coverage of go test', check: { category: 'coverage', after: [`${p}go-test`], coverage: { reports: profile }, ...wd(dir), requires: ['go'] } },
      { id: `${p}staticcheck`, origin: 'convention', suggestion: true, comment: 'staticcheck, when installed (SARIF)', check: { category: 'quality', run: 'staticcheck -f sarif ./...', sarif: {}, ...wd(dir), requires: ['staticcheck'] } },
      { id: `${p}govulncheck`, comment: 'govulncheck, when installed', check: { category: 'dependencies', run: 'govulncheck ./...', ...wd(dir), requires: ['govulncheck'] } },
    ];
    out.push(...module.map((c) => ({ origin, ...c })));
  }
  return out;
}
