// The mountable filesystem types over upy's own format code (src/fs): vfs.VfsRom over a buffer,
// and the block-device ones (VfsLfs1, VfsLfs2, VfsFat) over an object with MicroPython's
// block-device protocol (readblocks/writeblocks/ioctl). Each type is a row of FS_DRIVERS; the
// methods (open, ilistdir, stat, statvfs, mkdir, rmdir, remove, rename, chdir, getcwd) are
// shared. Files are whole-file buffers, written back when closed.
import { builtin, defineType, type Kw, PyObject, type PyType, type PyValue } from "../py/obj.ts";
import { PyStaticMethod } from "../py/obj_property.ts";
import { bufferData, PyByteArray } from "../py/obj_bytes.ts";
import { newException, OSError, raise, TypeError } from "../py/obj_exception.ts";
import { PyList } from "../py/obj_list.ts";
import { tuple } from "../py/obj_tuple.ts";
import { type FileHost, fileObject, type OpenFlags } from "../py/builtins_open.ts";
import { callMethod, str } from "../py/runtime.ts";
import type { BlockDevice, FileSystem } from "../fs/types.ts";
import { FsError } from "../fs/types.ts";
import { mountRomfs } from "../fs/romfs.ts";
import { pathArg, S_IFDIR, S_IFREG } from "./vfs.ts";

const EPERM = 1, ENOENT = 2, EBADF = 9, EISDIR = 21, EROFS = 30, EOPNOTSUPP = 95;

/** Run `f`, its FsError as OSError(errno). */
function os<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof FsError) throw newException(OSError, e.errno);
    throw e;
  }
}

/** A block device given from Python, seen from the format code. */
export function pythonBlockDevice(bdev: PyValue, extended: boolean): BlockDevice {
  const ioctl = (op: number, arg: number) => callMethod(bdev, "ioctl", [op, arg]);
  const size = ioctl(5, 0);
  const count = ioctl(4, 0);
  const blockSize = typeof size === "number" ? size : 512;
  if (typeof count !== "number") raise(TypeError, "block device ioctl(4) must give a count");
  const call = (name: string, block: number, buf: PyByteArray, offset: number) =>
    callMethod(bdev, name, extended || offset !== 0 ? [block, buf, offset] : [block, buf]);
  return {
    blockSize,
    blockCount: count as number,
    readBlocks(block, buf, offset = 0) {
      const b = new PyByteArray(new Uint8Array(buf.length));
      call("readblocks", block, b, offset);
      buf.set(b.data.subarray(0, buf.length));
    },
    writeBlocks(block, buf, offset = 0) {
      call("writeblocks", block, new PyByteArray(buf.slice()), offset);
    },
    eraseBlock(block) {
      ioctl(6, block);
    },
  };
}

/** open()ed files of a mounted filesystem: the whole file in memory, written back on close. */
class FsFiles implements FileHost {
  private readonly open_ = new Map<
    number,
    { path: string; data: Uint8Array; size: number; pos: number; dirty: boolean; append: boolean }
  >();
  private nextFd = 1;
  constructor(private readonly vfs: PyVfs) {}

  open(path: string, flags: OpenFlags): number {
    const fs = this.vfs.mounted();
    let data: Uint8Array;
    const writing = flags.write || flags.append;
    if (writing && this.vfs.isReadonly()) raise(OSError, EROFS);
    const exists = os(() => {
      try {
        return fs.stat(path).kind;
      } catch (e) {
        if (e instanceof FsError && e.errno === ENOENT) return undefined;
        throw e;
      }
    });
    if (exists === "dir") raise(OSError, EISDIR);
    if (exists === undefined) {
      if (!flags.create) raise(OSError, ENOENT);
      data = new Uint8Array();
      os(() => fs.writeFile!(path, data));
    } else {
      data = flags.truncate ? new Uint8Array() : os(() => fs.readFile(path)).slice();
      if (flags.truncate) os(() => fs.writeFile!(path, data));
    }
    const fd = this.nextFd++;
    const entry = { path, data, size: data.length, pos: 0, dirty: false, append: flags.append };
    if (flags.append) entry.pos = entry.size;
    this.open_.set(fd, entry);
    return fd;
  }

  private file(fd: number) {
    return this.open_.get(fd) ?? raise(OSError, EBADF);
  }

  read(fd: number, n: number): Uint8Array {
    const f = this.file(fd);
    const end = n < 0 ? f.size : Math.min(f.size, f.pos + n);
    const out = f.data.slice(Math.min(f.pos, end), end);
    f.pos = Math.max(f.pos, end);
    return out;
  }

  write(fd: number, bytes: Uint8Array): number {
    const f = this.file(fd);
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
    f.pos = Math.max(0, base + offset);
    return f.pos;
  }

  close(fd: number): void {
    const f = this.open_.get(fd);
    if (f === undefined) return;
    this.open_.delete(fd);
    if (f.dirty) {
      const fs = this.vfs.mounted();
      os(() => fs.writeFile!(f.path, f.data.slice(0, f.size)));
    }
  }
}

/** How a Vfs type makes its filesystem. */
interface FsDriver {
  name: string;
  /** Make the mounted filesystem from the constructor's arguments. */
  open(args: PyValue[], kw: Kw): FileSystem;
  /** Format a block device (the static mkfs), when the format can be written. */
  mkfs?(args: PyValue[], kw: Kw): void;
  /** chdir only to "/" (VfsRom: EOPNOTSUPP for a subdirectory). */
  chdirRootOnly?: boolean;
}

class PyVfs extends PyObject {
  cwd = "/";
  readonly = false;
  readonly files: FileHost = new FsFiles(this);
  constructor(type: PyType, private fs: FileSystem | undefined, readonly remake: () => FileSystem) {
    super(type);
  }
  mounted(): FileSystem {
    return this.fs ??= os(this.remake);
  }
  isReadonly(): boolean {
    return this.readonly || this.mounted().readonly;
  }
  /** An absolute, normalised path inside this filesystem. */
  abs(path: PyValue): string {
    const p = pathArg(path);
    const parts = (p.startsWith("/") ? p : this.cwd + "/" + p).split("/");
    const out: string[] = [];
    for (const part of parts) {
      if (part === "" || part === ".") continue;
      if (part === "..") out.pop();
      else out.push(part);
    }
    return "/" + out.join("/");
  }
  writable(): FileSystem {
    const fs = this.mounted();
    if (this.isReadonly()) raise(OSError, EROFS);
    return fs;
  }
}

const vfs = (v: PyValue) => v as PyVfs;

/** The methods every filesystem-backed type shares (MicroPython's vfs_lfsx.c / vfs_fat.c). */
function methods(driver: FsDriver): [string, (a: PyValue[], kw: Kw) => PyValue, number, number][] {
  const writeOp = (name: string, op: (fs: FileSystem, path: string) => void) =>
    [
      name,
      (a: PyValue[]) => {
        const v = vfs(a[0]);
        const fs = v.writable();
        os(() => op(fs, v.abs(a[1])));
        return null;
      },
      2,
      2,
    ] as [string, (a: PyValue[], kw: Kw) => PyValue, number, number];
  return [
    [
      "mount",
      (a) => {
        const v = vfs(a[0]);
        // mount(mkfs=True) on a type that can't format (VfsRom): EPERM, as vfs_rom.c.
        if (a[2] === true && driver.mkfs === undefined) raise(OSError, EPERM);
        v.readonly = a[1] === true;
        v.mounted();
        return null;
      },
      3,
      3,
    ],
    ["umount", () => null, 1, 1],
    [
      "open",
      (a) => {
        const v = vfs(a[0]);
        return fileObject(v.files, v.abs(a[1]), str(a[2]));
      },
      3,
      3,
    ],
    [
      "chdir",
      (a) => {
        const v = vfs(a[0]);
        const p = v.abs(a[1]);
        if (driver.chdirRootOnly && p !== "/") raise(OSError, EOPNOTSUPP);
        if (os(() => v.mounted().stat(p)).kind !== "dir") raise(OSError, ENOENT);
        v.cwd = p;
        return null;
      },
      2,
      2,
    ],
    ["getcwd", (a) => vfs(a[0]).cwd, 1, 1],
    [
      "ilistdir",
      (a) => {
        const v = vfs(a[0]);
        const entries = os(() => v.mounted().list(v.abs(a.length > 1 ? a[1] : "")));
        return new PyList(
          entries.map((e) => tuple([e.name, e.kind === "dir" ? S_IFDIR : S_IFREG, 0, e.size])),
        );
      },
      1,
      2,
    ],
    [
      "stat",
      (a) => {
        const v = vfs(a[0]);
        const s = os(() => v.mounted().stat(v.abs(a[1])));
        const mode = s.kind === "dir" ? S_IFDIR : S_IFREG;
        return tuple([mode, 0, 0, 0, 0, 0, s.size, s.mtime, s.mtime, s.mtime]);
      },
      2,
      2,
    ],
    [
      "statvfs",
      (a) => {
        const u = vfs(a[0]).mounted().usage?.() ?? { blockSize: 0, blocks: 0, free: 0 };
        return tuple([u.blockSize, u.blockSize, u.blocks, u.free, u.free, 0, 0, 0, 0, 255]);
      },
      2,
      2,
    ],
    writeOp("mkdir", (fs, p) => fs.mkdir!(p)),
    writeOp("rmdir", (fs, p) => fs.rmdir!(p)),
    writeOp("remove", (fs, p) => fs.remove!(p)),
    [
      "rename",
      (a) => {
        const v = vfs(a[0]);
        const fs = v.writable();
        os(() => fs.rename!(v.abs(a[1]), v.abs(a[2])));
        return null;
      },
      3,
      3,
    ],
  ];
}

export function makeVfsType(driver: FsDriver): PyType {
  const t = defineType({
    name: driver.name,
    makeNew: (type, args, kw) => {
      const remake = () => driver.open(args, kw);
      return new PyVfs(type, os(remake), remake);
    },
    repr: () => `<${driver.name}>`,
    methods: methods(driver),
  });
  const mkfs = driver.mkfs;
  if (mkfs !== undefined) {
    const fn = builtin("mkfs", (a, kw) => (os(() => mkfs(a, kw)), null), 1, -1, true);
    t.locals.set("mkfs", new PyStaticMethod(fn));
  }
  return t;
}

/** The drivers upy has; the lfs and FAT ones join when their formats are in src/fs. */
export const FS_DRIVERS: FsDriver[] = [
  {
    name: "VfsRom",
    chdirRootOnly: true,
    open: (args) => {
      const data = args.length === 1 ? bufferData(args[0]) : undefined;
      if (data === undefined) return raise(TypeError, "object with buffer protocol required");
      return mountRomfs(data);
    },
  },
];
