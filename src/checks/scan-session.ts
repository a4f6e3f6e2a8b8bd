// The shared pass of one engine run: built lazily by the first built-in check that needs it, with
// the scanners of every built-in check in the plan, so each file is read once for all of them.
import { listFiles, type FileList } from '../run/file-list.js';
import { scanRepository, type PassResult, type Scanner } from '../run/repository-scan.js';

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

  files(): Promise<FileList> {
    return (this.list ??= listFiles(this.workspace));
  }

  /** Runs the pass once; later calls share it. */
  result(): Promise<PassResult> {
    this.pass ??= this.files().then((list) =>
      scanRepository(this.workspace, list, [...this.scanners.values()], this.maxFileSize, this.signal),
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
