// What an interpreter needs from the world outside it: the three standard streams, files,
// clock and timers, environment variables and memory figures. A port implements it (the unix
// port on Deno: ports/unix/host.ts) and hands it to the interpreter; nothing in the core
// reaches a host API any other way.
import { type FileHost, NO_FILES } from "./builtins_open.ts";

export type { FileHost, OpenFlags } from "./builtins_open.ts";

export interface Host {
  writeStdout(text: string): void;
  writeStderr(text: string): void;
  /** Raw bytes to stdout (sys.stdout.buffer). */
  writeStdoutBytes(data: Uint8Array): void;
  /** Read one line from stdin including its newline; "" at end of input. */
  readLine(): string;
  /** Optional: input()'s line, as the port's line editor reads it (the unix port edits and
   * echoes a piped stdin as its readline does); null for Ctrl-C. Default: readLine(). */
  readInputLine?(): string | null;
  /** Read up to n bytes (-1 = all) from stdin. */
  readBytes(n: number): Uint8Array;
  /** Optional, for waiting on stdin without blocking the event loop: true when a read (a whole
   * line if `line`) would return at once (data buffered, or end of input); otherwise start
   * reading in the background and call `wake` when more has arrived. */
  stdinPoll?(line: boolean, wake: () => void): boolean;
  /** Optional, for select.poll on the standard streams (fd 0, 1, 2) as poll(2) sees them: the
   * POLLIN, POLLOUT and POLLHUP flags that hold now; for stdin it may start a background read
   * and call `wake` on progress. */
  stdPollFlags?(fd: number, wake: () => void): number;
  /** The terminal behind the standard streams (termios); absent: none of them is a tty. */
  terminal?: HostTerminal;

  /** A whole file for the import system, or undefined when there is no such regular file. */
  readFile(path: string): Uint8Array | undefined;
  /** Is `path` a directory? Lets a directory without __init__ be a namespace package; without
   * it, packages are found by their __init__ file alone. */
  isDir?(path: string): boolean;
  /** open() and file objects. */
  files: FileHost;
  /** Directories and metadata (os.listdir/stat/mkdir/...); absent: no host file system to
   * mount at "/" (vfs.VfsPosix refuses to work). Errors are OSError(errno). */
  fs?: HostFs;

  /** Milliseconds on a monotonic clock (ticks, deadlines). */
  monotonicMs(): number;
  /** Wall-clock milliseconds since the Unix epoch (time.time, localtime). */
  epochMs(): number;
  /** Call `fn` after `ms` milliseconds; the returned function cancels the timer. */
  setTimer(ms: number, fn: () => void): () => void;

  /** An environment variable, or undefined. */
  getenv(name: string): string | undefined;
  /** Set (undefined: remove) an environment variable (os.putenv/unsetenv). */
  setenv?(name: string, value: string | undefined): void;
  /** Run a shell command with the process's streams (os.system): C system()'s status. */
  system?(command: string): number;
  /** Bytes of memory the host's heap uses now (gc.mem_alloc's figure after a collection). */
  memoryUsed(): number;
  /** Bytes the host has allocated since it started, never decreasing (gc.mem_alloc's growth
   * between collections). */
  allocatedBytes(): number;
  /** What the interpreter runs on, for the platform module: the OS as the JS runtime names it
   * ("linux", "darwin", "windows"), the machine ("x86_64"), the engine ("Deno 2.1.4"). */
  platform?: { os: string; machine: string; engine: string };
}

/** What termios needs from a port: which standard streams are terminals, and raw mode. */
export interface HostTerminal {
  /** Is standard stream `fd` (0, 1 or 2) a terminal? */
  isTerminal(fd: number): boolean;
  /** Raw input on the terminal (cbreak: Ctrl-C still interrupts), or back to cooked. */
  setRaw(raw: boolean, cbreak: boolean): void;
}

/** os.stat()'s 10-tuple fields a host gives (st_mode carries the file type bits). */
export interface HostStat {
  mode: number;
  ino: number;
  dev: number;
  nlink: number;
  uid: number;
  gid: number;
  size: number;
  atime: number;
  mtime: number;
  ctime: number;
}

export interface HostDirEntry {
  name: string;
  isDir: boolean;
  ino: number;
}

export interface HostFs {
  stat(path: string): HostStat;
  listdir(path: string): HostDirEntry[];
  mkdir(path: string): void;
  rmdir(path: string): void;
  remove(path: string): void;
  rename(from: string, to: string): void;
  getcwd(): string;
  chdir(path: string): void;
  /** statvfs's 10 numbers, as os.statvfs returns them. */
  statvfs(path: string): number[];
}

const dec = new TextDecoder();

/** A host with no files and no input, whose output goes to the given sinks (default: nowhere);
 * clock and timers are the JavaScript engine's. Embedders override what they need. */
export function memoryHost(overrides: Partial<Host> = {}): Host {
  const host: Host = {
    writeStdout: () => {},
    writeStderr: () => {},
    writeStdoutBytes: (data) => host.writeStdout(dec.decode(data)),
    readLine: () => "",
    readBytes: () => new Uint8Array(),
    readFile: () => undefined,
    files: NO_FILES,
    monotonicMs: () => performance.now(),
    epochMs: () => performance.timeOrigin + performance.now(),
    setTimer: (ms, fn) => {
      const t = setTimeout(fn, ms);
      return () => clearTimeout(t);
    },
    getenv: () => undefined,
    memoryUsed: () => 0,
    allocatedBytes: () => 0,
    ...overrides,
  };
  return host;
}
