// Built-in scans every repository gets: conflict markers, secrets, files; git and Dockerfile when present.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { containsFile, type DetectedCheck } from './shared.js';

function hasDockerfile(root: string): boolean {
  return containsFile(root, (name) => /^(Dockerfile|Containerfile)(\..+)?$|\.Dockerfile$/.test(name));
}

/** The folder or one of its parents holds `.git` (a folder, or a file in a worktree or submodule). */
function insideGitRepository(root: string): boolean {
  for (let dir = path.resolve(root); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, '.git'))) return true;
    if (path.dirname(dir) === dir) return false;
  }
}

export function detectBuiltins(root: string, reasons: string[]): DetectedCheck[] {
  const out: DetectedCheck[] = [
    { id: 'conflict-markers', comment: 'always: unresolved merge conflicts', check: { category: 'hygiene', builtin: 'conflict-markers', required: true } },
    { id: 'secrets', comment: 'always: committed credentials', check: { category: 'security', builtin: 'secrets', required: true } },
    { id: 'files', comment: 'always: README, LICENSE, SECURITY.md, CONTRIBUTING, CHANGELOG, CODEOWNERS, CI, .gitignore', check: { category: 'docs', builtin: 'files' } },
  ];
  const git = insideGitRepository(root);
  if (git) out.push({ id: 'git', comment: 'a git repository: history and hygiene', check: { category: 'hygiene', builtin: 'git' } });
  const docker = hasDockerfile(root);
  if (docker) out.push({ id: 'dockerfile', comment: 'a Dockerfile is present', check: { category: 'security', builtin: 'dockerfile' } });
  const workflows = existsSync(path.join(root, '.github', 'workflows'));
  if (workflows) out.push({ id: 'workflows', comment: '.github/workflows exists: action pinning, token permissions, dangerous triggers, script injection', check: { category: 'security', builtin: 'workflows' } });
  reasons.push(`Always: built-in scans (conflict markers, secrets, files${git ? ', git' : ''}${docker ? ', Dockerfile' : ''}${workflows ? ', workflows' : ''})`);
  return out.map((c) => ({ origin: 'built-in', ...c }));
}
