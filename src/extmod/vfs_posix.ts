// vfs.VfsPosix (extmod/vfs_posix.c): the host's file system as a mountable object, optionally
// rooted at a host directory. The unix port mounts one at "/" when it starts.
import { defineType, PyObject, type PyType, type PyValue } from "../py/obj.ts";
import { OSError, raise } from "../py/obj_exception.ts";
import { tuple } from "../py/obj_tuple.ts";
import { PyList } from "../py/obj_list.ts";
import { PyBytes } from "../py/obj_bytes.ts";
import { encodeUtf8 } from "../py/obj_str.ts";
import { fileObject } from "../py/builtins_open.ts";
import type { HostFs } from "../py/host.ts";
import { state, type VfsMount } from "../py/interp_state.ts";
import { str } from "../py/runtime.ts";
import { pathArg, S_IFDIR, S_IFREG } from "./vfs.ts";

const ENODEV = 19;

class PyVfsPosix extends PyObject {
  readonly = false;
  constructor(type: PyType, readonly root: string) {
    super(type);
  }
  /** The host path for a path inside this filesystem. An empty path is the current folder
   * only where vfs_posix.c says so (ilistdir, statvfs); elsewhere the OS refuses it. */
  host(path: PyValue, emptyIsHere = false): string {
    const p = pathArg(path);
    if (p === "") return this.root !== "" ? this.root : emptyIsHere ? "." : "";
    if (this.root === "") return p;
    return p.startsWith("/") ? this.root + p : p;
  }
}

function fsOf(): HostFs {
  return state.host.fs ?? raise(OSError, ENODEV);
}

function self(v: PyValue): PyVfsPosix {
  return v as PyVfsPosix;
}

export const vfsPosixType: PyType = defineType({
  name: "VfsPosix",
  makeNew: (t, args) => {
    fsOf();
    let root = args.length > 0 && args[0] !== null ? str(args[0]) : "";
    while (root.endsWith("/")) root = root.slice(0, -1);
    return new PyVfsPosix(t, root);
  },
  repr: () => "<VfsPosix>",
  methods: [
    ["mount", (a) => (self(a[0]).readonly = a[1] === true, null), 3, 3],
    ["umount", () => null, 1, 1],
    ["open", (a) => fileObject(state.host.files, self(a[0]).host(a[1]), str(a[2])), 3, 3],
    ["chdir", (a) => (fsOf().chdir(self(a[0]).host(a[1])), null), 2, 2],
    [
      "getcwd",
      (a) => {
        const cwd = fsOf().getcwd(), root = self(a[0]).root;
        return root !== "" && cwd.startsWith(root) ? cwd.slice(root.length) || "/" : cwd;
      },
      1,
      1,
    ],
    [
      "ilistdir",
      (a) => {
        const entries = fsOf().listdir(self(a[0]).host(a[1], true));
        // A bytes path lists bytes names (vfs_posix.c's is_str).
        const name = a[1] instanceof PyBytes
          ? (n: string) => new PyBytes(encodeUtf8(n))
          : (n: string) => n;
        const items = entries.map((e) => tuple([name(e.name), e.isDir ? S_IFDIR : S_IFREG, e.ino]));
        return new PyList(items);
      },
      2,
      2,
    ],
    [
      "stat",
      (a) => {
        const s = fsOf().stat(self(a[0]).host(a[1]));
        return tuple([
          s.mode,
          s.ino,
          s.dev,
          s.nlink,
          s.uid,
          s.gid,
          s.size,
          s.atime,
          s.mtime,
          s.ctime,
        ]);
      },
      2,
      2,
    ],
    ["statvfs", (a) => tuple(fsOf().statvfs(self(a[0]).host(a[1], true))), 2, 2],
    ["mkdir", (a) => (fsOf().mkdir(self(a[0]).host(a[1])), null), 2, 2],
    ["rmdir", (a) => (fsOf().rmdir(self(a[0]).host(a[1])), null), 2, 2],
    ["remove", (a) => (fsOf().remove(self(a[0]).host(a[1])), null), 2, 2],
    ["rename", (a) => (fsOf().rename(self(a[0]).host(a[1]), self(a[0]).host(a[2])), null), 3, 3],
  ],
});

/** A VfsPosix over the host's whole file system (paths passed through unchanged). */
export function isPlainPosix(v: PyValue): boolean {
  return v instanceof PyVfsPosix && v.root === "";
}

/** The unix port's start-up mount: the host's file system at "/", the current directory in it
 * (ports/unix/main.c). Only for a host that has a file system. */
export function mountHostRoot(st: { vfsMounts: VfsMount[]; vfsCur: VfsMount | undefined }): void {
  const m: VfsMount = { path: "/", obj: new PyVfsPosix(vfsPosixType, "") };
  st.vfsMounts.unshift(m);
  st.vfsCur = m;
}
