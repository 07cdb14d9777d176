// The mountable filesystem types over upy's own format code (src/fs): vfs.VfsRom over a buffer,
// and VfsLfs1, VfsLfs2 and VfsFat over an object with MicroPython's block-device protocol
// (vfs_bdev.ts). Each type is a row of FS_DRIVERS; the methods (open, ilistdir, stat, statvfs,
// mkdir, rmdir, remove, rename, chdir, getcwd, mount, umount) are shared, as
// extmod/vfs_lfsx.c and extmod/vfs_fat.c share their shape. Files are whole-file buffers
// written back when closed (vfs_files.ts).
import { builtin, defineType, type Kw, PyObject, type PyType, type PyValue } from "../py/obj.ts";
import { PyStaticMethod } from "../py/obj_property.ts";
import { bufferData, PyBytes } from "../py/obj_bytes.ts";
import { newException, OSError, raise, TypeError } from "../py/obj_exception.ts";
import { getSmallInt } from "../py/obj_int.ts";
import { PyList } from "../py/obj_list.ts";
import { tuple } from "../py/obj_tuple.ts";
import { fileObject } from "../py/builtins_open.ts";
import { str, truthy } from "../py/runtime.ts";
import { PySeqIter } from "../py/seq.ts";
import { ERRNO, type FileSystem, FsError, type Geometry } from "../fs/types.ts";
import { mountRomfs } from "../fs/romfs.ts";
import { formatLfs2, mountLfs2 } from "../fs/lfs2.ts";
import { formatLfs1 } from "../fs/lfs1_write.ts";
import { Lfs1Writable } from "../fs/lfs1_rw.ts";
import { formatFat, mountFat } from "../fs/fat.ts";
import { DeviceError, deviceFailure, pythonBlockDevice } from "./vfs_bdev.ts";
import { type FileRules, FsFiles } from "./vfs_files.ts";
import { pathArg, S_IFDIR, S_IFREG } from "./vfs.ts";

const EPERM = 1, ENOENT = 2, EOPNOTSUPP = 95;

/** What to throw for an error of the format code: OSError(errno) for an FsError, a device's
 * own exception as it was. */
function toPython(e: unknown): unknown {
  const failed = deviceFailure.last;
  deviceFailure.last = undefined;
  if (e instanceof FsError && failed !== undefined) return failed.exception;
  if (e instanceof DeviceError) return e.exception;
  if (e instanceof FsError) return newException(OSError, e.errno);
  return e;
}

/** Run format code, its errors as toPython makes them. */
function guard<T>(f: () => T): T {
  deviceFailure.last = undefined;
  try {
    return f();
  } catch (e) {
    throw toPython(e);
  }
}

/** A filesystem on its device, as a Vfs object's constructor finds it. */
interface FsSource {
  /** Mount it; FsError when the device holds none. */
  mount(): FileSystem;
  /** FAT: a device without a filesystem (ENODEV) is no error until it is used, so that
   * vfs.mount(..., mkfs=True) can format it (format). littlefs and ROMFS raise at once. */
  format?(): void;
  /** ioctl(3) after each change. */
  sync?(): void;
}

/** How a Vfs type makes its filesystem. */
interface FsDriver {
  name: string;
  /** The constructor: the device (and options) its arguments give. */
  make(args: PyValue[], kw: Kw): FsSource;
  /** The static mkfs(bdev, ...), when the format can be written. */
  mkfs?(args: PyValue[], kw: Kw): void;
  /** chdir only to "/" (VfsRom: EOPNOTSUPP for a subdirectory). */
  chdirRootOnly?: boolean;
  /** vfs.mount(..., mkfs=True) is EPERM (VfsRom); littlefs ignores it, FAT formats. */
  mountMkfsFails?: boolean;
  /** remove and rmdir both take a file or an empty directory (littlefs's lfs_remove). */
  removeEither?: boolean;
  /** Names match whatever their case (FAT): getcwd gives the names as stored. */
  foldCase?: boolean;
  rules?: FileRules;
}

class PyVfs extends PyObject {
  cwd = "/";
  /** Sticky, as MicroPython drops the device's writeblocks on a readonly mount. */
  readonly = false;
  fs: FileSystem | undefined;
  readonly files: FsFiles = new FsFiles(this);
  constructor(type: PyType, readonly source: FsSource, readonly rules: FileRules) {
    super(type);
    deviceFailure.last = undefined;
    try {
      this.fs = source.mount();
    } catch (e) {
      const noFs = source.format !== undefined && e instanceof FsError &&
        deviceFailure.last === undefined && e.errno === ERRNO.ENODEV;
      if (!noFs) throw toPython(e);
    }
  }
  mounted(): FileSystem {
    return this.fs ??= guard(() => this.source.mount());
  }
  isReadonly(): boolean {
    return this.readonly || this.mounted().readonly;
  }
  guard<T>(f: () => T): T {
    return guard(f);
  }
  changed(): void {
    if (this.source.sync) guard(this.source.sync);
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
    if (this.isReadonly()) raise(OSError, ERRNO.EROFS);
    return fs;
  }
}

const vfs = (v: PyValue) => v as PyVfs;

type Row = [string, (a: PyValue[], kw: Kw) => PyValue, number, number];

/** A change of one path: mkdir, rmdir, remove. */
function writeOp(name: string, op: (fs: FileSystem, path: string) => void): Row {
  return [
    name,
    (a) => {
      const v = vfs(a[0]);
      const fs = v.writable();
      guard(() => op(fs, v.abs(a[1])));
      v.changed();
      return null;
    },
    2,
    2,
  ];
}

/** A name about to be made: littlefs refuses one over 255 bytes with its own errno. */
function newName(driver: FsDriver, path: string): void {
  const errno = driver.rules?.longName;
  if (errno !== undefined && enc.encode(path.slice(path.lastIndexOf("/") + 1)).length > 255) {
    raise(OSError, errno);
  }
}

/** remove/rmdir: littlefs removes either kind (a directory when empty). */
function removeOp(driver: FsDriver, fs: FileSystem, path: string, op: "remove" | "rmdir") {
  if (driver.removeEither && path !== "/") {
    const kind = fs.stat(path).kind;
    op = kind === "dir" ? "rmdir" : "remove";
  }
  if (path === "/" && driver.removeEither) throw new FsError(ERRNO.EINVAL, "the root");
  fs[op]!(path);
}

const enc = new TextEncoder();

/** `path` with each name spelled as the directory stores it (f_getcwd's view). */
function storedCase(fs: FileSystem, path: string): string {
  let out = "";
  for (const part of path.split("/").filter((x) => x !== "")) {
    const want = part.toUpperCase();
    const e = fs.list(out === "" ? "/" : out).find((x) => x.name.toUpperCase() === want);
    out += "/" + (e?.name ?? part);
  }
  return out === "" ? "/" : out;
}

/** The methods every filesystem-backed type shares. */
function methods(driver: FsDriver): Row[] {
  return [
    [
      "mount",
      (a) => {
        const v = vfs(a[0]);
        // mount(mkfs=True) on a type that can't format (VfsRom): EPERM, as vfs_rom.c.
        if (truthy(a[2]) && driver.mountMkfsFails) raise(OSError, EPERM);
        if (truthy(a[1])) v.readonly = true;
        const format = v.source.format;
        if (truthy(a[2]) && v.fs === undefined && format !== undefined) guard(format);
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
        const f = fileObject(v.files, v.abs(a[1]), str(a[2]));
        // The files check their modes themselves, with the errno of the format.
        f.readable = f.writable = true;
        return f;
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
        const fs = v.mounted();
        if (guard(() => fs.stat(p)).kind !== "dir") raise(OSError, ENOENT);
        v.cwd = driver.foldCase ? guard(() => storedCase(fs, p)) : p;
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
        const entries = guard(() => v.mounted().list(v.abs(a.length > 1 ? a[1] : "")));
        // a bytes path lists bytes names (vfs_lfs.c, vfs_fat.c is_str_type)
        const asBytes = a.length > 1 && a[1] instanceof PyBytes;
        const rows = entries.map((e) =>
          tuple([
            asBytes ? new PyBytes(enc.encode(e.name)) : e.name,
            e.kind === "dir" ? S_IFDIR : S_IFREG,
            0,
            e.size,
          ])
        );
        return new PySeqIter(new PyList(rows));
      },
      1,
      2,
    ],
    [
      "stat",
      (a) => {
        const v = vfs(a[0]);
        const s = guard(() => v.mounted().stat(v.abs(a[1])));
        const mode = s.kind === "dir" ? S_IFDIR : S_IFREG;
        return tuple([mode, 0, 0, 0, 0, 0, s.size, s.mtime, s.mtime, s.mtime]);
      },
      2,
      2,
    ],
    [
      "statvfs",
      (a) => {
        const fs = vfs(a[0]).mounted();
        const u = guard(() => fs.usage?.()) ?? { blockSize: 0, blocks: 0, free: 0 };
        return tuple([u.blockSize, u.blockSize, u.blocks, u.free, u.free, 0, 0, 0, 0, 255]);
      },
      2,
      2,
    ],
    writeOp("mkdir", (fs, p) => (newName(driver, p), fs.mkdir!(p))),
    writeOp("rmdir", (fs, p) => removeOp(driver, fs, p, "rmdir")),
    writeOp("remove", (fs, p) => removeOp(driver, fs, p, "remove")),
    [
      "rename",
      (a) => {
        const v = vfs(a[0]);
        const fs = v.writable();
        const to = v.abs(a[2]);
        newName(driver, to);
        guard(() => fs.rename!(v.abs(a[1]), to));
        v.changed();
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
    makeNew: (type, args, kw) =>
      new PyVfs(type, driver.make(args, kw), driver.rules ?? { closedFile: "bare" }),
    repr: () => `<${driver.name}>`,
    methods: methods(driver),
  });
  const mkfs = driver.mkfs;
  if (mkfs !== undefined) {
    const fn = builtin("mkfs", (a, kw) => (guard(() => mkfs(a, kw)), null), 0, -1, true);
    t.locals.set("mkfs", new PyStaticMethod(fn));
  }
  return t;
}

// --- argument parsing as mp_arg_parse_all words its errors ---------------------------------

interface LfsArgs {
  bdev: PyValue;
  geometry: Partial<Geometry>;
  mtime: boolean;
}

/** (bdev, *, readsize=32, progsize=32, lookahead=32, mtime=True), extmod/vfs_lfs.c's table. */
function lfsArgs(args: PyValue[], kw: Kw): LfsArgs {
  if (args.length === 0) raise(TypeError, "'' argument required");
  if (args.length > 1) raise(TypeError, "extra positional arguments given");
  const geometry: Partial<Geometry> = { readSize: 32, progSize: 32, lookahead: 32 };
  let mtime = true;
  const keys: Record<string, keyof Geometry> = {
    readsize: "readSize",
    progsize: "progSize",
    lookahead: "lookahead",
  };
  let used = 0;
  for (const [k, v] of kw ?? []) {
    if (k in keys) geometry[keys[k]] = getSmallInt(v);
    else if (k === "mtime") mtime = truthy(v);
    else continue;
    used++;
  }
  if (used !== (kw?.size ?? 0)) raise(TypeError, "extra keyword arguments given");
  return { bdev: args[0], geometry, mtime };
}

/** (bdev): one positional argument, no keywords (VfsFat). */
function fatArgs(args: PyValue[], kw: Kw): PyValue {
  if (kw !== undefined && kw.size > 0) raise(TypeError, "function doesn't take keyword arguments");
  if (args.length !== 1) {
    raise(TypeError, `function takes 1 positional arguments but ${args.length} were given`);
  }
  return args[0];
}

/** littlefs says LFS_ERR_CORRUPT (v2: 84, v1: 52) where there is no filesystem to mount. */
function lfsMount(corrupt: number, mount: () => FileSystem): FileSystem {
  try {
    return mount();
  } catch (e) {
    if (e instanceof FsError && !(e instanceof DeviceError) && /^not a littlefs/.test(e.message)) {
      throw new FsError(corrupt, e.message);
    }
    throw e;
  }
}

const LFS2_CORRUPT = 84, LFS1_CORRUPT = 52, ENAMETOOLONG = 36, EACCES = 13;
const LFS_RULES: FileRules = { longName: ENAMETOOLONG, closedFile: "bare", maxPos: 0x7fffffff };

/** littlefs v2 format of a device with its geometry (ENOSPC below two blocks, as lfs2). */
function lfs2Format(a: LfsArgs): void {
  const dev = pythonBlockDevice(a.bdev, true);
  if (dev.blockCount < 2) throw new FsError(ERRNO.ENOSPC, "littlefs: fewer than 2 blocks");
  formatLfs2(dev, { ...a.geometry, blockSize: dev.blockSize, blockCount: dev.blockCount });
  dev.sync();
}

/** The drivers upy has (mod_vfs.ts makes a type of each). */
export const FS_DRIVERS: FsDriver[] = [
  {
    name: "VfsRom",
    chdirRootOnly: true,
    mountMkfsFails: true,
    make: (args) => {
      const data = args.length === 1 ? bufferData(args[0]) : undefined;
      if (data === undefined) return raise(TypeError, "object with buffer protocol required");
      return { mount: () => mountRomfs(data) };
    },
  },
  {
    name: "VfsLfs2",
    removeEither: true,
    rules: LFS_RULES,
    make: (args, kw) => {
      const a = lfsArgs(args, kw);
      const dev = pythonBlockDevice(a.bdev, true);
      const geometry = { ...a.geometry, blockSize: dev.blockSize, blockCount: dev.blockCount };
      return {
        mount: () => lfsMount(LFS2_CORRUPT, () => mountLfs2(dev, geometry, { mtime: a.mtime })),
        sync: () => dev.sync(),
      };
    },
    mkfs: (args, kw) => lfs2Format(lfsArgs(args, kw)),
  },
  {
    name: "VfsLfs1",
    removeEither: true,
    rules: LFS_RULES,
    make: (args, kw) => {
      const dev = pythonBlockDevice(lfsArgs(args, kw).bdev, true);
      const geometry = { blockSize: dev.blockSize, blockCount: dev.blockCount };
      return {
        mount: () => lfsMount(LFS1_CORRUPT, () => new Lfs1Writable(dev, geometry)),
        sync: () => dev.sync(),
      };
    },
    mkfs: (args, kw) => {
      const dev = pythonBlockDevice(lfsArgs(args, kw).bdev, true);
      formatLfs1(dev, { blockSize: dev.blockSize, blockCount: dev.blockCount });
      dev.sync();
    },
  },
  {
    name: "VfsFat",
    foldCase: true,
    rules: {
      openDir: { read: ENOENT, write: EACCES, root: ERRNO.EINVAL },
      wrongMode: EACCES,
      clampSeek: true,
      closedFile: "einval",
    },
    make: (args, kw) => {
      const dev = pythonBlockDevice(fatArgs(args, kw), false);
      return {
        mount: () => mountFat(dev),
        format: () => (formatFat(dev), dev.sync()),
        sync: () => dev.sync(),
      };
    },
    mkfs: (args, kw) => {
      const dev = pythonBlockDevice(fatArgs(args, kw), false);
      formatFat(dev);
      dev.sync();
    },
  },
];
