// The shared pass of one engine run: built lazily by the first built-in check that needs it, with
// the scanners of every built-in check in the plan, so each file is read once for all of them.
import type { FileList } from '../run/file-list.js';
import type { PassResult, Scanner } from '../run/repository-scan.js';

export class ScanSession {
  private list?: Promise<FileList>;
  private pass?: Promise<PassResult>;

  constructor(
    private readonly workspace: string,
    /** Scanner of each built-in check that reads file contents, by check id. */
    private readonly scanners: ReadonlyMap<string, Scanner>,
    private readonly maxFileSize: number,
    private readonly signal?: AbortSignal,
  ) {}

  // Loaded on first use: a run without built-in scans never loads the file walker.
  files(): Promise<FileList> {
    return (this.list ??= import('../run/file-list.js').then((m) => m.listFiles(this.workspace)));
  }

  /** Runs the pass once; later calls share it. */
  result(): Promise<PassResult> {
    this.pass ??= Promise.all([this.files(), import('../run/repository-scan.js')]).then(([list, m]) =>
      m.scanRepository(this.workspace, list, [...this.scanners.values()], this.maxFileSize, this.signal),
    );
    return this.pass;
  }

  /** The pass and the scanner the check added to it. */
  async scannerOf<S extends Scanner>(checkId: string): Promise<{ pass: PassResult; scanner: S }> {
    const scanner = this.scanners.get(checkId);
    if (!scanner) throw new Error(`no scanner registered for check ${checkId}`);
    return { pass: await this.result(), scanner: scanner as S };
  }
}
