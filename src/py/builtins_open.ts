// open() and file objects (MicroPython unix: extmod/vfs_posix_file.c). The host file system is
// reached through the interpreter's host (host.ts); a file keeps the host that opened it.
import {
  builtin,
  defineType,
  type Kw,
  PyObject,
  type PyType,
  type PyValue,
  typeOf,
} from "./obj.ts";
import { PyBytes } from "./obj_bytes.ts";
import { getInt, getSmallInt } from "./obj_int.ts";
import { decodeUtf8 } from "./obj_str.ts";
import { OSError, raise, StopIteration, TypeError, ValueError } from "./obj_exception.ts";
import { PyList } from "./obj_list.ts";
import { writableBuffer } from "./obj_memoryview.ts";
import { clipLen, lineSizeArg, sizeArg, writeSlice } from "./stream_args.ts";
import { execfileReader } from "./builtins_core.ts";
import { str } from "./runtime.ts";
import { state } from "./interp_state.ts";

/** How a file is opened (from the mode string). */
export interface OpenFlags {
  read: boolean;
  write: boolean;
  create: boolean;
  truncate: boolean;
  append: boolean;
  /** "x": FatFs and littlefs files create a new file, EEXIST if there is one; the unix port's
   * files take it as "r" (vfs_posix_file.c knows no 'x'). */
  exclusive?: boolean;
}

/** Host file operations. Errors are raised as Python OSError(errno) by the host. */
export interface FileHost {
  /** Raises what using a closed file raises on this filesystem, when not the usual ValueError
   * ("I/O operation on closed file"). */
  closedError?(): void;
  /** Open a path; returns a host file descriptor. */
  open(path: string, flags: OpenFlags): number;
  /** Read up to n bytes (n < 0: everything left); an empty array at end of file. */
  read(fd: number, n: number): Uint8Array;
  write(fd: number, data: Uint8Array): number;
  /** Reposition (whence 0 = start, 1 = current, 2 = end); returns the new position. */
  seek(fd: number, offset: number, whence: number): number;
  close(fd: number): void;
  /** Write buffered changes through (file.flush()); optional. */
  flush?(fd: number): void;
  /** The largest whence seek() takes (default 2; Linux adds SEEK_DATA 3 and SEEK_HOLE 4). */
  readonly maxWhence?: number;
  /** Files have no OS descriptor to show in their repr (VfsLfs2, VfsFat files). */
  readonly noFds?: boolean;
}

const ENOENT = 2;
const EBADF = 9;
const EINVAL = 22;

/** A file system in which nothing exists. */
export const NO_FILES: FileHost = {
  open: () => raise(OSError, ENOENT),
  read: () => raise(OSError, EBADF),
  write: () => raise(OSError, EBADF),
  seek: () => raise(OSError, EBADF),
  close: () => {},
};

const dec = new TextDecoder();
const CHUNK = 4096;

export class PyFile extends PyObject {
  /** Bytes read from the host but not yet consumed. */
  buf: Uint8Array = new Uint8Array(0);
  pos = 0;
  eof = false;
  closed = false;
  constructor(
    type: PyType,
    /** The file system of the interpreter that opened it. */
    public files: FileHost,
    public fd: number,
    public readable: boolean,
    public writable: boolean,
  ) {
    super(type);
  }

  check(): void {
    if (this.closed) {
      this.files.closedError?.();
      raise(ValueError, "I/O operation on closed file");
    }
  }

  get buffered(): number {
    return this.buf.length - this.pos;
  }

  /** Read more from the host into the buffer; false at end of file. The end is asked about
   * afresh each time: another writer may have made the file longer since. */
  fill(): boolean {
    if (!this.readable) raise(OSError, EBADF);
    const more = this.files.read(this.fd, CHUNK);
    if (more.length === 0) {
      this.eof = true;
      return false;
    }
    const rest = this.buf.subarray(this.pos);
    const nb = new Uint8Array(rest.length + more.length);
    nb.set(rest);
    nb.set(more, rest.length);
    this.buf = nb;
    this.pos = 0;
    return true;
  }

  take(n: number): Uint8Array {
    const out = this.buf.slice(this.pos, this.pos + n);
    this.pos += out.length;
    return out;
  }

  /** Hand buffered-but-unread bytes back to the host before writing or seeking. */
  dropBuffer(): void {
    const n = this.buffered;
    if (n > 0) this.files.seek(this.fd, -n, 1);
    this.buf = new Uint8Array(0);
    this.pos = 0;
    this.eof = false;
  }

  /** Zero bytes are read or written without a look at the file (py/stream.c's loops). */
  readBytes(n: number): Uint8Array {
    if (n === 0) return new Uint8Array(0);
    this.check();
    if (!this.readable) raise(OSError, EBADF);
    if (n < 0) {
      while (this.fill());
      return this.take(this.buffered);
    }
    while (this.buffered < n && this.fill());
    return this.take(n);
  }

  /** Read n characters of UTF-8 text. */
  readChars(n: number): Uint8Array {
    if (n === 0) return new Uint8Array(0);
    this.check();
    if (!this.readable) raise(OSError, EBADF);
    if (n < 0) return this.readBytes(-1);
    for (;;) {
      // Find the end of the n-th character in the buffer.
      let chars = 0;
      let i = this.pos;
      for (; i < this.buf.length; i++) {
        if ((this.buf[i] & 0xc0) !== 0x80) {
          if (chars === n) break;
          chars++;
        }
      }
      if (chars === n && (i < this.buf.length || this.eof)) return this.take(i - this.pos);
      if (!this.fill()) return this.take(this.buffered);
    }
  }

  readLine(): Uint8Array {
    this.check();
    if (!this.readable) raise(OSError, EBADF);
    let from = this.pos;
    for (;;) {
      const nl = this.buf.indexOf(10, from);
      if (nl >= 0) return this.take(nl + 1 - this.pos);
      from = this.buf.length - this.pos;
      if (!this.fill()) return this.take(this.buffered);
      from += this.pos;
    }
  }

  write(data: Uint8Array): number {
    if (data.length === 0) return 0;
    this.check();
    if (!this.writable) raise(OSError, EBADF);
    if (this.buffered > 0 || this.eof) this.dropBuffer();
    return this.files.write(this.fd, data);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.files.close(this.fd);
  }
}

const asFile = (v: PyValue) => v as PyFile;

function makeFileType(name: string, binary: boolean): PyType {
  const wrap = (b: Uint8Array): PyValue => (binary ? new PyBytes(b) : decodeUtf8(b));
  return defineType({
    name,
    repr: (self) => {
      const f = asFile(self);
      return f.files.noFds ? `<io.${name}>` : `<io.${name} ${f.fd}>`;
    },
    getIter: (self) => self,
    iterNext: (self) => {
      const line = asFile(self).readLine();
      return line.length === 0 ? undefined : wrap(line);
    },
    methods: [
      ["__enter__", (a) => a[0], 1, 1],
      ["__exit__", (a) => (asFile(a[0]).close(), null), 4, 4],
      [
        // The builtin next() itself in MicroPython: f.__next__(default) works.
        "__next__",
        (a) => {
          const line = asFile(a[0]).readLine();
          if (line.length > 0) return wrap(line);
          return a.length > 1 ? a[1] : raise(StopIteration);
        },
        1,
        2,
      ],
      ["close", (a) => (asFile(a[0]).close(), null), 1, 1],
      [
        "read",
        (a) => {
          const f = asFile(a[0]);
          const n = sizeArg(a, binary ? 1 : 0);
          return wrap(binary ? f.readBytes(n) : f.readChars(n));
        },
        1,
        2,
      ],
      [
        "readinto",
        (a) => {
          const f = asFile(a[0]);
          const b = writableBuffer(a[1]);
          const n = a.length > 2 ? clipLen(a[2], b.length) : b.length;
          const got = f.readBytes(n);
          b.set(got);
          return got.length;
        },
        2,
        3,
      ],
      [
        "readline",
        (a) => {
          const f = asFile(a[0]);
          const n = lineSizeArg(a);
          if (n === 0) return wrap(new Uint8Array(0));
          if (n > 0) {
            const line = f.readLine();
            // Give back what exceeds the limit: bytes in text mode too (py/stream.c).
            if (n < line.length) f.pos -= line.length - n;
            return wrap(line.subarray(0, n));
          }
          return wrap(f.readLine());
        },
        1,
        2,
      ],
      ["write", (a) => asFile(a[0]).write(writeSlice(a)), 2, 4],
      ["__del__", (a) => (asFile(a[0]).close(), null), 1, 1],
      ["fileno", (a) => (asFile(a[0]).check(), asFile(a[0]).fd), 1, 1],
      [
        "flush",
        (a) => {
          const f = asFile(a[0]);
          f.check();
          f.files.flush?.(f.fd);
          return null;
        },
        1,
        1,
      ],
      [
        "readlines",
        (a) => {
          const f = asFile(a[0]);
          const out: PyValue[] = [];
          for (let l = f.readLine(); l.length > 0; l = f.readLine()) out.push(wrap(l));
          return new PyList(out);
        },
        1,
        1,
      ],
      [
        "seek",
        (a) => {
          const f = asFile(a[0]);
          f.check();
          const off = getSmallInt(a[1]);
          const whence = a.length > 2 ? getSmallInt(a[2]) : 0;
          if (whence === 0 && off < 0) raise(OSError, EINVAL);
          if (whence < 0 || whence > (f.files.maxWhence ?? 2)) raise(OSError, EINVAL);
          f.dropBuffer();
          return f.files.seek(f.fd, off, whence);
        },
        2,
        3,
      ],
      [
        "tell",
        (a) => {
          const f = asFile(a[0]);
          f.check();
          return f.files.seek(f.fd, 0, 1) - f.buffered;
        },
        1,
        1,
      ],
    ],
  });
}

export const textFileType: PyType = makeFileType("TextIOWrapper", false);
export const binaryFileType: PyType = makeFileType("FileIO", true);

/** Parse a mode string as MicroPython's posix file does (unknown letters are ignored). */
export function parseMode(mode: string): { flags: OpenFlags; binary: boolean } {
  const flags: OpenFlags = {
    read: true,
    write: false,
    create: false,
    truncate: false,
    append: false,
  };
  let binary = false;
  for (const c of mode) {
    switch (c) {
      case "r":
        Object.assign(flags, { read: true, write: false, create: false, truncate: false });
        flags.append = false;
        break;
      case "w":
        Object.assign(flags, { read: false, write: true, create: true, truncate: true });
        flags.append = false;
        break;
      case "a":
        Object.assign(flags, { read: false, write: true, create: true, truncate: false });
        flags.append = true;
        break;
      case "+":
        flags.read = true;
        flags.write = true;
        break;
      case "b":
        binary = true;
        break;
      case "t":
        binary = false;
        break;
      case "x":
        flags.exclusive = true;
        break;
    }
  }
  return { flags, binary };
}

/** A file object for `path` opened with `mode` on `files` (an int path is an open fd). */
export function fileObject(files: FileHost, file: PyValue, mode: string): PyFile {
  const { flags, binary } = parseMode(mode);
  const type = binary ? binaryFileType : textFileType;
  if (typeof file === "number") {
    const f = new PyFile(type, files, file, flags.read, flags.write);
    f.closed = file < 0; // vfs_posix_file.c marks a closed file by fd -1
    return f;
  }
  if (typeof file !== "string") {
    return raise(
      TypeError,
      `can't convert '${(file as PyObject).type.name}' object to str implicitly`,
    );
  }
  const fd = files.open(file, flags);
  return new PyFile(type, files, fd, flags.read, flags.write);
}

/** Where open() goes once filesystems are mounted (extmod/vfs.ts sets it): a path is looked
 * up in the mount table and the mounted object's open() makes the file. */
export const openHook = {
  vfs: undefined as ((file: PyValue, mode: string) => PyValue) | undefined,
};

const OPEN_ARGS = ["file", "mode", "buffering", "encoding"];

/** open(file, mode='r', buffering=-1, encoding=None, ...). */
export function openFile(args: PyValue[], kw: Kw): PyValue {
  let file: PyValue | undefined = args[0];
  let mode: PyValue = args.length > 1 ? args[1] : "r";
  // open(file, mode='r', buffering=-1, encoding=None): the last two are accepted and unused,
  // though buffering must be an int.
  let buffering: PyValue = args.length > 2 ? args[2] : -1;
  if (args.length > 4) raise(TypeError, "extra positional arguments given");
  // A keyword naming an argument already given by position is left over, like an unknown one;
  // mp_arg_parse_all complains once the known ones are parsed.
  let extraKw = false;
  for (const [k, v] of kw ?? []) {
    const at = OPEN_ARGS.indexOf(k);
    if (at < 0 || at < args.length) extraKw = true;
    else if (k === "mode") mode = v;
    else if (k === "file") file = v;
    else if (k === "buffering") buffering = v;
  }
  if (file === undefined) {
    return raise(TypeError, "'file' argument required");
  }
  getInt(buffering);
  if (extraKw) raise(TypeError, "extra keyword arguments given");
  // A bytes path names the same file as its text (mp_obj_str_get_str takes both).
  if (file instanceof PyBytes) file = dec.decode(file.data);
  if (typeof mode !== "string") {
    raise(TypeError, `can't convert '${typeOf(mode).name}' object to str implicitly`);
  }
  if (typeof file !== "string" && typeof file !== "number") {
    raise(TypeError, `can't convert '${typeOf(file).name}' object to str implicitly`);
  }
  const vfs = openHook.vfs;
  if (vfs !== undefined && typeof file === "string" && state.vfsMounts.length > 0) {
    return vfs(file, str(mode));
  }
  return fileObject(state.host.files, file, str(mode));
}

execfileReader.read = (path: string): string => {
  const f = openFile([path, "rb"], undefined) as PyFile;
  try {
    return dec.decode(f.readBytes(-1));
  } finally {
    f.close();
  }
};

export const openBuiltins: [string, PyValue][] = [
  ["open", builtin("open", openFile, 0, -1, true)],
];
