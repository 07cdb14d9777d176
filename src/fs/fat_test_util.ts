// Helpers of the FAT tests: random trees and names, the data pattern the MicroPython side can
// make too, sparse image files, a copy-on-write device for fuzzing, walking a FileSystem, and
// running batches of jobs on the real MicroPython unix port (vfs.VfsFat on a RAM block device).
import { join } from "node:path";
import { sameName } from "./fat_names.ts";
import { type BlockDevice, type FileSystem, type FsEntry, FsError } from "./types.ts";

import { haveUnixPort, rng, UNIX_PORT } from "./test_support.ts";
export { haveUnixPort, rng, UNIX_PORT };

export const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
export const int = (r: () => number, lo: number, hi: number): number =>
  lo + Math.floor(r() * (hi - lo + 1));

/** File contents both sides can make: byte i is (7 * seed + i) mod 256. */
export function pattern(seed: number, n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = (seed * 7 + i) & 255;
  return out;
}

const LOWER = "abcdefghijklmnopqrstuvwxyz";
const WORDS = ["main", "boot", "lib", "data", "config", "readme", "test", "x", "a1", "utils"];
const EXTS = ["py", "txt", "mpy", "json", "bin", "c", "html", "tar.gz", "", "TXT", "Py"];
const ODD = ["é", "ü", "日本", "ß", "Ω", "+", ",", ";", "=", "[", "]", " ", "-", "_", "'", "!"];

/** A random file or directory name in one of the styles that matter to FAT: plain 8.3 in
 * lower, upper or mixed case, long, with spaces and several dots, non-ASCII, characters an 8.3
 * name replaces, a leading dot, up to 255 bytes. Never ends in a dot or space, never has '~'. */
export function randomName(r: () => number): string {
  const style = int(r, 0, 9);
  let name: string;
  const word = () => pick(r, WORDS) + (r() < 0.5 ? String(int(r, 0, 99)) : "");
  const ext = () => pick(r, EXTS);
  const join83 = (b: string, e: string) => (e ? `${b}.${e}` : b);
  switch (style) {
    case 0:
      name = join83(word().slice(0, 8), ext().slice(0, 3).toLowerCase());
      break;
    case 1:
      name = join83(word().slice(0, 8), ext().slice(0, 3)).toUpperCase();
      break;
    case 2: {
      const w = word();
      name = join83(w[0].toUpperCase() + w.slice(1), ext());
      break;
    }
    case 3: {
      const n = int(r, 2, 6);
      const ws = Array.from({ length: n }, () => word());
      name = join83(ws.join(pick(r, [" ", "_", "-", "."])), ext());
      break;
    }
    case 4: {
      const n = int(r, 1, 4);
      name = join83(Array.from({ length: n }, () => word() + pick(r, ODD)).join(""), ext());
      break;
    }
    case 5:
      name = "." + word();
      break;
    case 6: {
      const len = int(r, 100, 255);
      let s = "";
      while (s.length < len) s += LOWER[int(r, 0, 25)];
      name = s;
      break;
    }
    case 7:
      name = join83(word(), ext()) + pick(r, ["", ".bak", ".old"]);
      break;
    case 8: {
      let s = "";
      for (let k = int(r, 1, 12); k > 0; k--) s += pick(r, [...LOWER, ..."ABCXYZ0123456789"]);
      name = join83(s, ext());
      break;
    }
    default:
      name = pick(r, ODD) + word() + pick(r, ODD) + (r() < 0.5 ? "." + ext() : "");
  }
  name = name.replace(/[. ]+$/, "");
  if (name === "" || name.trim() === "" || /^[ .]*$/.test(name)) name = word();
  while (new TextEncoder().encode(name).length > 255) {
    name = name.slice(0, -1).replace(/[. ]+$/, "");
  }
  return name;
}

/** A name not the same to FAT as any of `taken`. */
export function freshName(r: () => number, taken: string[]): string {
  for (;;) {
    const n = randomName(r);
    if (!taken.some((t) => sameName(t, n))) return n;
  }
}

export interface TreeOptions {
  clusterBytes: number;
  /** Rough number of files. */
  files: number;
  /** Directories with many entries (several clusters of entries). */
  bigDir?: boolean;
  /** Root entries allowed (FAT12/16 have 512 slots). */
  rootSlots?: number;
}

/** A random tree in creation order (directories before their contents): nested directories,
 * names of every style (and names that differ only in case in different directories), files
 * of 0 to many clusters. */
export function randomTree(seed: number, o: TreeOptions): FsEntry[] {
  const r = rng(seed);
  const out: FsEntry[] = [];
  const dirs: { path: string; names: string[]; depth: number }[] = [{
    path: "",
    names: [],
    depth: 0,
  }];
  const sizeOf = () => {
    const cb = o.clusterBytes;
    return pick(r, [
      0,
      1,
      int(r, 2, 200),
      cb - 1,
      cb,
      cb + 1,
      int(r, 1, 4 * cb),
      int(r, 1, 12 * cb),
      int(r, 0, 3000),
    ]);
  };
  const addIn = (d: (typeof dirs)[number], kind: "file" | "dir", forced?: string) => {
    const name = forced && !d.names.some((t) => sameName(t, forced))
      ? forced
      : freshName(r, d.names);
    d.names.push(name);
    const path = d.path ? `${d.path}/${name}` : name;
    if (kind === "dir") {
      out.push({ path, kind });
      dirs.push({ path, names: [], depth: d.depth + 1 });
    } else {
      out.push({ path, kind, data: pattern(int(r, 0, 255), sizeOf()) });
    }
  };
  const rootSlots = o.rootSlots ?? Infinity;
  for (let k = 0; k < o.files; k++) {
    let d = pick(r, dirs);
    if (d.path === "" && d.names.length > Math.min(40, rootSlots / 8)) d = dirs[dirs.length - 1];
    if (r() < 0.25 && d.depth < 5) {
      addIn(d, "dir", r() < 0.3 ? pick(r, ["Lib", "lib", "LIB"]) : undefined);
    } else {addIn(
        d,
        "file",
        r() < 0.1 ? pick(r, ["README.TXT", "readme.txt", "Readme.txt"]) : undefined,
      );}
  }
  if (o.bigDir) {
    const d = dirs.length > 1 ? dirs[1] : dirs[0];
    for (let k = int(r, 40, 90); k > 0; k--) addIn(d, "file");
  }
  return out;
}

function nonZero(words: Int32Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (words[k] !== 0) return true;
  return false;
}

/** Sparse image file: "SPRS", block size, block count, runs of non-zero blocks. */
export function toSparse(img: Uint8Array, bs: number): Uint8Array {
  const n = img.length / bs;
  const runs: [number, number][] = [];
  const aligned = img.byteOffset % 4 === 0 ? img : img.slice();
  const words = new Int32Array(aligned.buffer, aligned.byteOffset, aligned.length >> 2);
  const per = bs / 4;
  for (let b = 0; b < n; b++) {
    if (!nonZero(words, b * per, (b + 1) * per)) continue;
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === b) last[1]++;
    else runs.push([b, 1]);
  }
  let size = 16;
  for (const [, k] of runs) size += 8 + k * bs;
  const out = new Uint8Array(size);
  const dv = new DataView(out.buffer);
  out.set([0x53, 0x50, 0x52, 0x53]);
  dv.setUint32(4, bs, true);
  dv.setUint32(8, n, true);
  dv.setUint32(12, runs.length, true);
  let at = 16;
  for (const [start, k] of runs) {
    dv.setUint32(at, start, true);
    dv.setUint32(at + 4, k, true);
    at += 8;
    out.set(img.subarray(start * bs, (start + k) * bs), at);
    at += k * bs;
  }
  return out;
}

export function fromSparse(file: Uint8Array): { img: Uint8Array; bs: number } {
  const dv = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const bs = dv.getUint32(4, true);
  const n = dv.getUint32(8, true);
  const count = dv.getUint32(12, true);
  const img = new Uint8Array(bs * n);
  let at = 16;
  for (let k = 0; k < count; k++) {
    const start = dv.getUint32(at, true);
    const len = dv.getUint32(at + 4, true);
    at += 8;
    img.set(file.subarray(at, at + len * bs), start * bs);
    at += len * bs;
  }
  return { img, bs };
}

/** A device reading `base` (its first `blocks` blocks) with writes kept aside. */
export function overlayDevice(
  base: Uint8Array,
  bs: number,
  blocks: number,
  overlay: Map<number, Uint8Array>,
): BlockDevice {
  const block = (b: number) => overlay.get(b) ?? base.subarray(b * bs, (b + 1) * bs);
  const range = (b: number, off: number, n: number) => {
    const start = b * bs + off;
    if (b < 0 || off < 0 || start + n > blocks * bs) {
      throw new FsError(5, `block ${b} + ${off} outside the device`);
    }
    return start;
  };
  return {
    blockSize: bs,
    blockCount: blocks,
    readBlocks(b, buf, off = 0) {
      let at = range(b, off, buf.length);
      for (let k = 0; k < buf.length;) {
        const blk = Math.floor(at / bs);
        const o = at % bs;
        const n = Math.min(bs - o, buf.length - k);
        buf.set(block(blk).subarray(o, o + n), k);
        k += n;
        at += n;
      }
    },
    writeBlocks(b, buf, off = 0) {
      let at = range(b, off, buf.length);
      for (let k = 0; k < buf.length;) {
        const blk = Math.floor(at / bs);
        const o = at % bs;
        const n = Math.min(bs - o, buf.length - k);
        let copy = overlay.get(blk);
        if (!copy) {
          copy = base.slice(blk * bs, (blk + 1) * bs);
          overlay.set(blk, copy);
        }
        copy.set(buf.subarray(k, k + n), o);
        k += n;
        at += n;
      }
    },
  };
}

/** One walked item: path, kind, size, mtime; files also their contents. */
export interface Walked {
  path: string;
  kind: "file" | "dir";
  size: number;
  mtime: number;
  data?: Uint8Array;
}

/** Walk a FileSystem depth-first in directory order (as the MicroPython side does). */
export function walkFs(fs: FileSystem, limits = { depth: 64, items: Infinity }): Walked[] {
  const out: Walked[] = [];
  const go = (path: string, depth: number) => {
    if (depth > limits.depth) return;
    for (const e of fs.list(path || "/")) {
      if (out.length >= limits.items) return;
      const p = `${path}/${e.name}`;
      const st = fs.stat(p);
      if (e.kind === "dir") {
        out.push({ path: p, kind: "dir", size: e.size, mtime: st.mtime });
        go(p, depth + 1);
      } else {
        out.push({ path: p, kind: "file", size: e.size, mtime: st.mtime, data: fs.readFile(p) });
      }
    }
  };
  go("", 0);
  return out;
}

/** The MicroPython side: jobs on RAM block devices holding sparse images. */
const HARNESS = String.raw`
import vfs, sys, json, struct

class Dev:
    def __init__(self, bs, n):
        self.bs = bs
        self.n = n
        self.s = {}
        self.z = bytes(bs)
    def readblocks(self, b, buf, off=0):
        bs = self.bs
        mv = memoryview(buf)
        for i in range(len(buf) // bs):
            mv[i * bs:(i + 1) * bs] = self.s.get(b + i, self.z)
    def writeblocks(self, b, buf, off=0):
        bs = self.bs
        for i in range(len(buf) // bs):
            self.s[b + i] = bytes(buf[i * bs:(i + 1) * bs])
    def ioctl(self, op, arg):
        if op == 4:
            return self.n
        if op == 5:
            return self.bs
        return 0

def load(path):
    with open(path, 'rb') as f:
        data = f.read()
    magic, bs, n, cnt = struct.unpack_from('<4sIII', data, 0)
    d = Dev(bs, n)
    at = 16
    for _ in range(cnt):
        start, k = struct.unpack_from('<II', data, at)
        at += 8
        for i in range(k):
            d.s[start + i] = data[at:at + bs]
            at += bs
    return d

def save(d, path):
    keys = sorted(k for k in d.s if d.s[k] != d.z)
    runs = []
    for k in keys:
        if runs and runs[-1][0] + runs[-1][1] == k:
            runs[-1][1] += 1
        else:
            runs.append([k, 1])
    with open(path, 'wb') as f:
        f.write(struct.pack('<4sIII', b'SPRS', d.bs, d.n, len(runs)))
        for start, k in runs:
            f.write(struct.pack('<II', start, k))
            for i in range(k):
                f.write(d.s[start + i])

def pat(seed, n):
    base = bytes((seed * 7 + i) & 255 for i in range(256))
    return (base * (n // 256 + 1))[:n]

def walk(fs, path, out, blob):
    for t in fs.ilistdir(path or '/'):
        p = path + '/' + t[0]
        st = fs.stat(p)
        if t[1] == 0x4000:
            out.append([p, 'dir', t[3], st[8]])
            walk(fs, p, out, blob)
        else:
            f = fs.open(p, 'rb')
            data = f.read()
            f.close()
            out.append([p, 'file', t[3], st[8], blob.tell(), len(data)])
            blob.write(data)

def run_ops(fs, ops):
    log = []
    for op in ops:
        k = op[0]
        try:
            if k == 'mkdir':
                fs.mkdir(op[1])
            elif k == 'rmdir':
                fs.rmdir(op[1])
            elif k == 'remove':
                fs.remove(op[1])
            elif k == 'rename':
                fs.rename(op[1], op[2])
            else:
                f = fs.open(op[1], 'wb' if k == 'write' else 'ab')
                data = pat(op[2], op[3])
                step = op[4] if len(op) > 4 and op[4] else len(data) or 1
                for i in range(0, len(data), step):
                    f.write(data[i:i + step])
                f.close()
            log.append(0)
        except OSError as e:
            log.append(e.errno)
    return log

jobs = json.load(open(sys.argv[1]))
blob = open(sys.argv[3], 'wb')
results = []
for job in jobs:
    res = {}
    try:
        if 'mkfs' in job:
            d = Dev(job['mkfs'][0], job['mkfs'][1])
            vfs.VfsFat.mkfs(d)
        else:
            d = load(job['img'])
        fs = vfs.VfsFat(d)
        if 'ops' in job:
            res['log'] = run_ops(fs, job['ops'])
        if 'out' in job:
            save(d, job['out'])
        entries = []
        walk(fs, '', entries, blob)
        res['entries'] = entries
        res['statvfs'] = list(fs.statvfs('/'))
    except Exception as e:
        res['error'] = repr(e)
    results.append(res)
blob.close()
with open(sys.argv[2], 'w') as f:
    f.write(json.dumps(results))
`;

export interface MpJob {
  /** Format a fresh device of [block size, block count] with VfsFat.mkfs. */
  mkfs?: [number, number];
  /** Or load this sparse image. */
  img?: string;
  /** Operations: ["mkdir"|"rmdir"|"remove", path], ["rename", a, b], ["write"|"append",
   * path, seed, length, chunk?]. */
  ops?: (string | number)[][];
  /** Save the image after the operations here. */
  out?: string;
}

export interface MpResult {
  error?: string;
  log?: number[];
  entries?: Walked[];
  statvfs?: number[];
}

/** Run jobs in one MicroPython process; returns per-job results with file contents. */
export async function runMicroPython(dir: string, jobs: MpJob[]): Promise<MpResult[]> {
  const script = join(dir, "harness.py");
  const jobsFile = join(dir, "jobs.json");
  const resultsFile = join(dir, "results.json");
  const blobFile = join(dir, "blob.bin");
  await Deno.writeTextFile(script, HARNESS);
  await Deno.writeTextFile(jobsFile, JSON.stringify(jobs));
  const out = await new Deno.Command(UNIX_PORT, {
    args: ["-X", "heapsize=1000M", script, jobsFile, resultsFile, blobFile],
    stdout: "piped",
    stderr: "piped",
  }).output();
  if (!out.success) {
    throw new Error(
      `MicroPython failed: ${new TextDecoder().decode(out.stdout)}${
        new TextDecoder().decode(out.stderr)
      }`,
    );
  }
  const raw = JSON.parse(await Deno.readTextFile(resultsFile)) as {
    error?: string;
    log?: number[];
    entries?: (string | number)[][];
    statvfs?: number[];
  }[];
  const blob = await Deno.readFile(blobFile);
  return raw.map((r) => ({
    error: r.error,
    log: r.log,
    statvfs: r.statvfs,
    entries: r.entries?.map((e) => {
      const w: Walked = {
        path: e[0] as string,
        kind: e[1] as "file" | "dir",
        size: e[2] as number,
        mtime: e[3] as number,
      };
      if (w.kind === "file") {
        w.data = blob.subarray(e[4] as number, (e[4] as number) + (e[5] as number));
      }
      return w;
    }),
  }));
}
