// Shared by the littlefs tests: random trees, a walk of a mounted filesystem into comparable
// lines, and the real MicroPython unix port as an oracle (a RAM block device in Python, images
// passed as files). Not used outside tests.
import { join } from "node:path";
import { lfsCrc } from "./lfs2_crc.ts";
import { type FileSystem, type FsEntry, FsError } from "./types.ts";

import { haveUnixPort, rng, UNIX_PORT } from "./test_support.ts";
export { haveUnixPort, rng, UNIX_PORT };

/** zlib's CRC-32 (binascii.crc32 in MicroPython). */
export const crc32 = (data: Uint8Array): number => (~lfsCrc(0xffffffff, data)) >>> 0;

/** 64 KiB of pseudo-random bytes that the Python side regenerates (an LCG). */
export const POOL = (() => {
  const out = new Uint8Array(65536);
  let x = 12345;
  for (let i = 0; i < out.length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = x >>> 16;
  }
  return out;
})();
export const PY_POOL = `
def make_pool():
    out = bytearray(65536)
    x = 12345
    for i in range(65536):
        x = (x * 1103515245 + 12345) & 0xffffffff
        out[i] = (x >> 16) & 0xff
    return out
POOL = make_pool()
def data(seed, size):
    off = seed % 32768
    return POOL[off:off + size]
`;
/** The bytes `data(seed, size)` of the Python side (sizes up to 32 KiB). */
export const poolData = (seed: number, size: number): Uint8Array =>
  POOL.slice(seed % 32768, seed % 32768 + size);

const NAME_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_-.ABC";

export interface TreeShape {
  maxDepth: number;
  /** Largest file, in bytes. */
  maxSize: number;
  /** Chance that a directory gets many (60-150) entries. */
  bigDir: number;
}

/** A random tree of nested directories and files (sizes skewed small, some several blocks). */
export function randomTree(seed: number, shape: TreeShape): FsEntry[] {
  const r = rng(seed);
  const out: FsEntry[] = [];
  const name = () => {
    let s = "";
    const n = 1 + Math.floor(r() ** 2 * 30);
    for (let i = 0; i < n; i++) s += NAME_CHARS[Math.floor(r() * NAME_CHARS.length)];
    return s === "." || s === ".." ? "x" + s : s;
  };
  const fill = (dir: string, depth: number) => {
    const big = r() < shape.bigDir;
    const n = big ? 60 + Math.floor(r() * 90) : Math.floor(r() * 7);
    const used = new Set<string>();
    for (let i = 0; i < n; i++) {
      const nm = name();
      if (used.has(nm)) continue;
      used.add(nm);
      const path = dir + nm;
      if (!big && depth < shape.maxDepth && r() < 0.3) {
        out.push({ path, kind: "dir" });
        fill(path + "/", depth + 1);
      } else {
        const k = r();
        const size = k < 0.1
          ? 0
          : k < 0.5
          ? Math.floor(r() * 140)
          : Math.floor(r() ** 2 * shape.maxSize);
        const off = Math.floor(r() * 32768);
        out.push({ path, kind: "file", data: POOL.slice(off, off + size) });
      }
    }
  };
  fill("", 0);
  return out;
}

/** Lines describing a mounted filesystem in listing order: `dir/` or `path size crc`. */
export function walkLines(fs: FileSystem, prefix = ""): string[] {
  const out: string[] = [];
  const walk = (dir: string, depth: number) => {
    if (depth > 64) throw new FsError(5, "too deep");
    for (const e of fs.list(dir)) {
      const p = dir === "/" ? "/" + e.name : dir + "/" + e.name;
      if (e.kind === "dir") {
        out.push(`${prefix}${p}/`);
        walk(p, depth + 1);
      } else {
        const data = fs.readFile(p);
        if (data.length !== e.size) throw new Error(`${p}: read ${data.length} of ${e.size}`);
        out.push(`${prefix}${p} ${e.size} ${crc32(data)}`);
      }
    }
  };
  walk("/", 0);
  return out;
}

/** The same walk in MicroPython: `walk(fs, prefix)` prints the lines. */
export const PY_WALK = `
import binascii
def walk(fs, prefix, d="/", depth=0):
    for name, kind, _, size in fs.ilistdir(d):
        p = (d + "/" + name) if d != "/" else "/" + name
        if kind == 0x4000:
            print("%s%s/" % (prefix, p))
            walk(fs, prefix, p, depth + 1)
        else:
            with fs.open(p, "rb") as f:
                b = f.read()
            assert len(b) == size, (p, len(b), size)
            print("%s%s %d %d" % (prefix, p, size, binascii.crc32(b) & 0xffffffff))
`;

/** A RAM block device over a bytearray, with erase to 0xff (ioctl 6). */
export const PY_BDEV = `
class RAMBdev:
    def __init__(self, bs, data):
        self.bs = bs
        self.data = data
        self.n = len(data) // bs
        self.ff = b"\\xff" * bs
    def readblocks(self, n, buf, off=0):
        a = n * self.bs + off
        buf[:] = memoryview(self.data)[a:a + len(buf)]
    def writeblocks(self, n, buf, off=None):
        if off is None:
            off = 0
        a = n * self.bs + off
        self.data[a:a + len(buf)] = buf
    def ioctl(self, op, arg):
        if op == 4:
            return self.n
        if op == 5:
            return self.bs
        if op == 6:
            a = arg * self.bs
            self.data[a:a + self.bs] = self.ff
            return 0
def load(path, bs):
    with open(path, "rb") as f:
        return RAMBdev(bs, bytearray(f.read()))
def save(path, bd):
    with open(path, "wb") as f:
        f.write(bd.data)
`;

/** Run a MicroPython script; stdout lines (stderr must be empty). */
export async function runMicroPython(dir: string, script: string): Promise<string[]> {
  const file = join(dir, `script${Math.floor(Math.random() * 1e9)}.py`);
  Deno.writeTextFileSync(file, PY_BDEV + PY_WALK + script);
  const r = await new Deno.Command(UNIX_PORT, { args: ["-X", "heapsize=64M", file] }).output();
  const err = new TextDecoder().decode(r.stderr);
  const out = new TextDecoder().decode(r.stdout);
  if (err !== "" || !r.success) throw new Error(`MicroPython failed: ${err}\n${out.slice(-2000)}`);
  return out.split("\n").filter((l) => l !== "");
}

/** A change to a filesystem: write or append (path, seed, size), mkdir, remove, rmdir, rename. */
export type Op =
  | ["w" | "a", string, number, number]
  | ["m" | "r" | "d", string]
  | ["n", string, string];

/** Ops as a Python literal. */
export const pyOps = (ops: Op[]): string => "[" + ops.map((o) => JSON.stringify(o)).join(",") + "]";

/** `apply(fs, ops)` in MicroPython (writes in 700-byte pieces). */
export const PY_APPLY = `
def apply(fs, ops):
    for op in ops:
        k = op[0]
        if k == "w" or k == "a":
            b = data(op[2], op[3])
            with fs.open(op[1], "wb" if k == "w" else "ab") as f:
                for i in range(0, len(b), 700):
                    f.write(b[i:i + 700])
        elif k == "m":
            fs.mkdir(op[1])
        elif k == "r":
            fs.remove(op[1])
        elif k == "d":
            fs.rmdir(op[1])
        elif k == "n":
            fs.rename(op[1], op[2])
`;

export function applyOp(fs: FileSystem, op: Op): void {
  switch (op[0]) {
    case "w":
      return fs.writeFile!(op[1], poolData(op[2], op[3]));
    case "a": {
      const old = fs.readFile(op[1]);
      const add = poolData(op[2], op[3]);
      const all = new Uint8Array(old.length + add.length);
      all.set(old);
      all.set(add, old.length);
      return fs.writeFile!(op[1], all);
    }
    case "m":
      return fs.mkdir!(op[1]);
    case "r":
      return fs.remove!(op[1]);
    case "d":
      return fs.rmdir!(op[1]);
    case "n":
      return fs.rename!(op[1], op[2]);
  }
}

/** What a filesystem should hold after a run of ops, and a source of valid random ops. */
export class Model {
  readonly files = new Map<string, Uint8Array>();
  readonly dirs = new Set<string>(["/"]);

  constructor(private readonly capacity: number, private readonly blockSize: number) {}

  static fromTree(tree: FsEntry[], capacity: number, blockSize: number): Model {
    const m = new Model(capacity, blockSize);
    for (const e of tree) {
      const parts = e.path.split("/");
      for (let i = 1; i < parts.length; i++) m.dirs.add("/" + parts.slice(0, i).join("/"));
      if (e.kind === "dir") m.dirs.add("/" + e.path);
      else m.files.set("/" + e.path, e.data!);
    }
    return m;
  }

  private cost(): number {
    let n = 4 * this.dirs.size;
    for (const d of this.files.values()) n += Math.ceil(d.length / (this.blockSize - 48)) + 1;
    return n;
  }

  apply(op: Op): void {
    const [k, p] = op;
    if (k === "w") this.files.set(p, poolData(op[2], op[3]));
    else if (k === "a") {
      const old = this.files.get(p)!;
      const add = poolData(op[2], op[3]);
      const all = new Uint8Array(old.length + add.length);
      all.set(old);
      all.set(add, old.length);
      this.files.set(p, all);
    } else if (k === "m") this.dirs.add(p);
    else if (k === "r") this.files.delete(p);
    else if (k === "d") this.dirs.delete(p);
    else {
      const to = op[2] as string;
      const move = (q: string) => to + q.slice(p.length);
      if (this.files.has(p)) {
        this.files.set(to, this.files.get(p)!);
        this.files.delete(p);
      } else {
        for (const d of [...this.dirs]) {
          if (d === p || d.startsWith(p + "/")) {
            this.dirs.delete(d);
            this.dirs.add(move(d));
          }
        }
        for (const [f, data] of [...this.files]) {
          if (f.startsWith(p + "/")) {
            this.files.delete(f);
            this.files.set(move(f), data);
          }
        }
      }
    }
  }

  /** Sorted `path/` and `path size crc` lines, as walkLines gives them (in another order). */
  lines(prefix = ""): string[] {
    const out = [...this.dirs].filter((d) => d !== "/").map((d) => `${prefix}${d}/`);
    for (const [p, d] of this.files) out.push(`${prefix}${p} ${d.length} ${crc32(d)}`);
    return out.sort();
  }

  private isEmpty(d: string): boolean {
    const pre = d + "/";
    return ![...this.dirs, ...this.files.keys()].some((x) => x.startsWith(pre));
  }

  /** A valid random op; `grow` is the chance of only considering ops that add something. */
  randomOp(r: () => number, maxSize: number, grow = 0): Op {
    const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)];
    const dirs = [...this.dirs];
    const files = [...this.files.keys()];
    const fresh = (): string => {
      for (;;) {
        const d = pick(dirs);
        let n = "";
        const len = 1 + Math.floor(r() * 12);
        for (let i = 0; i < len; i++) n += NAME_CHARS[Math.floor(r() * NAME_CHARS.length)];
        if (n === "." || n === "..") continue;
        const p = (d === "/" ? "" : d) + "/" + n;
        if (!this.dirs.has(p) && !this.files.has(p)) return p;
      }
    };
    const full = this.cost() + Math.ceil(maxSize / this.blockSize) + 8 > this.capacity * 0.6;
    for (;;) {
      const k = r() * (r() < grow && !full ? 0.62 : 1);
      const size = () => r() < 0.4 ? Math.floor(r() * 200) : Math.floor(r() * maxSize);
      const seed = Math.floor(r() * 32768);
      if (k < 0.4 && !full) {
        return ["w", files.length && r() < 0.3 ? pick(files) : fresh(), seed, size()];
      } else if (k < 0.5 && files.length && !full) {
        return ["a", pick(files), seed, Math.floor(r() * 600)];
      } else if (k < 0.62 && !full) {
        return ["m", fresh()];
      } else if (k < 0.75 && files.length) {
        return ["r", pick(files)];
      } else if (k < 0.8) {
        const empty = dirs.filter((d) => d !== "/" && this.isEmpty(d));
        if (empty.length) return ["d", pick(empty)];
      } else if (k < 0.92 && files.length) {
        const from = pick(files);
        const others = files.filter((f) => f !== from);
        return ["n", from, others.length && r() < 0.3 ? pick(others) : fresh()];
      } else if (dirs.length > 1) {
        const from = pick(dirs.filter((d) => d !== "/"));
        const to = fresh();
        if (!to.startsWith(from + "/")) return ["n", from, to];
      } else if (full) {
        return files.length ? ["r", pick(files)] : ["m", fresh()];
      }
    }
  }
}
