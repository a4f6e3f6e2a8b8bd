// Rust: cargo build, test, clippy and audit, for every member of a workspace.
import path from 'node:path';
import { read, type DetectedCheck } from './shared.js';

export function detectRust(root: string, reasons: string[]): DetectedCheck[] {
  const manifest = read(path.join(root, 'Cargo.toml'));
  if (manifest === undefined) return [];
  const workspace = /^\[workspace\]/m.test(manifest);
  const all = workspace ? ' --workspace' : '';
  reasons.push(`Rust: Cargo.toml${workspace ? ' (a workspace: commands run for all members)' : ''} → cargo build, test (libtest totals), clippy (by lint), audit`);
  const checks: DetectedCheck[] = [
    { id: 'cargo-build', comment: 'Cargo.toml', check: { category: 'build', run: `cargo build${all} --all-targets`, requires: ['cargo'] } },
    // --no-fail-fast runs every test binary, so the summed "test result:" lines are cargo's totals.
    { id: 'cargo-test', comment: 'cargo test: totals from libtest\'s "test result:" lines of every test binary', check: { category: 'tests', needs: ['cargo-build'], run: `cargo test${all} --no-fail-fast 2>&1`, tests: { format: 'libtest' }, requires: ['cargo'] } },
    { id: 'cargo-clippy', comment: 'clippy, when installed: warnings counted by lint', check: { category: 'quality', needs: ['cargo-build'], run: `cargo clippy${all} --all-targets --message-format=json`, sarif: {}, requires: ['cargo', 'cargo-clippy'] } },
    { id: 'cargo-audit', comment: 'cargo audit, when installed', check: { category: 'dependencies', run: 'cargo audit --json', audit: {}, requires: ['cargo', 'cargo-audit'] } },
  ];
  return checks.map((c) => ({ origin: 'Cargo.toml', ...c }));
}
