import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Replaces `path` with `data` so that readers (the extension build, a watcher)
 * see either the old file or the complete new one, never a truncated mix,
 * even if the process dies mid-write.
 */
export function writeFileAtomic(path: string, data: string): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  // Same directory as the target: rename is only atomic within one filesystem.
  // pid + random suffix keeps concurrent writers from sharing a temp file.
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);

  let fd: number | undefined;
  try {
    // 'wx' fails rather than clobbering a file that happens to have this name.
    fd = openSync(tmp, 'wx');
    const buf = Buffer.from(data, 'utf8');
    let off = 0;
    while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
    // Without fsync the rename can reach disk before the data, leaving an
    // empty file after a crash.
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, path);
  } catch (err) {
    // Cleanup failures are swallowed: the original error is the one worth reporting.
    try {
      if (fd !== undefined) closeSync(fd);
    } catch {
      /* see above */
    }
    try {
      rmSync(tmp, { force: true });
    } catch {
      /* see above */
    }
    throw err;
  }

  syncDir(dir);
}

/** Makes the rename itself durable; best effort because not every platform can fsync a directory. */
function syncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Windows refuses to open directories; the data is already safely renamed.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
