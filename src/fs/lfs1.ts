// littlefs v1 (on-disk version 1.1, MicroPython's vfs.VfsLfs1, lib/littlefs/lfs1.c), read-only.
// A directory is a chain of metadata pairs; each block of a pair is a whole snapshot: revision
// count, size (bit 31: the directory continues in the tail pair), tail pair, entries, and a CRC
// making the first `size` bytes sum to zero. The block with the newer revision and a good CRC is
// current. An entry is type (0x11 file, 0x22 directory, bit 7 "being moved"), lengths of its
// struct, attributes and name, the struct (file: CTZ head and size; directory: its pair), then
// attributes and name. Blocks 0/1 hold the superblock entry, whose tail starts the list of every
// pair and whose struct names the root directory. Files are CTZ skip-lists as in v2.
import { ctzBlocks, ctzRead } from "./lfs2_ctz.ts";
import { lfsCrc } from "./lfs2_crc.ts";
import { Disk, le32 } from "./lfs2_disk.ts";
import {
  type BlockDevice,
  ERRNO,
  type FileSystem,
  type FsDirEntry,
  FsError,
  type FsStat,
  type Geometry,
} from "./types.ts";

const TYPE_REG = 0x11;
const TYPE_DIR = 0x22;
const MOVED = 0x80;
const HEADER = 16;
const MAGIC = new TextEncoder().encode("littlefs");
const dec = new TextDecoder();
const enc = new TextEncoder();

type Pair = [number, number];
const isNull = (p: Pair) => p[0] === 0xffffffff || p[1] === 0xffffffff;
const overlap = (a: Pair, b: Pair) =>
  a[0] === b[0] || a[0] === b[1] || a[1] === b[0] || a[1] === b[1];
const corrupt = (what: string) => new FsError(ERRNO.EIO, `littlefs v1: ${what}`);

interface Dir1 {
  block: number;
  size: number;
  more: boolean;
  tail: Pair;
}

interface Entry1 {
  type: number;
  name: Uint8Array;
  /** The 8-byte struct: file head and size, or a directory's pair. */
  a: number;
  b: number;
  raw: Uint8Array;
}

function fetch1(disk: Disk, pair: Pair): Dir1 {
  if (pair[0] >= disk.blockCount || pair[1] >= disk.blockCount) {
    throw corrupt(`pair {${pair[0]}, ${pair[1]}} outside the filesystem`);
  }
  let best: Dir1 | null = null;
  let bestRev = 0;
  for (const block of pair) {
    const buf = disk.block(block);
    const rev = le32(buf, 0);
    if (best && ((rev - bestRev) | 0) < 0) continue;
    const size = le32(buf, 4) & 0x7fffffff;
    if (size < HEADER + 4 || size > disk.blockSize) continue;
    if (lfsCrc(0xffffffff, buf, 0, size) !== 0) continue;
    best = {
      block,
      size,
      more: (le32(buf, 4) & 0x80000000) !== 0,
      tail: [le32(buf, 8), le32(buf, 12)],
    };
    bestRev = rev;
  }
  if (!best) throw corrupt(`corrupted pair {${pair[0]}, ${pair[1]}}`);
  return best;
}

/** The entries stored in one pair. */
function* pairEntries(disk: Disk, d: Dir1): Generator<Entry1> {
  const buf = disk.block(d.block);
  let off = HEADER;
  while (off + 12 <= d.size - 4) {
    const [type, elen, alen, nlen] = buf.subarray(off, off + 4);
    const nameAt = off + 4 + elen + alen;
    if (nameAt + nlen > d.size - 4) throw corrupt("entry beyond its block");
    yield {
      type,
      name: buf.slice(nameAt, nameAt + nlen),
      a: le32(buf, off + 4),
      b: le32(buf, off + 8),
      raw: buf.slice(off + 4, off + 12),
    };
    off = nameAt + nlen;
  }
}

/** The entries of the directory starting at `pair`, following its continuation pairs. */
function* entries1(disk: Disk, pair: Pair): Generator<Entry1> {
  const seen = new Set<number>();
  for (;;) {
    if (seen.has(pair[0]) || seen.has(pair[1])) throw corrupt("cycle in a directory");
    seen.add(pair[0]).add(pair[1]);
    const d = fetch1(disk, pair);
    yield* pairEntries(disk, d);
    if (!d.more) return;
    pair = d.tail;
  }
}

/** Mount a littlefs v1 filesystem, read-only. */
export function mountLfs1(dev: BlockDevice, geometry: Partial<Geometry> = {}): FileSystem {
  const bs = geometry.blockSize ?? dev.blockSize;
  if (!Number.isInteger(bs) || bs < 64) {
    throw new FsError(ERRNO.EINVAL, `littlefs v1: bad block size ${bs}`);
  }
  const devBlocks = Math.floor((dev.blockCount * dev.blockSize) / bs);
  const probe = new Disk(dev, bs, devBlocks);
  let sb: Uint8Array | null = null;
  try {
    const d = fetch1(probe, [0, 1]);
    sb = probe.block(d.block).slice(HEADER, HEADER + 32);
  } catch (e) {
    if (!(e instanceof FsError)) throw e;
  }
  if (!sb || !MAGIC.every((b, i) => sb![24 + i] === b)) {
    throw new FsError(ERRNO.EINVAL, "not a littlefs v1 filesystem: no superblock in blocks 0-1");
  }
  const version = le32(sb, 20);
  if (version >>> 16 !== 1 || (version & 0xffff) > 1) {
    throw new FsError(
      ERRNO.EINVAL,
      `littlefs v1: unsupported on-disk version ${version >>> 16}.${version & 0xffff}`,
    );
  }
  if (le32(sb, 12) !== bs) {
    throw new FsError(ERRNO.EINVAL, `littlefs v1: block size is ${le32(sb, 12)}, not ${bs}`);
  }
  const count = le32(sb, 16);
  if (
    count > devBlocks || count < 2 ||
    (geometry.blockCount !== undefined && geometry.blockCount !== count)
  ) {
    throw new FsError(
      ERRNO.EINVAL,
      `littlefs v1: the superblock says ${count} blocks, the device has ${devBlocks}`,
    );
  }
  return new Lfs1(new Disk(dev, bs, count), [le32(sb, 4), le32(sb, 8)]);
}

class Lfs1 implements FileSystem {
  readonly readonly = true;

  constructor(private readonly disk: Disk, private readonly root: Pair) {}

  /** Every pair on the list from the superblock (which is skipped). */
  private *pairs(): Generator<Pair> {
    const seen = new Set<number>([0, 1]);
    let tail = fetch1(this.disk, [0, 1]).tail;
    while (!isNull(tail)) {
      if (seen.has(tail[0]) || seen.has(tail[1])) throw corrupt("cycle in the metadata list");
      seen.add(tail[0]).add(tail[1]);
      yield tail;
      tail = fetch1(this.disk, tail).tail;
    }
  }

  /** An entry marked as being moved is gone if its copy exists unmarked somewhere. */
  private moved(e: Entry1): boolean {
    for (const p of this.pairs()) {
      for (const x of pairEntries(this.disk, fetch1(this.disk, p))) {
        if (!(x.type & MOVED) && x.raw.every((b, i) => b === e.raw[i])) return true;
      }
    }
    return false;
  }

  private *list1(pair: Pair): Generator<Entry1> {
    for (const e of entries1(this.disk, pair)) {
      const t = e.type & 0x7f;
      if (t !== TYPE_REG && t !== TYPE_DIR) continue;
      if (e.type & MOVED && this.moved(e)) continue;
      yield { ...e, type: t };
    }
  }

  private walk(path: string): Entry1 | null {
    const parts: string[] = [];
    for (const p of path.split("/")) {
      if (p === "" || p === ".") continue;
      if (p === "..") parts.pop();
      else parts.push(p);
    }
    let dir = this.root;
    const heads: Pair[] = [dir];
    let found: Entry1 | null = null;
    for (let i = 0; i < parts.length; i++) {
      const name = enc.encode(parts[i]);
      found = null;
      for (const e of this.list1(dir)) {
        if (e.name.length === name.length && e.name.every((b, k) => b === name[k])) {
          found = e;
          break;
        }
      }
      const sofar = "/" + parts.slice(0, i + 1).join("/");
      if (!found) throw new FsError(ERRNO.ENOENT, `no such file or directory: ${sofar}`);
      if (found.type === TYPE_DIR) {
        dir = [found.a, found.b];
        if (heads.some((h) => overlap(h, dir))) throw corrupt("directory cycle");
        heads.push(dir);
      } else if (i < parts.length - 1) {
        throw new FsError(ERRNO.ENOTDIR, `not a directory: ${sofar}`);
      }
    }
    return found;
  }

  stat(path: string): FsStat {
    const e = this.walk(path);
    if (!e || e.type === TYPE_DIR) return { kind: "dir", size: 0, mtime: 0 };
    return { kind: "file", size: e.b, mtime: 0 };
  }

  list(path: string): FsDirEntry[] {
    const e = this.walk(path);
    if (e && e.type !== TYPE_DIR) throw new FsError(ERRNO.ENOTDIR, `not a directory: ${path}`);
    const pair: Pair = e ? [e.a, e.b] : this.root;
    return [...this.list1(pair)].map((x) => ({
      name: dec.decode(x.name),
      kind: x.type === TYPE_DIR ? "dir" : "file",
      size: x.type === TYPE_DIR ? 0 : x.b,
    }));
  }

  readFile(path: string): Uint8Array {
    const e = this.walk(path);
    if (!e || e.type === TYPE_DIR) throw new FsError(ERRNO.EISDIR, `is a directory: ${path}`);
    return ctzRead(this.disk, e.a, e.b);
  }

  usage(): { blockSize: number; blocks: number; free: number } {
    const used = new Set<number>([0, 1]);
    for (const p of this.pairs()) {
      used.add(p[0]).add(p[1]);
      for (const e of pairEntries(this.disk, fetch1(this.disk, p))) {
        if ((e.type & 0x70) === 0x10) {
          for (const b of ctzBlocks(this.disk, e.a, e.b)) used.add(b);
        }
      }
    }
    const blocks = this.disk.blockCount;
    return { blockSize: this.disk.blockSize, blocks, free: blocks - used.size };
  }
}
