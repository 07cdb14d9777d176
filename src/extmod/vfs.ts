// The virtual file system (MicroPython's extmod/vfs.c): filesystem objects mounted at "/" or
// "/name", the current directory as (mount, that filesystem's own cwd), and the operations of
// os, open() and import resolved to a mount and called on its object as Python methods — so a
// Python class implementing the VFS protocol mounts as well as the built-in Vfs* types.
import { type PyValue, typeOf } from "../py/obj.ts";
import { isException, OSError, raise, TypeError } from "../py/obj_exception.ts";
import { tuple } from "../py/obj_tuple.ts";
import { callMethod, str, toArray } from "../py/runtime.ts";
import { state, type VfsMount } from "../py/interp_state.ts";
import { getSmallInt } from "../py/obj_int.ts";
import { PyBytes } from "../py/obj_bytes.ts";
import { isPlainPosix } from "./vfs_posix.ts";
import { streamReadFile } from "../py/stream.ts";

export const EPERM = 1, ENOENT = 2, EINVAL = 22;
export const S_IFDIR = 0x4000, S_IFREG = 0x8000;

/** Where a path lands: a mount and the path inside it, or the virtual root (nothing mounted
 * at "/" and the path is "/" itself or the cwd is the root). */
export type Lookup = { mount: VfsMount; path: string } | { mount: "root" } | { mount: "none" };

/** mp_vfs_lookup_path. */
export function lookupPath(path: string): Lookup {
  const st = state;
  if (path.startsWith("/") || st.vfsCur === undefined) {
    const rest = path.startsWith("/") ? path.slice(1) : path;
    if (rest === "") return { mount: "root" };
    for (const m of st.vfsMounts) {
      if (m.path === "/") return { mount: m, path: path.startsWith("/") ? path : "/" + path };
      const name = m.path.slice(1);
      if (rest.startsWith(name)) {
        if (rest.length === name.length) return { mount: m, path: "/" };
        if (rest[name.length] === "/") return { mount: m, path: rest.slice(name.length) };
      }
    }
    return { mount: "none" };
  }
  return { mount: st.vfsCur, path };
}

function rootMount(): VfsMount | undefined {
  return state.vfsMounts.find((m) => m.path === "/");
}

/** A path that must name something inside a mount (open, stat, remove...); the path inside it
 * has the type of the one given (str or bytes), as MicroPython passes it on. */
function resolve(path: PyValue): { mount: VfsMount; path: PyValue } {
  const l = lookupPath(pathArg(path));
  if (l.mount === "root") {
    const root = rootMount();
    if (root !== undefined) return { mount: root, path: sameType("/", path) };
  }
  if (l.mount === "root" || l.mount === "none") return raise(OSError, ENOENT);
  return { mount: l.mount, path: sameType(l.path, path) };
}

const utf8 = new TextDecoder();
const toUtf8 = new TextEncoder();

/** A path argument: str, or bytes (mp_obj_str_get_str takes both). */
export function pathArg(v: PyValue): string {
  if (typeof v === "string") return v;
  if (v instanceof PyBytes) return utf8.decode(v.data);
  return raise(TypeError, `can't convert '${typeOf(v).name}' object to str implicitly`);
}

/** `path` as a str or bytes object like `like`. */
function sameType(path: string, like: PyValue): PyValue {
  return like instanceof PyBytes ? new PyBytes(toUtf8.encode(path)) : path;
}

const call = (m: VfsMount, name: string, ...args: PyValue[]) => callMethod(m.obj, name, args);

export function vfsOpen(path: PyValue, mode: PyValue): PyValue {
  const r = resolve(path);
  return call(r.mount, "open", r.path, mode);
}

export function vfsStat(path: PyValue): PyValue {
  const l = lookupPath(pathArg(path));
  if (l.mount === "root" && rootMount() === undefined) {
    return tuple([S_IFDIR, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  }
  const r = resolve(path);
  return call(r.mount, "stat", r.path);
}

export function vfsStatvfs(path: PyValue): PyValue {
  const l = lookupPath(pathArg(path));
  if (l.mount === "root" && rootMount() === undefined) {
    // statvfs of the virtual root: the first mount's, with the root flag (MicroPython).
    const m = state.vfsMounts[0];
    if (m === undefined) return raise(OSError, ENOENT);
    return call(m, "statvfs", "/");
  }
  const r = resolve(path);
  return call(r.mount, "statvfs", r.path);
}

/** (name, type, inode[, size]) entries of a directory, as the mount's ilistdir yields them;
 * the virtual root lists the mount points. */
export function vfsIlistdir(path: PyValue): PyValue[] {
  const p = path === undefined ? "" : pathArg(path);
  const l = lookupPath(p);
  if (l.mount === "root" || (l.mount === "none" && p === "")) {
    // The mount points, newest first; one at "/" stands for its own entries (extmod/vfs.c
    // mp_vfs_ilistdir_it_iternext delegates to it there).
    const out: PyValue[] = [];
    for (const m of state.vfsMounts) {
      if (m.path === "/") out.push(...toArray(call(m, "ilistdir", sameType("/", path))));
      else out.push(tuple([m.path.slice(1), S_IFDIR, 0]));
    }
    return out;
  }
  if (l.mount === "none") return raise(OSError, ENOENT);
  return toArray(call(l.mount, "ilistdir", sameType(l.path, path)));
}

/** The names of a directory's entries: bytes for a bytes path. */
export function vfsListdir(path?: PyValue): PyValue[] {
  return vfsIlistdir(path === undefined ? "" : path).map((e) => toArray(e)[0]);
}

export function vfsSimple(op: "mkdir" | "rmdir" | "remove", path: PyValue): void {
  const r = resolve(path);
  call(r.mount, op, r.path);
}

export function vfsRename(from: PyValue, to: PyValue): void {
  const a = resolve(from), b = resolve(to);
  if (a.mount !== b.mount) raise(OSError, EPERM);
  call(a.mount, "rename", a.path, b.path);
}

export function vfsChdir(path: PyValue): void {
  const p = pathArg(path);
  const l = lookupPath(p);
  if (l.mount === "none") raise(OSError, ENOENT);
  if (l.mount === "root") {
    // The cwd is then the virtual root (relative paths search the mount table, listdir() lists
    // the mount points), with a filesystem at "/" at its own root (mp_vfs_chdir).
    const root = rootMount();
    if (root !== undefined) call(root, "chdir", "/");
    state.vfsCur = undefined;
    return;
  }
  call(l.mount, "chdir", sameType(l.path, path));
  state.vfsCur = l.mount;
}

export function vfsGetcwd(): string {
  const cur = state.vfsCur;
  if (cur === undefined) return "/";
  const cwd = str(call(cur, "getcwd"));
  if (cur.path === "/") return cwd;
  return cwd === "/" || cwd === "" ? cur.path : cur.path + (cwd.startsWith("/") ? cwd : "/" + cwd);
}

/** vfs.mount(fs, mount_point, *, readonly=False, mkfs=False). */
export function vfsMount(obj: PyValue, where: PyValue, readonly = false, mkfs = false): void {
  let path = pathArg(where);
  while (path.length > 1 && path.endsWith("/")) path = path.slice(0, -1);
  if (!path.startsWith("/") || path.slice(1).includes("/")) raise(OSError, EINVAL);
  const st = state;
  if (st.vfsMounts.some((m) => m.path === path)) raise(OSError, EPERM);
  callMethod(obj, "mount", [readonly, mkfs]);
  const m: VfsMount = { path, obj };
  st.vfsMounts.unshift(m);
  if (path === "/" && st.vfsCur === undefined) st.vfsCur = m;
}

/** vfs.umount(fs_or_mount_point). */
export function vfsUmount(what: PyValue): void {
  const st = state;
  const i = st.vfsMounts.findIndex((m) =>
    typeof what === "string" ? m.path === what : m.obj === what
  );
  if (i < 0) raise(OSError, EINVAL);
  const [m] = st.vfsMounts.splice(i, 1);
  if (st.vfsCur === m) st.vfsCur = undefined;
  callMethod(m.obj, "umount", []);
}

/** vfs.mount() with no arguments: [(fs, mount_point), ...]. */
export function vfsMounts(): PyValue[] {
  return state.vfsMounts.map((m) => tuple([m.obj, m.path]));
}

/** For import: "file", "dir" or undefined (mp_vfs_import_stat). */
export function vfsImportStat(path: string): "file" | "dir" | undefined {
  const l = lookupPath(path);
  if (l.mount === "root" || l.mount === "none") return undefined;
  try {
    const mode = getSmallInt(toArray(call(l.mount, "stat", l.path))[0]);
    return mode & S_IFDIR ? "dir" : "file";
  } catch (e) {
    if (isException(e) && e.type === OSError) return undefined;
    throw e;
  }
}

/** A whole file through the VFS (import's reader), undefined when it can't be read. */
export function vfsReadFile(path: string): Uint8Array | undefined {
  if (vfsImportStat(path) !== "file") return undefined;
  return streamReadFile(vfsOpen(path, "rb"));
}

/** Import's file access through the mount table; paths on the host's root mount (the common
 * case) go straight to the host. */
export const vfsImportFiles = {
  readFile(path: string): Uint8Array | undefined {
    if (hostOnly()) return state.host.readFile(path);
    const l = lookupPath(path);
    if (l.mount !== "root" && l.mount !== "none" && isHostRoot(l.mount)) {
      return state.host.readFile(path);
    }
    return vfsReadFile(path);
  },
  isDir(path: string): boolean | undefined {
    if (hostOnly()) return state.host.isDir?.(path);
    const l = lookupPath(path);
    if (l.mount !== "root" && l.mount !== "none" && isHostRoot(l.mount)) {
      return state.host.isDir?.(path);
    }
    return vfsImportStat(path) === "dir";
  },
};

const isHostRoot = (m: VfsMount) => m.path === "/" && isPlainPosix(m.obj);

/** Nothing mounted (an embedding host without a file system of its own): the host serves
 * imports as it is. */
const hostOnly = () => state.vfsMounts.length === 0;
