// The unix port's host (src/py/host.ts) on Deno: standard streams through Deno's synchronous
// file APIs (MicroPython's unix port writes unbuffered), files, clock, environment.
import type v8 from "node:v8";
import { nodeLib } from "./node_lib.ts";
import type { FileHost, Host, HostFs, HostStat, OpenFlags } from "../../src/py/host.ts";
import { memoryHost } from "../../src/py/host.ts";
import { newException, OSError } from "../../src/py/obj_exception.ts";
import { encodeUtf8 } from "../../src/py/str_utf8.ts";
import { denoTerminal, type StreamKind, streamKind } from "./terminal.ts";
import { CTRL_C, CTRL_D, History, LineEditor } from "./line_editor.ts";

/** input()'s history on a piped stdin (Ctrl-P recalls earlier answers). */
const inputHistory = new History();

const POLLIN = 0x01, POLLOUT = 0x04, POLLHUP = 0x10;
const ENXIO = 6, SEEK_DATA = 3;

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

/** This process's stdin, read synchronously or, for polls, in the background. */
class Stdin {
  /** Bytes read but not yet consumed. */
  private pending = new Uint8Array(0);
  private ended = false;
  private asyncRead: Promise<void> | undefined;

  private append(chunk: Uint8Array): void {
    const next = new Uint8Array(this.pending.length + chunk.length);
    next.set(this.pending);
    next.set(chunk, this.pending.length);
    this.pending = next;
  }

  private fill(): boolean {
    if (this.ended) return false;
    const chunk = new Uint8Array(4096);
    const n = Deno.stdin.readSync(chunk);
    if (n === null || n === 0) {
      this.ended = true;
      return false;
    }
    this.append(chunk.subarray(0, n));
    return true;
  }

  private take(n: number): Uint8Array {
    const out = this.pending.slice(0, n);
    this.pending = this.pending.slice(n);
    return out;
  }

  readLine(): string {
    for (;;) {
      const nl = this.pending.indexOf(10);
      if (nl >= 0) return dec.decode(this.take(nl + 1));
      if (!this.fill()) return dec.decode(this.take(this.pending.length));
    }
  }

  /** input() on a stdin that is not a terminal: the unix port's readline runs over the bytes
   * anyway, echoing them (with its cursor moves) to stdout; \n acts as Enter, bytes outside
   * printable ASCII and unknown controls are dropped, Ctrl-C is KeyboardInterrupt (null) and
   * Ctrl-D on an empty line ends the input. A terminal edits in its own cooked mode. */
  readInputLine(write: (s: string) => void): string | null {
    if ((this.kind ??= streamKind(0)) === "tty") return this.readLine();
    const editor = new LineEditor(write, inputHistory);
    editor.begin("");
    for (;;) {
      const b = this.readBytes(1);
      // At the end of the input a started line still counts (the unix port spins there).
      if (b.length === 0) return editor.currentLine === "" ? "" : editor.currentLine + "\n";
      const key = editor.feed(b[0] === 10 ? 13 : b[0]);
      if (key === 0) return editor.currentLine + "\n";
      if (key === CTRL_C) return null;
      if (key === CTRL_D) return "";
      if (key > 0) {
        write("\r\n");
        return "\n";
      }
    }
  }

  readBytes(n: number): Uint8Array {
    while ((n < 0 || this.pending.length < n) && this.fill());
    return this.take(n < 0 ? this.pending.length : Math.min(n, this.pending.length));
  }

  /** Background read for Host.stdinPoll (select.poll on stdin, input() on the event loop). */
  poll(line: boolean, wake: () => void): boolean {
    if (this.ended || (line ? this.pending.indexOf(10) >= 0 : this.pending.length > 0)) {
      return true;
    }
    this.asyncRead ??= (async () => {
      const chunk = new Uint8Array(4096);
      const n = await Deno.stdin.read(chunk).catch(() => null);
      if (n === null || n === 0) this.ended = true;
      else this.append(chunk.subarray(0, n));
      this.asyncRead = undefined;
    })();
    this.asyncRead.then(wake);
    return false;
  }

  private kind: StreamKind | undefined;

  /** poll(2)'s flags for stdin (Host.stdPollFlags): a file is always readable and writable;
   * a terminal is writable, and readable once input arrives; a pipe is readable while data is
   * buffered and hangs up at its end. */
  pollFlags(wake: () => void): number {
    const kind = this.kind ??= streamKind(0);
    if (kind === "file") return POLLIN | POLLOUT;
    const ready = this.poll(false, wake);
    if (kind === "tty") return POLLOUT | (ready ? POLLIN : 0);
    return (this.pending.length > 0 ? POLLIN : 0) | (this.ended ? POLLHUP : 0);
  }
}

const outputKinds: (StreamKind | undefined)[] = [];

/** poll(2)'s flags for stdout or stderr: a file is readable and writable, a pipe or terminal
 * writable (the room a pipe has left is not known: always some). */
function outputPollFlags(fd: number): number {
  const kind = outputKinds[fd] ??= streamKind(fd);
  return kind === "file" ? POLLIN | POLLOUT : POLLOUT;
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
  DirectoryNotEmpty: 39,
};

/** errno from Deno's message when its error class has no name of its own ("(os error 39)"). */
function errnoOf(e: unknown): number {
  if (!(e instanceof Error)) return 5;
  const named = ERRNO_OF[e.name];
  if (named !== undefined) return named;
  const m = /\(os error (\d+)\)/.exec(e.message);
  return m ? Number(m[1]) : 5;
}

function hostError(e: unknown): never {
  throw newException(OSError, errnoOf(e));
}

/** Run a Deno file-system call, its failure as OSError(errno). */
function sys<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    return hostError(e);
  }
}

const S_IFDIR = 0o040000, S_IFREG = 0o100000, S_IFLNK = 0o120000;

function statOf(info: Deno.FileInfo): HostStat {
  const type = info.isDirectory ? S_IFDIR : info.isSymlink ? S_IFLNK : S_IFREG;
  const secs = (d: Date | null) => (d === null ? 0 : Math.floor(d.getTime() / 1000));
  return {
    mode: info.mode ?? type | 0o644,
    ino: info.ino ?? 0,
    dev: info.dev ?? 0,
    nlink: info.nlink ?? 1,
    uid: info.uid ?? 0,
    gid: info.gid ?? 0,
    size: info.size,
    atime: secs(info.atime),
    mtime: secs(info.mtime),
    ctime: secs(info.birthtime ?? info.mtime),
  };
}

function inode(path: string): number {
  try {
    return Deno.lstatSync(path).ino ?? 0;
  } catch {
    return 0;
  }
}

/** Directories and metadata through Deno's synchronous APIs. */
const denoFs: HostFs = {
  stat: (path) => sys(() => statOf(Deno.statSync(path))),
  listdir: (path) =>
    sys(() =>
      [...Deno.readDirSync(path)].map((e) => ({
        name: e.name,
        isDir: e.isDirectory,
        ino: inode(path + "/" + e.name),
      }))
    ),
  mkdir: (path) => sys(() => Deno.mkdirSync(path)),
  rmdir: (path) =>
    sys(() => {
      if (!Deno.statSync(path).isDirectory) {
        throw Object.assign(new Error("not a dir"), { name: "NotADirectory" });
      }
      Deno.removeSync(path);
    }),
  remove: (path) =>
    sys(() => {
      if (Deno.lstatSync(path).isDirectory) {
        throw Object.assign(new Error("is a dir"), { name: "IsADirectory" });
      }
      Deno.removeSync(path);
    }),
  rename: (from, to) => sys(() => Deno.renameSync(from, to)),
  getcwd: () => sys(() => Deno.cwd()),
  chdir: (path) => sys(() => Deno.chdir(path)),
  // Deno has no statvfs: report a plausible 4 KiB-block file system with room to spare.
  statvfs: () => [4096, 4096, 1 << 24, 1 << 23, 1 << 23, 1 << 20, 1 << 19, 1 << 19, 4096, 255],
};

/** Linux's signal numbers from 1, for os.system's wait status. */
const SIGNAL_NUMBERS: readonly string[] = [
  "SIGHUP",
  "SIGINT",
  "SIGQUIT",
  "SIGILL",
  "SIGTRAP",
  "SIGABRT",
  "SIGBUS",
  "SIGFPE",
  "SIGKILL",
  "SIGUSR1",
  "SIGSEGV",
  "SIGUSR2",
  "SIGPIPE",
  "SIGALRM",
  "SIGTERM",
];

/** open() and file objects through Deno's synchronous file API. */
class DenoFiles implements FileHost {
  private readonly open_ = new Map<number, Deno.FsFile>();
  /** Descriptors of directories: open(dir) succeeds read-only, as open(2) does; reads fail. */
  private readonly dirs = new Set<number>();

  private fileOf(fd: number): Deno.FsFile {
    const f = this.open_.get(fd);
    if (f === undefined) throw newException(OSError, 9);
    if (this.dirs.has(fd)) throw newException(OSError, 21);
    return f;
  }

  open(path: string, flags: OpenFlags): number {
    try {
      const f = Deno.openSync(path, {
        read: flags.read,
        write: flags.write && !flags.append,
        append: flags.append,
        create: flags.create,
        truncate: flags.truncate,
      });
      const isDir = f.statSync().isDirectory;
      if (isDir && (flags.write || flags.append)) {
        f.close();
        throw Object.assign(new Error("dir"), { name: "IsADirectory" });
      }
      // The lowest free descriptor, as the kernel hands them out.
      let fd = 3;
      while (this.open_.has(fd)) fd++;
      this.open_.set(fd, f);
      if (isDir) this.dirs.add(fd);
      return fd;
    } catch (e) {
      return hostError(e);
    }
  }

  read(fd: number, n: number): Uint8Array {
    const f = this.fileOf(fd);
    try {
      if (n < 0) return readToEnd(f);
      const buf = new Uint8Array(n);
      const got = f.readSync(buf);
      return buf.subarray(0, got ?? 0);
    } catch (e) {
      return hostError(e);
    }
  }

  write(fd: number, data: Uint8Array): number {
    const f = this.fileOf(fd); // (its EBADF/EISDIR as they are, not as a host failure)
    try {
      writeAll(f, data);
      return data.length;
    } catch (e) {
      return hostError(e);
    }
  }

  /** lseek(2) on Linux also takes SEEK_DATA (3) and SEEK_HOLE (4). */
  readonly maxWhence = 4;

  seek(fd: number, offset: number, whence: number): number {
    const f = this.fileOf(fd);
    if (whence <= 2) return sys(() => f.seekSync(offset, whence as Deno.SeekMode));
    // Deno has no SEEK_DATA/SEEK_HOLE: a file without holes is data up to its end.
    const size = sys(() => f.statSync().size);
    if (offset < 0 || offset >= size) throw newException(OSError, ENXIO);
    return sys(() => f.seekSync(whence === SEEK_DATA ? offset : size, Deno.SeekMode.Start));
  }

  close(fd: number): void {
    this.open_.get(fd)?.close();
    this.open_.delete(fd);
    this.dirs.delete(fd);
  }
}

function readToEnd(f: Deno.FsFile): Uint8Array {
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

/** V8's running total of allocated bytes (newer than the typings of node:v8). */
function allocatedBytes(): number {
  const nodeV8 = nodeLib<typeof v8>("node:v8");
  const stats = nodeV8.getHeapStatistics() as { total_allocated_bytes?: number };
  return stats.total_allocated_bytes ?? Deno.memoryUsage().heapUsed;
}

/** The unix port's host: this process's streams, the file system, clock and environment. */
export function unixHost(): Host {
  const stdin = new Stdin();
  return memoryHost({
    writeStdout: (text) => writeStd(Deno.stdout, encodeUtf8(text)),
    writeStderr: (text) => writeStd(Deno.stderr, encodeUtf8(text)),
    writeStdoutBytes: (data) => writeStd(Deno.stdout, data),
    readLine: () => stdin.readLine(),
    readInputLine: () => stdin.readInputLine((text) => writeStd(Deno.stdout, encodeUtf8(text))),
    readBytes: (n) => stdin.readBytes(n),
    stdinPoll: (line, wake) => stdin.poll(line, wake),
    stdPollFlags: (fd, wake) => fd === 0 ? stdin.pollFlags(wake) : outputPollFlags(fd),
    terminal: denoTerminal,
    readFile: readFileOrUndefined,
    isDir: isDirectory,
    files: new DenoFiles(),
    fs: denoFs,
    getenv: (name) => Deno.env.get(name),
    setenv: (name, value) =>
      value === undefined ? Deno.env.delete(name) : Deno.env.set(name, value),
    system: (command) => {
      const r = new Deno.Command("/bin/sh", {
        args: ["-c", command],
        stdin: "inherit",
        stdout: "inherit",
        stderr: "inherit",
      }).outputSync();
      // A wait status: the exit code in the high byte, or the killing signal's number.
      return r.signal !== null ? SIGNAL_NUMBERS.indexOf(r.signal) + 1 || 128 : r.code * 256;
    },
    memoryUsed: () => Deno.memoryUsage().heapUsed,
    allocatedBytes: allocatedBytes,
    platform: { os: Deno.build.os, machine: Deno.build.arch, engine: `Deno ${Deno.version.deno}` },
  });
}
