// littlefs CTZ skip-lists (DESIGN.md "CTZ skip-lists", the same in v1 and v2): a file of more
// than an inline size lives in blocks 0..n, stored backwards from a head block (block n). Block
// i > 0 starts with ctz(i)+1 little-endian pointers, pointer k naming block i - 2^k; its data
// follows them up to the end of the block. Block 0 is all data.
import { corrupt, type Disk, le32, putLe32 } from "./lfs2_disk.ts";

const ctz = (i: number): number => 31 - Math.clz32(i & -i);
const popc = (i: number): number => {
  let n = 0;
  for (let v = i >>> 0; v; v &= v - 1) n++;
  return n;
};

/** Index of the block holding file offset `off` (littlefs's lfs_ctz_index). */
export function ctzIndex(blockSize: number, off: number): number {
  const b = blockSize - 8;
  const i = Math.floor(off / b);
  if (i === 0) return 0;
  return Math.floor((off - 4 * (popc(i - 1) + 2)) / b);
}

/** Where block `index`'s data starts. */
export const ctzDataStart = (index: number): number => index === 0 ? 0 : 4 * (ctz(index) + 1);

/** The blocks of a file, in file order; corrupt lists (out of range, repeated) are EIO. */
export function ctzBlocks(disk: Disk, head: number, size: number): number[] {
  if (size === 0) return [];
  if (size > 0x7fffffff) throw corrupt(`file size ${size} too large`);
  const last = ctzIndex(disk.blockSize, size - 1);
  if (last >= disk.blockCount) throw corrupt(`file of ${size} bytes larger than the filesystem`);
  const blocks = new Array<number>(last + 1);
  const seen = new Set<number>();
  let b = head;
  for (let i = last; i >= 0; i--) {
    if (b >= disk.blockCount || seen.has(b)) throw corrupt(`bad block ${b} in a file's list`);
    seen.add(b);
    blocks[i] = b;
    if (i > 0) b = le32(disk.block(b), 0);
  }
  return blocks;
}

export function ctzRead(disk: Disk, head: number, size: number): Uint8Array {
  const blocks = ctzBlocks(disk, head, size);
  const out = new Uint8Array(size);
  let at = 0;
  for (let i = 0; i < blocks.length && at < size; i++) {
    const start = ctzDataStart(i);
    const n = Math.min(disk.blockSize - start, size - at);
    out.set(disk.block(blocks[i]).subarray(start, start + n), at);
    at += n;
  }
  if (at !== size) throw corrupt("file shorter than its size");
  return out;
}

/** Write `data` as a new skip-list in blocks from `alloc`; returns the head block. */
export function ctzWrite(
  disk: Disk,
  data: Uint8Array,
  alloc: () => number,
  progSize: number,
): number {
  const blocks: number[] = [];
  let at = 0;
  for (let i = 0; at < data.length; i++) {
    const b = alloc();
    const start = ctzDataStart(i);
    const n = Math.min(disk.blockSize - start, data.length - at);
    const buf = new Uint8Array(Math.ceil((start + n) / progSize) * progSize).fill(0xff);
    for (let k = 0; 4 * k < start; k++) putLe32(buf, 4 * k, blocks[i - (1 << k)]);
    buf.set(data.subarray(at, at + n), start);
    disk.erase(b);
    disk.prog(b, 0, buf);
    blocks.push(b);
    at += n;
  }
  return blocks[blocks.length - 1];
}
