// littlefs v1 mounted read-write for MicroPython's vfs.VfsLfs1: reads go to the v1 reader
// (lfs1.ts); each change rewrites the whole filesystem afresh with the v1 writer (lfs1_write.ts)
// from the tree as it is plus the change. The result is always a valid v1 filesystem that
// MicroPython mounts, but not littlefs's own copy-on-write commits: a power cut in the middle
// of a change can lose the filesystem, so this is for images and RAM devices, not wear levelling.
// New entries go to the end of their directory, as lfs1 appends them.
import { mountLfs1 } from "./lfs1.ts";
import { writeLfs1 } from "./lfs1_write.ts";
import {
  type BlockDevice,
  ERRNO,
  type FileSystem,
  type FsDirEntry,
  type FsEntry,
  FsError,
  type FsStat,
  type Geometry,
} from "./types.ts";

const fail = (errno: number, msg: string) => new FsError(errno, `littlefs v1: ${msg}`);
const norm = (path: string) => path.split("/").filter((p) => p !== "" && p !== ".").join("/");
const parentOf = (key: string) => key.slice(0, Math.max(0, key.lastIndexOf("/")));
const inside = (key: string, dir: string) => key.startsWith(dir + "/");

export class Lfs1Writable implements FileSystem {
  readonly readonly: boolean;
  private fs: FileSystem;

  constructor(private readonly dev: BlockDevice, private readonly geometry: Geometry) {
    this.fs = mountLfs1(dev, geometry);
    this.readonly = !dev.writeBlocks;
  }

  stat(path: string): FsStat {
    return this.fs.stat(path);
  }
  list(path: string): FsDirEntry[] {
    return this.fs.list(path);
  }
  readFile(path: string): Uint8Array {
    return this.fs.readFile(path);
  }
  usage(): { blockSize: number; blocks: number; free: number } {
    return this.fs.usage!();
  }

  /** Every entry, depth first in directory order, with "/"-less relative paths. */
  private snapshot(): FsEntry[] {
    const out: FsEntry[] = [];
    const walk = (dir: string) => {
      for (const e of this.fs.list("/" + dir)) {
        const path = dir === "" ? e.name : `${dir}/${e.name}`;
        if (e.kind === "dir") {
          out.push({ path, kind: "dir" });
          walk(path);
        } else {
          out.push({ path, kind: "file", data: this.fs.readFile("/" + path) });
        }
      }
    };
    walk("");
    return out;
  }

  private kindOf(tree: FsEntry[], key: string): "file" | "dir" | undefined {
    if (key === "") return "dir";
    return tree.find((e) => e.path === key)?.kind;
  }

  /** The parent of `key` must be a directory. */
  private needParent(tree: FsEntry[], key: string): void {
    const k = this.kindOf(tree, parentOf(key));
    if (k === undefined) throw fail(ERRNO.ENOENT, `no such directory: /${parentOf(key)}`);
    if (k === "file") throw fail(ERRNO.ENOTDIR, `not a directory: /${parentOf(key)}`);
  }

  private change(f: (tree: FsEntry[]) => FsEntry[]): void {
    if (this.readonly) throw fail(ERRNO.EROFS, "the device is read-only");
    const tree = f(this.snapshot());
    writeLfs1(this.dev, tree, this.geometry);
    this.fs = mountLfs1(this.dev, this.geometry);
  }

  writeFile(path: string, data: Uint8Array): void {
    const key = norm(path);
    this.change((tree) => {
      if (key === "") throw fail(ERRNO.EISDIR, "is a directory: /");
      this.needParent(tree, key);
      const i = tree.findIndex((e) => e.path === key);
      if (i >= 0 && tree[i].kind === "dir") throw fail(ERRNO.EISDIR, `is a directory: /${key}`);
      if (i >= 0) tree[i] = { path: key, kind: "file", data };
      else tree.push({ path: key, kind: "file", data });
      return tree;
    });
  }

  mkdir(path: string): void {
    const key = norm(path);
    this.change((tree) => {
      if (this.kindOf(tree, key) !== undefined) throw fail(ERRNO.EEXIST, `exists: /${key}`);
      this.needParent(tree, key);
      tree.push({ path: key, kind: "dir" });
      return tree;
    });
  }

  remove(path: string): void {
    const key = norm(path);
    this.change((tree) => {
      const k = this.kindOf(tree, key);
      if (k === undefined) throw fail(ERRNO.ENOENT, `no such file: /${key}`);
      if (k === "dir") throw fail(ERRNO.EISDIR, `is a directory: /${key}`);
      return tree.filter((e) => e.path !== key);
    });
  }

  rmdir(path: string): void {
    const key = norm(path);
    this.change((tree) => {
      if (key === "") throw fail(ERRNO.EINVAL, "cannot remove the root directory");
      const k = this.kindOf(tree, key);
      if (k === undefined) throw fail(ERRNO.ENOENT, `no such directory: /${key}`);
      if (k === "file") throw fail(ERRNO.ENOTDIR, `not a directory: /${key}`);
      if (tree.some((e) => inside(e.path, key))) {
        throw fail(ERRNO.ENOTEMPTY, `directory not empty: /${key}`);
      }
      return tree.filter((e) => e.path !== key);
    });
  }

  rename(from: string, to: string): void {
    const a = norm(from), b = norm(to);
    this.change((tree) => {
      if (a === "") throw fail(ERRNO.EINVAL, "cannot rename the root directory");
      const ka = this.kindOf(tree, a);
      if (ka === undefined) throw fail(ERRNO.ENOENT, `no such file or directory: /${a}`);
      this.needParent(tree, b);
      if (a === b) return tree;
      if (inside(b, a)) throw fail(ERRNO.EINVAL, `cannot move /${a} into itself`);
      const kb = this.kindOf(tree, b);
      if (kb !== undefined && kb !== ka) {
        throw fail(kb === "dir" ? ERRNO.EISDIR : ERRNO.ENOTDIR, `/${b} is in the way`);
      }
      if (kb === "dir" && tree.some((e) => inside(e.path, b))) {
        throw fail(ERRNO.ENOTEMPTY, `directory not empty: /${b}`);
      }
      const moved = tree.filter((e) => e.path === a || inside(e.path, a))
        .map((e) => ({ ...e, path: b + e.path.slice(a.length) }));
      return [...tree.filter((e) => e.path !== a && !inside(e.path, a) && e.path !== b), ...moved];
    });
  }
}
