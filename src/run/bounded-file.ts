// Reading a file someone else made (a report or event file from an artifact, a baseline, a shard)
// without trusting what it is: a FIFO would block the open or the read forever, a symlink to
// /dev/zero would be read without end, and a file may grow while it is read. So the file is opened
// without following a symlink and without blocking, fstat'ed on that descriptor (what is read is
// what was checked), and at most `maxBytes` are read, whatever its size said.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/** Reports, shards, baselines and event files are refused past this size. */
export const MAX_INPUT_FILE_BYTES = 64 * 1024 * 1024;

const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/** Why a file was not read; `message` is the reason alone, for the caller to name the file. */
export class BoundedFileError extends Error {
  override name = 'BoundedFileError';
}

function mib(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB`;
}

/** The file's bytes: a regular file (not through a symlink) of at most `maxBytes`. */
export function readBoundedFile(file: string, maxBytes = MAX_INPUT_FILE_BYTES): Buffer {
  let fd: number;
  try {
    fd = openSync(file, OPEN_FLAGS);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') throw new BoundedFileError('is a symlink; it is not followed');
    throw new BoundedFileError(`cannot be read (${code ?? (err as Error).message})`);
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw new BoundedFileError(`not a regular file (${info.isFIFO() ? 'a named pipe' : info.isCharacterDevice() ? 'a device' : info.isDirectory() ? 'a directory' : 'a special file'})`);
    if (info.size > maxBytes) throw new BoundedFileError(`${mib(info.size)}, over the ${mib(maxBytes)} limit`);
    // One byte more than the limit tells a file that grew past it from one that fits.
    const buf = Buffer.allocUnsafe(Math.min(info.size, maxBytes) + 1);
    let n = 0;
    for (;;) {
      if (n === buf.length) throw new BoundedFileError(`grew over the ${mib(maxBytes)} limit while read`);
      const got = readSync(fd, buf, n, buf.length - n, null);
      if (got === 0) break;
      n += got;
      if (n > maxBytes) throw new BoundedFileError(`grew over the ${mib(maxBytes)} limit while read`);
    }
    return buf.subarray(0, n);
  } catch (err) {
    if (err instanceof BoundedFileError) throw err;
    throw new BoundedFileError(`cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  } finally {
    closeSync(fd);
  }
}

/**
 * The file parsed as JSON. A parse error names where, never what the file holds: a refused file
 * may be anything (/etc/passwd), and its first bytes must not reach a log or a summary.
 */
export function readBoundedJson(file: string, maxBytes = MAX_INPUT_FILE_BYTES): unknown {
  const text = readBoundedFile(file, maxBytes).toString('utf8').replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text);
  } catch (err) {
    const at = /position (\d+)/.exec((err as Error).message)?.[1];
    throw new BoundedFileError(text.trim() === '' ? 'is empty; expected JSON' : `not valid JSON${at ? ` (at character ${at})` : ''}`);
  }
}
