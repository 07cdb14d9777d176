// open()ed files of a filesystem mounted from src/fs (VfsLfs1/2, VfsFat, VfsRom): the whole
// file is kept in memory and written back to the filesystem (and so to its block device) when
// it is closed, as littlefs and FatFs write their caches back on close.
import { OSError, raise, ValueError } from "../py/obj_exception.ts";
import type { FileHost, OpenFlags } from "../py/builtins_open.ts";
import { ERRNO, type FileSystem, FsError } from "../fs/types.ts";

const EBADF = 9;
const enc = new TextEncoder();

/** Where formats differ in what open files do (FatFs vs littlefs, as MicroPython shows them). */
export interface FileRules {
  /** open() of a directory: the errno reading and writing (FAT: ENOENT, EACCES; else EISDIR). */
  openDir?: { read: number; write: number; root: number };
  /** Reading a file open for writing or the other way round (FAT: EACCES; else EBADF). */
  wrongMode?: number;
  /** Seeking past the end of a file open for reading stops at the end (FatFs's f_lseek). */
  clampSeek?: boolean;
  /** A new name longer than 255 bytes (littlefs: ENAMETOOLONG; else EINVAL). */
  longName?: number;
  /** Using a closed file: FatFs OSError(EINVAL); littlefs a bare ValueError. */
  closedFile: "einval" | "bare";
  /** The largest file position (littlefs LFS_FILE_MAX); beyond it seek is EINVAL. */
  maxPos?: number;
}

/** What the files need from their filesystem object. */
export interface FilesOwner {
  readonly rules: FileRules;
  mounted(): FileSystem;
  isReadonly(): boolean;
  /** Run a format-code call, its FsError raised as OSError. */
  guard<T>(f: () => T): T;
  /** After a change: the device's sync (ioctl 3). */
  changed(): void;
}

interface OpenFile {
  path: string;
  readable: boolean;
  writable: boolean;
  data: Uint8Array;
  size: number;
  pos: number;
  dirty: boolean;
  append: boolean;
}

export class FsFiles implements FileHost {
  readonly noFds = true;
  private readonly open_ = new Map<number, OpenFile>();
  private nextFd = 1;
  constructor(private readonly owner: FilesOwner) {}

  closedError(): void {
    if (this.owner.rules.closedFile === "einval") raise(OSError, ERRNO.EINVAL);
    raise(ValueError);
  }

  open(path: string, given: OpenFlags): number {
    const o = this.owner;
    const fs = o.mounted();
    // "x" creates a new file to write (vfs_fat_file.c FA_CREATE_NEW, littlefs LFS_O_EXCL)
    const flags: OpenFlags = given.exclusive
      ? {
        read: given.read && given.write,
        write: true,
        create: true,
        truncate: true,
        append: false,
      }
      : given;
    const writing = flags.write || flags.append;
    if (writing && o.isReadonly()) raise(OSError, ERRNO.EROFS);
    const kind = o.guard(() => {
      try {
        return fs.stat(path).kind;
      } catch (e) {
        if (e instanceof FsError && e.errno === ERRNO.ENOENT) return undefined;
        throw e;
      }
    });
    const rules = o.rules;
    if (kind === "dir") {
      const e = rules.openDir;
      raise(
        OSError,
        e === undefined ? ERRNO.EISDIR : path === "/" ? e.root : writing ? e.write : e.read,
      );
    }
    if (given.exclusive && kind !== undefined) raise(OSError, ERRNO.EEXIST);
    let data: Uint8Array;
    if (kind === undefined || flags.truncate) {
      if (kind === undefined && !flags.create) raise(OSError, ERRNO.ENOENT);
      const name = path.slice(path.lastIndexOf("/") + 1);
      if (kind === undefined && enc.encode(name).length > 255) {
        raise(OSError, rules.longName ?? ERRNO.EINVAL);
      }
      data = new Uint8Array();
      o.guard(() => fs.writeFile!(path, data));
      o.changed();
    } else {
      data = o.guard(() => fs.readFile(path)).slice();
    }
    const fd = this.nextFd++;
    const f = {
      path,
      readable: flags.read,
      writable: writing,
      data,
      size: data.length,
      pos: 0,
      dirty: false,
      append: flags.append,
    };
    if (flags.append) f.pos = f.size;
    this.open_.set(fd, f);
    return fd;
  }

  private file(fd: number, mode?: "readable" | "writable"): OpenFile {
    const f = this.open_.get(fd) ?? raise(OSError, EBADF);
    if (mode !== undefined && !f[mode]) raise(OSError, this.owner.rules.wrongMode ?? EBADF);
    return f;
  }

  read(fd: number, n: number): Uint8Array {
    const f = this.file(fd, "readable");
    const end = n < 0 ? f.size : Math.min(f.size, f.pos + n);
    const out = f.data.slice(Math.min(f.pos, end), end);
    f.pos = Math.max(f.pos, end);
    return out;
  }

  write(fd: number, bytes: Uint8Array): number {
    const f = this.file(fd, "writable");
    if (f.append) f.pos = f.size;
    const end = f.pos + bytes.length;
    if (end > f.data.length) {
      const grown = new Uint8Array(Math.max(end, f.data.length * 2, 64));
      grown.set(f.data.subarray(0, f.size));
      f.data = grown;
    }
    f.data.set(bytes, f.pos);
    f.pos = end;
    f.size = Math.max(f.size, end);
    f.dirty = true;
    return bytes.length;
  }

  seek(fd: number, offset: number, whence: number): number {
    const f = this.file(fd);
    const base = whence === 1 ? f.pos : whence === 2 ? f.size : 0;
    const pos = base + offset;
    if (pos < 0 || pos > (this.owner.rules.maxPos ?? Infinity)) raise(OSError, ERRNO.EINVAL);
    f.pos = this.owner.rules.clampSeek && !f.writable ? Math.min(pos, f.size) : pos;
    return f.pos;
  }

  /** Write a changed file back (close, flush). */
  flush(fd: number): void {
    const f = this.file(fd);
    if (!f.dirty) return;
    const fs = this.owner.mounted();
    this.owner.guard(() => fs.writeFile!(f.path, f.data.slice(0, f.size)));
    f.dirty = false;
    this.owner.changed();
  }

  close(fd: number): void {
    if (!this.open_.has(fd)) return;
    try {
      this.flush(fd);
    } finally {
      this.open_.delete(fd);
    }
  }
}
