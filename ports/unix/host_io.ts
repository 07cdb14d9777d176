// The unix port's host I/O: standard streams through Deno's synchronous file APIs (MicroPython's
// unix port writes unbuffered), and file reads for the import system.
import { setPortIO } from "../../src/py/port_io.ts";
import { fileHook, type OpenFlags } from "../../src/py/builtins_open.ts";
import { newException, OSError } from "../../src/py/obj_exception.ts";

const enc = new TextEncoder();
const dec = new TextDecoder();

function writeAll(file: { writeSync(p: Uint8Array): number }, data: Uint8Array): void {
  let off = 0;
  while (off < data.length) off += file.writeSync(data.subarray(off));
}

/** Standard streams: a reader that went away (`upy x.py | head`) ends the program quietly, as
 * SIGPIPE ends the C micropython. */
function writeStd(file: { writeSync(p: Uint8Array): number }, data: Uint8Array): void {
  try {
    writeAll(file, data);
  } catch (e) {
    if (e instanceof Deno.errors.BrokenPipe) Deno.exit(141);
    throw e;
  }
}

/** Bytes read from stdin but not yet consumed. */
let pending = new Uint8Array(0);
let stdinEnded = false;

function fillStdin(): boolean {
  if (stdinEnded) return false;
  const chunk = new Uint8Array(4096);
  const n = Deno.stdin.readSync(chunk);
  if (n === null || n === 0) {
    stdinEnded = true;
    return false;
  }
  const next = new Uint8Array(pending.length + n);
  next.set(pending);
  next.set(chunk.subarray(0, n), pending.length);
  pending = next;
  return true;
}

let asyncRead: Promise<void> | undefined;

/** Background stdin read for stdinPoll (select.poll on stdin, input() on the event loop). */
function stdinPoll(line: boolean, wake: () => void): boolean {
  if (stdinEnded || (line ? pending.indexOf(10) >= 0 : pending.length > 0)) return true;
  asyncRead ??= (async () => {
    const chunk = new Uint8Array(4096);
    const n = await Deno.stdin.read(chunk).catch(() => null);
    if (n === null || n === 0) stdinEnded = true;
    else {
      const next = new Uint8Array(pending.length + n);
      next.set(pending);
      next.set(chunk.subarray(0, n), pending.length);
      pending = next;
    }
    asyncRead = undefined;
  })();
  asyncRead.then(wake);
  return false;
}

function take(n: number): Uint8Array {
  const out = pending.slice(0, n);
  pending = pending.slice(n);
  return out;
}

/** Route the core's standard streams to this process's stdin/stdout/stderr. */
export function installHostIO(): void {
  setPortIO({
    writeStdout: (text) => writeStd(Deno.stdout, enc.encode(text)),
    writeStderr: (text) => writeStd(Deno.stderr, enc.encode(text)),
    writeStdoutBytes: (data) => writeStd(Deno.stdout, data),
    readLine: () => {
      for (;;) {
        const nl = pending.indexOf(10);
        if (nl >= 0) return dec.decode(take(nl + 1));
        if (!fillStdin()) return dec.decode(take(pending.length));
      }
    },
    readBytes: (n) => {
      while ((n < 0 || pending.length < n) && fillStdin());
      return take(n < 0 ? pending.length : Math.min(n, pending.length));
    },
    stdinPoll,
  });
}

/** Read a whole file, or undefined when it does not exist or is not a regular file. */
export function readFileOrUndefined(path: string): Uint8Array | undefined {
  try {
    return Deno.readFileSync(path);
  } catch {
    return undefined;
  }
}

/** Is `path` a directory (namespace packages in imports)? */
export function isDirectory(path: string): boolean {
  try {
    return Deno.statSync(path).isDirectory;
  } catch {
    return false;
  }
}

/** Deno error class name → POSIX errno, for OSError(errno) as MicroPython's unix port raises. */
const ERRNO_OF: Record<string, number> = {
  NotFound: 2,
  PermissionDenied: 13,
  AlreadyExists: 17,
  IsADirectory: 21,
  NotADirectory: 20,
  InvalidData: 22,
};

function hostError(e: unknown): never {
  const errno = e instanceof Error ? ERRNO_OF[e.name] ?? 5 : 5;
  throw newException(OSError, errno);
}

const openFiles = new Map<number, Deno.FsFile>();
let nextFd = 3;

function fileOf(fd: number): Deno.FsFile {
  const f = openFiles.get(fd);
  if (f === undefined) throw newException(OSError, 9);
  return f;
}

/** open() and file objects through Deno's synchronous file API. */
export function installHostFiles(): void {
  Object.assign(fileHook, {
    open(path: string, flags: OpenFlags): number {
      try {
        const f = Deno.openSync(path, {
          read: flags.read,
          write: flags.write && !flags.append,
          append: flags.append,
          create: flags.create,
          truncate: flags.truncate,
        });
        if (f.statSync().isDirectory) {
          f.close();
          throw Object.assign(new Error("dir"), { name: "IsADirectory" });
        }
        openFiles.set(nextFd, f);
        return nextFd++;
      } catch (e) {
        return hostError(e);
      }
    },
    read(fd: number, n: number): Uint8Array {
      const f = fileOf(fd);
      try {
        if (n < 0) {
          const parts: Uint8Array[] = [];
          let total = 0;
          for (;;) {
            const chunk = new Uint8Array(65536);
            const got = f.readSync(chunk);
            if (got === null || got === 0) break;
            parts.push(chunk.subarray(0, got));
            total += got;
          }
          const out = new Uint8Array(total);
          let off = 0;
          for (const p of parts) (out.set(p, off), off += p.length);
          return out;
        }
        const buf = new Uint8Array(n);
        const got = f.readSync(buf);
        return buf.subarray(0, got ?? 0);
      } catch (e) {
        return hostError(e);
      }
    },
    write(fd: number, data: Uint8Array): number {
      try {
        writeAll(fileOf(fd), data);
        return data.length;
      } catch (e) {
        return hostError(e);
      }
    },
    seek(fd: number, offset: number, whence: number): number {
      try {
        return fileOf(fd).seekSync(offset, whence as Deno.SeekMode);
      } catch (e) {
        return hostError(e);
      }
    },
    close(fd: number): void {
      openFiles.get(fd)?.close();
      openFiles.delete(fd);
    },
  });
}
