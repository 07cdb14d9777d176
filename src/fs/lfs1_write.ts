// A littlefs v1 writer (on-disk version 1.1, what MicroPython's vfs.VfsLfs1 mounts): lays a whole
// tree out afresh, as lfs1_format plus a sequence of creates would leave it. Layout (lfs1.ts
// describes the format): the superblock pair in blocks 0/1, whose entry names the root pair and
// whose tail starts the list of every metadata pair; each directory is one pair, or a chain of
// pairs (size bit 31 set: the tail continues this directory) when its entries overflow a block;
// after a directory's last pair the list goes on to the next directory (depth first). Files are
// CTZ skip-lists (no inline files in v1; an empty file has head 0xffffffff). Only the first block
// of each pair is written (the second stays erased, which lfs1 reads as an older revision).
import { ctzWrite } from "./lfs2_ctz.ts";
import { lfsCrc } from "./lfs2_crc.ts";
import { Disk, putLe32 } from "./lfs2_disk.ts";
import {
  type BlockDevice,
  ERRNO,
  type FsEntry,
  FsError,
  type Geometry,
  memoryDevice,
} from "./types.ts";

const TYPE_REG = 0x11;
const TYPE_DIR = 0x22;
const TYPE_SUPERBLOCK = 0x2e;
const HEADER = 16;
const VERSION = 0x00010001;
const NULL = 0xffffffff;
const NAME_MAX = 255;
const enc = new TextEncoder();

interface Dir1 {
  path: string;
  /** Entries in order: files carry data, directories their node. */
  items: { name: Uint8Array; file?: Uint8Array; dir?: Dir1 }[];
  /** Pairs of this directory, head first (filled in by layout). */
  pairs: [number, number][];
}

const fail = (errno: number, msg: string) => new FsError(errno, `littlefs v1: ${msg}`);

/** The tree as nested directories, in the given order; bad or repeated paths are EINVAL. */
function nest(tree: FsEntry[]): Dir1 {
  const root: Dir1 = { path: "", items: [], pairs: [] };
  const dirs = new Map<string, Dir1>([["", root]]);
  const files = new Set<string>();
  const dirAt = (parts: string[]): Dir1 => {
    let d = root;
    for (let i = 0; i < parts.length; i++) {
      const path = parts.slice(0, i + 1).join("/");
      if (files.has(path)) throw fail(ERRNO.EINVAL, `${path}: a file is in the way`);
      let next = dirs.get(path);
      if (next === undefined) {
        next = { path, items: [], pairs: [] };
        dirs.set(path, next);
        d.items.push({ name: enc.encode(parts[i]), dir: next });
      }
      d = next;
    }
    return d;
  };
  for (const e of tree) {
    const parts = e.path.split("/").filter((p) => p !== "");
    if (parts.length === 0 || parts.some((p) => p === "." || p === "..")) {
      throw fail(ERRNO.EINVAL, `bad path in tree: ${JSON.stringify(e.path)}`);
    }
    for (const p of parts) {
      if (enc.encode(p).length > NAME_MAX) throw fail(ERRNO.EINVAL, `name too long: ${p}`);
    }
    const key = parts.join("/");
    if (e.kind === "dir") {
      dirAt(parts);
      continue;
    }
    if (files.has(key) || dirs.has(key)) throw fail(ERRNO.EINVAL, `${key} is in the tree twice`);
    const parent = dirAt(parts.slice(0, -1));
    files.add(key);
    parent.items.push({
      name: enc.encode(parts[parts.length - 1]),
      file: e.data ?? new Uint8Array(),
    });
  }
  return root;
}

const entrySize = (name: Uint8Array) => 4 + 8 + name.length;

/** Split a directory's entries into the blocks of its pair chain. */
function chunks(d: Dir1, blockSize: number): Dir1["items"][] {
  const out: Dir1["items"][] = [[]];
  let used = HEADER + 4;
  for (const it of d.items) {
    const n = entrySize(it.name);
    if (used + n > blockSize && out[out.length - 1].length > 0) {
      out.push([]);
      used = HEADER + 4;
    }
    if (used + n > blockSize) throw fail(ERRNO.EINVAL, `block size ${blockSize} is too small`);
    out[out.length - 1].push(it);
    used += n;
  }
  return out;
}

/** One metadata block: revision, size (bit 31: continued), tail, entries, CRC. */
function metaBlock(rev: number, more: boolean, tail: [number, number], entries: Uint8Array[]) {
  const size = HEADER + entries.reduce((n, e) => n + e.length, 0) + 4;
  const buf = new Uint8Array(size);
  putLe32(buf, 0, rev);
  putLe32(buf, 4, (size | (more ? 0x80000000 : 0)) >>> 0);
  putLe32(buf, 8, tail[0]);
  putLe32(buf, 12, tail[1]);
  let at = HEADER;
  for (const e of entries) {
    buf.set(e, at);
    at += e.length;
  }
  putLe32(buf, at, lfsCrc(0xffffffff, buf, 0, at));
  return buf;
}

function entry(type: number, a: number, b: number, name: Uint8Array, extra = new Uint8Array()) {
  const e = new Uint8Array(12 + extra.length + name.length);
  e.set([type, 8 + extra.length, 0, name.length]);
  putLe32(e, 4, a);
  putLe32(e, 8, b);
  e.set(extra, 12);
  e.set(name, 12 + extra.length);
  return e;
}

/** Write a littlefs v1 filesystem holding `tree` onto `dev` (every block it uses is erased
 * first; the others are left as they are). ENOSPC when the tree does not fit. */
export function writeLfs1(dev: BlockDevice, tree: FsEntry[], geometry: Geometry): void {
  const { blockSize: bs, blockCount: count } = geometry;
  if (!Number.isInteger(bs) || bs < 128 || !Number.isInteger(count) || count < 2) {
    throw fail(ERRNO.EINVAL, `bad geometry: ${count} blocks of ${bs} bytes`);
  }
  if (count < 4) throw fail(ERRNO.ENOSPC, `${count} blocks hold no root directory`);
  if (count * bs > dev.blockCount * dev.blockSize) {
    throw fail(ERRNO.EINVAL, `${count} blocks of ${bs} bytes do not fit the device`);
  }
  const root = nest(tree);
  const disk = new Disk(dev, bs, count);
  let next = 2;
  const alloc = () => {
    if (next >= count) {
      throw fail(ERRNO.ENOSPC, `the tree does not fit in ${count} blocks of ${bs} bytes`);
    }
    return next++;
  };
  // Depth-first list of directories, each with its pair chain allocated.
  const order: Dir1[] = [];
  const parts = new Map<Dir1, Dir1["items"][]>();
  const visit = (d: Dir1) => {
    order.push(d);
    const c = chunks(d, bs);
    parts.set(d, c);
    for (let i = 0; i < c.length; i++) d.pairs.push([alloc(), alloc()]);
    for (const it of d.items) if (it.dir) visit(it.dir);
  };
  visit(root);
  const put = (block: number, data: Uint8Array) => {
    disk.erase(block);
    disk.prog(block, 0, data);
  };
  // Files first (their heads go into the entries), then the metadata.
  const heads = new Map<object, number>();
  for (const d of order) {
    for (const it of d.items) {
      if (it.file && it.file.length > 0) heads.set(it, ctzWrite(disk, it.file, alloc, 1));
    }
  }
  order.forEach((d, k) => {
    const c = parts.get(d)!;
    const after: [number, number] = k + 1 < order.length ? order[k + 1].pairs[0] : [NULL, NULL];
    c.forEach((items, i) => {
      const more = i + 1 < c.length;
      const tail = more ? d.pairs[i + 1] : after;
      const entries = items.map((it) =>
        it.dir
          ? entry(TYPE_DIR, it.dir.pairs[0][0], it.dir.pairs[0][1], it.name)
          : entry(TYPE_REG, heads.get(it) ?? NULL, it.file!.length, it.name)
      );
      put(d.pairs[i][0], metaBlock(1, more, tail, entries));
      disk.erase(d.pairs[i][1]);
    });
  });
  const sb = new Uint8Array(12);
  putLe32(sb, 0, bs);
  putLe32(sb, 4, count);
  putLe32(sb, 8, VERSION);
  const sbEntry = entry(
    TYPE_SUPERBLOCK,
    root.pairs[0][0],
    root.pairs[0][1],
    enc.encode("littlefs"),
    sb,
  );
  put(0, metaBlock(1, false, root.pairs[0], [sbEntry]));
  put(1, metaBlock(2, false, root.pairs[0], [sbEntry]));
}

/** An empty littlefs v1 filesystem on `dev` (VfsLfs1.mkfs). */
export function formatLfs1(dev: BlockDevice, geometry: Geometry): void {
  writeLfs1(dev, [], geometry);
}

/** A whole littlefs v1 image (blockSize * blockCount bytes, erased 0xff) holding `tree`. */
export function buildLfs1(tree: FsEntry[], geometry: Geometry): Uint8Array {
  const img = new Uint8Array(geometry.blockSize * geometry.blockCount).fill(0xff);
  writeLfs1(memoryDevice(img, geometry.blockSize), tree, geometry);
  return img;
}
