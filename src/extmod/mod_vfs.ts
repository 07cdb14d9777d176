// The vfs and os modules (extmod/modvfs.c, extmod/modos.c with the unix port's additions):
// mounting, and the file-system functions of os through the mount table (extmod/vfs.ts).
import { builtin, type Kw, type PyValue } from "../py/obj.ts";
import { PyByteArray, PyBytes } from "../py/obj_bytes.ts";
import { OSError, raise, TypeError } from "../py/obj_exception.ts";
import { getSmallInt } from "../py/obj_int.ts";
import { PyList } from "../py/obj_list.ts";
import { state } from "../py/interp_state.ts";
import { call, callMethod, lookupAttr, truthy } from "../py/runtime.ts";
import { strArg } from "../py/builtins_core.ts";
import { PySeqIter } from "../py/seq.ts";
import { FS_DRIVERS, makeVfsType } from "./vfs_blockfs.ts";
import { vfsPosixType } from "./vfs_posix.ts";
import {
  vfsChdir,
  vfsGetcwd,
  vfsIlistdir,
  vfsListdir,
  vfsMount,
  vfsMounts,
  vfsRename,
  vfsSimple,
  vfsStat,
  vfsStatvfs,
  vfsUmount,
} from "./vfs.ts";

/** The Vfs types by name (shared by every interpreter: types are immutable). */
const VFS_TYPES: [string, PyValue][] = [
  ["VfsPosix", vfsPosixType],
  ...FS_DRIVERS.map((d) => [d.name, makeVfsType(d)] as [string, PyValue]),
];

function mount(args: PyValue[], kw: Kw): PyValue {
  if (args.length === 0) return new PyList(vfsMounts());
  if (args.length !== 2) raise(TypeError, "function takes 2 positional arguments");
  let readonly = false, mkfs = false;
  for (const [k, v] of kw ?? []) {
    if (k === "readonly") readonly = truthy(v);
    else if (k === "mkfs") mkfs = truthy(v);
    else raise(TypeError, `unexpected keyword argument '${k}'`);
  }
  vfsMount(autodetect(args[0]), args[1], readonly, mkfs);
  return null;
}

/** A block device given to mount() becomes the filesystem it holds (extmod/vfs.c
 * mp_vfs_autodetect): littlefs v2 or v1 by their superblock magic in block 0, else FAT. */
function autodetect(obj: PyValue): PyValue {
  if (lookupAttr(obj, "mount") !== undefined || lookupAttr(obj, "readblocks") === undefined) {
    return obj;
  }
  const size = callMethod(obj, "ioctl", [BLOCK_SIZE_IOCTL, 0]);
  const block = new PyByteArray(new Uint8Array(typeof size === "number" && size > 0 ? size : 512));
  callMethod(obj, "readblocks", [0, block]);
  const magicAt = (at: number) => dec.decode(block.data.subarray(at, at + 8)) === "littlefs";
  const name = magicAt(8) ? "VfsLfs2" : magicAt(40) ? "VfsLfs1" : "VfsFat";
  const type = VFS_TYPES.find(([n]) => n === name)?.[1];
  return type === undefined ? obj : call(type, [obj]);
}

const BLOCK_SIZE_IOCTL = 5;
const dec = new TextDecoder();

const mountFns: [string, PyValue][] = [
  ["mount", builtin("mount", mount, 0, 2, true)],
  ["umount", builtin("umount", (a) => (vfsUmount(a[0]), null), 1, 1)],
];

export function makeVfsModule(): [string, PyValue][] {
  return [...mountFns, ...VFS_TYPES];
}

/** os.system(command): the raw wait status, as C's system() returns it. */
function system(a: PyValue[]): PyValue {
  const run = state.host.system ?? raise(OSError, 1);
  return run(strArg(a[0]));
}

/** os.errno([value]): the unix port's view of C's errno, here the value a program last set
 * (per interpreter; upy's host calls do not leave one behind). */
const errnoOf = new WeakMap<object, number>();
function osErrno(a: PyValue[]): PyValue {
  if (a.length === 0) return errnoOf.get(state) ?? 0;
  errnoOf.set(state, getSmallInt(a[0]));
  return null;
}

function urandom(a: PyValue[]): PyValue {
  const n = getSmallInt(a[0]);
  if (n < 0) raise(OSError, 22);
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i += 65536) crypto.getRandomValues(out.subarray(i, i + 65536));
  return new PyBytes(out);
}

function setenv(name: PyValue, value: string | undefined): PyValue {
  const set = state.host.setenv ?? raise(OSError, 1);
  set(strArg(name), value);
  return null;
}

export function makeOsModule(): [string, PyValue][] {
  const none = (f: (a: PyValue[]) => void) => (a: PyValue[]) => (f(a), null);
  return [
    ...VFS_TYPES.filter(([n]) => n !== "VfsRom"),
    ["chdir", builtin("chdir", none((a) => vfsChdir(a[0])), 1, 1)],
    ["errno", builtin("errno", osErrno, 0, 1)],
    ["getcwd", builtin("getcwd", () => vfsGetcwd(), 0, 0)],
    [
      "getenv",
      builtin(
        "getenv",
        (a) => state.host.getenv(strArg(a[0])) ?? (a.length > 1 ? a[1] : null),
        1,
        2,
      ),
    ],
    ["ilistdir", builtin("ilistdir", (a) => new PySeqIter(new PyList(vfsIlistdir(a[0]))), 0, 1)],
    ["listdir", builtin("listdir", (a) => new PyList(vfsListdir(a[0])), 0, 1)],
    ["mkdir", builtin("mkdir", none((a) => vfsSimple("mkdir", a[0])), 1, 1)],
    ...mountFns,
    ["putenv", builtin("putenv", (a) => setenv(a[0], strArg(a[1])), 2, 2)],
    ["remove", builtin("remove", none((a) => vfsSimple("remove", a[0])), 1, 1)],
    ["rename", builtin("rename", none((a) => vfsRename(a[0], a[1])), 2, 2)],
    ["rmdir", builtin("rmdir", none((a) => vfsSimple("rmdir", a[0])), 1, 1)],
    ["sep", "/"],
    ["stat", builtin("stat", (a) => vfsStat(a[0]), 1, 1)],
    ["statvfs", builtin("statvfs", (a) => vfsStatvfs(a[0]), 1, 1)],
    ["system", builtin("system", system, 1, 1)],
    ["unlink", builtin("unlink", none((a) => vfsSimple("remove", a[0])), 1, 1)],
    ["unsetenv", builtin("unsetenv", (a) => setenv(a[0], undefined), 1, 1)],
    ["urandom", builtin("urandom", urandom, 1, 1)],
  ];
}
