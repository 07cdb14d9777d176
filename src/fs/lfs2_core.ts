// The state of a mounted littlefs v2 and the machinery every change goes through: the block
// allocator (free = not reachable from the metadata list, as littlefs's lookahead scan decides),
// commits to a metadata pair (appended to its log when there is room, else the pair compacted,
// split in two past half a block, or dropped when a deletion empties a directory's extra pair),
// the global state (pending move, orphan bit) carried as XOR deltas in commits, and the repairs
// littlefs makes before its first write (finish a move, unlink orphaned pairs, upgrade a v2.0
// superblock). The order of commits follows littlefs (lfs.c), so images stay consistent for it.
import { ctzBlocks } from "./lfs2_ctz.ts";
import { alignUp, corrupt, type Disk, le32 } from "./lfs2_disk.ts";
import {
  appendCommit,
  type Attr,
  attrsSize,
  cloneEntry,
  compactBlock,
  entryAttrs,
  fetchMdir,
  type Gstate,
  gstateData,
  gxor,
  GZERO,
  gzero,
  type Mdir,
  mkTag,
  type Pair,
  pairData,
  pairIsNull,
  pairOverlap,
  pairSame,
  replay,
  T,
  tagId,
  tagType3,
} from "./lfs2_mdir.ts";
import { ERRNO, FsError } from "./types.ts";

export const MAGIC = new TextEncoder().encode("littlefs");
export const DISK_VERSION = 0x00020001;

export interface Superblock {
  version: number;
  blockSize: number;
  blockCount: number;
  nameMax: number;
  fileMax: number;
  attrMax: number;
}

export function superblockData(sb: Superblock): Uint8Array {
  const d = new Uint8Array(24);
  const v = new DataView(d.buffer);
  [sb.version, sb.blockSize, sb.blockCount, sb.nameMax, sb.fileMax, sb.attrMax].forEach((x, i) =>
    v.setUint32(4 * i, x, true)
  );
  return d;
}

/** The superblock entry of a pair (id 0 named "littlefs" with the superblock type), or null. */
export function superblockOf(m: Mdir): Superblock | null {
  const e = m.entries[0];
  if (!e || e.type !== T.SUPERBLOCK || e.name.length !== 8) return null;
  if (!e.name.every((b, i) => b === MAGIC[i])) return null;
  const d = new Uint8Array(24);
  if (e.struct?.type === T.INLINESTRUCT) d.set(e.struct.data.subarray(0, 24));
  const w = (i: number) => le32(d, 4 * i);
  return {
    version: w(0),
    blockSize: w(1),
    blockCount: w(2),
    nameMax: w(3),
    fileMax: w(4),
    attrMax: w(5),
  };
}

const tailAttr = (split: boolean, tail: Pair): Attr => ({
  tag: mkTag(split ? T.HARDTAIL : T.SOFTTAIL, 0x3ff, 8),
  data: pairData(tail),
});

export class Lfs2Core {
  root: Pair = [0, 1];
  superblock!: Superblock;
  /** Global state as on disk (XOR of every pair's delta), as wanted, and stolen from dropped pairs. */
  gdisk: Gstate = GZERO;
  gstate: Gstate = GZERO;
  gdelta: Gstate = GZERO;
  orphans = 0;
  private used: Uint8Array | null = null;
  private cursor = 0;

  constructor(readonly disk: Disk, readonly progSize: number) {}

  get fcrc(): boolean {
    return this.superblock.version >= DISK_VERSION;
  }

  private readonly parsed = new Map<string, { gens: [number, number]; m: Mdir }>();

  /** Metadata pair `pair`, parsed (cached until either block changes; do not modify). */
  fetch(pair: Pair): Mdir {
    const [lo, hi] = pair[0] < pair[1] ? pair : [pair[1], pair[0]];
    const key = `${lo},${hi}`;
    const glo = this.disk.gen(lo), ghi = this.disk.gen(hi);
    const hit = this.parsed.get(key);
    if (hit && hit.gens[0] === glo && hit.gens[1] === ghi) return hit.m;
    const m = fetchMdir(this.disk, pair, this.progSize);
    if (this.parsed.size > 4096) this.parsed.clear();
    this.parsed.set(key, { gens: [glo, ghi], m });
    return m;
  }

  /** Every pair on the metadata list from the superblock, in order. Cycles are EIO. */
  *pairs(): Generator<Mdir> {
    let tail: Pair = [0, 1];
    const seen = new Set<number>();
    while (!pairIsNull(tail)) {
      if (seen.has(tail[0]) || seen.has(tail[1])) throw corrupt("cycle in the metadata list");
      seen.add(tail[0]).add(tail[1]);
      const m = this.fetch(tail);
      yield m;
      tail = m.tail;
    }
  }

  /** Find the root, the superblock and the global state (littlefs's mount scan). */
  scan(): void {
    let root: Pair | null = null;
    let g: Gstate = GZERO;
    for (const m of this.pairs()) {
      const sb = superblockOf(m);
      if (sb) {
        root = m.pair;
        this.superblock = sb;
      }
      g = gxor(g, m.gdelta);
    }
    if (!root) throw new FsError(ERRNO.EINVAL, "not a littlefs v2 filesystem: no superblock");
    this.root = root;
    this.gdisk = g;
    this.gstate = g;
    this.gdelta = GZERO;
    this.orphans = g.tag & 0x80000000 ? 1 : 0;
    this.used = null;
  }

  // --- allocation ---

  /** Blocks reachable from the metadata list: pairs, files, and pairs named by directories. */
  usedBlocks(includeDirStructs = true): Uint8Array {
    const used = new Uint8Array(this.disk.blockCount);
    const mark = (b: number) => {
      if (b >= used.length) throw corrupt(`block ${b} outside the filesystem`);
      used[b] = 1;
    };
    for (const m of this.pairs()) {
      mark(m.pair[0]);
      mark(m.pair[1]);
      for (const e of m.entries) {
        const s = e.struct;
        if (s?.type === T.CTZSTRUCT && s.data.length >= 8) {
          for (const b of ctzBlocks(this.disk, le32(s.data, 0), le32(s.data, 4))) mark(b);
        } else if (includeDirStructs && s?.type === T.DIRSTRUCT && s.data.length >= 8) {
          mark(le32(s.data, 0));
          mark(le32(s.data, 4));
        }
      }
    }
    return used;
  }

  /** How many blocks MicroPython's statvfs counts as used: littlefs's traversal calls, where a
   * directory's first pair is met twice (on the list and named by its parent). */
  usedCount(): number {
    let n = 0;
    for (const m of this.pairs()) {
      n += 2;
      for (const e of m.entries) {
        const s = e.struct;
        if (s?.type === T.CTZSTRUCT && s.data.length >= 8) {
          n += ctzBlocks(this.disk, le32(s.data, 0), le32(s.data, 4)).length;
        } else if (s?.type === T.DIRSTRUCT) {
          n += 2;
        }
      }
    }
    return n;
  }

  /** Forget what the allocator knows (after a failed operation). */
  resetAlloc(): void {
    this.used = null;
  }

  alloc = (): number => {
    if (!this.used) this.used = this.usedBlocks();
    let b = this.findFree(this.used);
    if (b < 0) {
      // Rescan for blocks freed since, keeping this operation's blocks (marked 2) taken.
      const fresh = this.usedBlocks();
      for (let i = 0; i < fresh.length; i++) if (this.used[i] === 2) fresh[i] = 2;
      this.used = fresh;
      b = this.findFree(fresh);
      if (b < 0) throw new FsError(ERRNO.ENOSPC, "littlefs: no free blocks left");
    }
    this.used[b] = 2;
    this.cursor = b + 1;
    return b;
  };

  private findFree(used: Uint8Array): number {
    for (let k = 0; k < used.length; k++) {
      const b = (this.cursor + k) % used.length;
      if (!used[b]) return b;
    }
    return -1;
  }

  /** The operation is over: its blocks are linked in or garbage, a rescan tells which. */
  settle(): void {
    if (this.used) {
      for (let b = 0; b < this.used.length; b++) {
        if (this.used[b]) this.used[b] = 1;
      }
    }
  }

  /** A new metadata pair holding `attrs`; returns [written block, other block]. */
  newPair(attrs: Attr[]): Pair {
    const a = this.alloc();
    const b = this.alloc();
    // The other block may hold an old log: outnumber its revision so ours is current.
    const rev = (le32(this.disk.block(b), 0) + 1) >>> 0;
    if (!compactBlock(this.disk, a, rev, attrs, this.progSize, this.fcrc)) {
      throw new FsError(ERRNO.ENOSPC, "littlefs: metadata does not fit in a block");
    }
    return [a, b];
  }

  // --- global state ---

  prepOrphans(n: number): void {
    this.orphans += n;
    this.gstate = {
      tag: ((this.gstate.tag & 0x7fffffff) | (this.orphans > 0 ? 0x80000000 : 0)) >>> 0,
      pair: this.gstate.pair,
    };
  }

  prepMove(id: number, pair: Pair | null): void {
    const keep = this.gstate.tag & ~mkTag(0x7ff, 0x3ff, 0);
    this.gstate = pair
      ? { tag: (keep | mkTag(T.DELETE, id, 0)) >>> 0, pair: [pair[0], pair[1]] }
      : { tag: keep >>> 0, pair: [0, 0] };
  }

  /** The pair whose tail is `pair`, or null. */
  pred(pair: Pair): Mdir | null {
    for (const m of this.pairs()) if (!pairIsNull(m.tail) && pairOverlap(m.tail, pair)) return m;
    return null;
  }

  /** The directory entry naming `pair`, or null. */
  parent(pair: Pair): { m: Mdir; id: number; pair: Pair } | null {
    for (const m of this.pairs()) {
      for (let id = 0; id < m.entries.length; id++) {
        const s = m.entries[id].struct;
        if (s?.type !== T.DIRSTRUCT || s.data.length < 8) continue;
        const p: Pair = [le32(s.data, 0), le32(s.data, 4)];
        if (pairOverlap(p, pair)) return { m, id, pair: p };
      }
    }
    return null;
  }

  // --- commits ---

  /** Commit `attrs` to the pair `pair` (see the header). */
  commit(pair: Pair, attrs: Attr[]): void {
    const m = this.fetch(pair);
    const entries = m.entries.map(cloneEntry);
    const st = { tail: m.tail, split: m.split, gdelta: m.gdelta };
    replay(entries, attrs, st);

    if (entries.length === 0 && attrs.some((a) => tagType3(a.tag) === T.DELETE)) {
      const pred = this.pred(m.pair);
      if (pred?.split) {
        // An empty extra pair of a directory: unlink it, keeping its share of the gstate.
        this.gdelta = gxor(this.gdelta, m.gdelta);
        this.commit(pred.pair, [tailAttr(st.split, st.tail)]);
        return;
      }
    }

    const delta = gxor(gxor(this.gstate, this.gdisk), this.gdelta);
    delta.tag = (delta.tag & ~0x3ff) >>> 0;
    const mine = gxor(m.gdelta, delta);
    const log = gzero(delta)
      ? attrs
      : [...attrs, { tag: mkTag(T.MOVESTATE, 0x3ff, 12), data: gstateData(mine) }];
    if (!appendCommit(this.disk, m, log, this.progSize, this.fcrc)) {
      this.compact(m, entries, st.tail, st.split, mine);
    }
    this.gdisk = this.gstate;
    this.gdelta = GZERO;
  }

  /** Rewrite `m` with `entries`, moving its upper ids to new pairs while over half a block. */
  private compact(m: Mdir, entries: typeof m.entries, tail: Pair, split: boolean, g: Gstate) {
    const bs = this.disk.blockSize;
    const limit = Math.min(bs - 40, alignUp(bs / 2, this.progSize));
    const sizeOf = (from: number, to: number) => {
      let n = 0;
      for (let i = from; i < to; i++) n += attrsSize(entryAttrs(entries[i], i));
      return n;
    };
    let end = entries.length;
    for (;;) {
      let cut = 0;
      while (end - cut > 1) {
        if (end - cut < 0xff && sizeOf(cut, end) <= limit) break;
        cut += Math.floor((end - cut) / 2);
      }
      if (cut === 0) break;
      const moved = entries.slice(cut, end).flatMap((e, i) => entryAttrs(e, i));
      if (!pairIsNull(tail)) moved.push(tailAttr(split, tail));
      tail = this.newPair(moved);
      split = true;
      end = cut;
    }
    const attrs = entries.slice(0, end).flatMap((e, i) => entryAttrs(e, i));
    if (!pairIsNull(tail)) attrs.push(tailAttr(split, tail));
    if (!gzero(g)) attrs.push({ tag: mkTag(T.MOVESTATE, 0x3ff, 12), data: gstateData(g) });
    const rev = (m.rev + 1) >>> 0;
    if (!compactBlock(this.disk, m.pair[1], rev, attrs, this.progSize, this.fcrc)) {
      throw new FsError(ERRNO.ENOSPC, "littlefs: metadata does not fit in a block");
    }
  }

  /** Unlink the (now unreferenced) directory pair `pair` from the metadata list. */
  dropPair(pair: Pair): void {
    const dir = this.fetch(pair);
    const pred = this.pred(dir.pair);
    if (!pred) return;
    this.gdelta = gxor(this.gdelta, dir.gdelta);
    this.commit(pred.pair, [tailAttr(dir.split, dir.tail)]);
  }

  // --- repairs before writing (lfs_fs_forceconsistency) ---

  forceConsistency(): void {
    if (this.superblock.version < DISK_VERSION) {
      const sb = { ...this.superblock, version: DISK_VERSION };
      this.commit(this.root, [
        { tag: mkTag(T.INLINESTRUCT, 0, 24), data: superblockData(sb) },
      ]);
      this.superblock = sb;
    }
    if ((this.gdisk.tag >>> 20) & 0x700) {
      const id = tagId(this.gdisk.tag);
      const pair: Pair = [this.gdisk.pair[0], this.gdisk.pair[1]];
      this.prepMove(0x3ff, null);
      this.commit(pair, [{ tag: mkTag(T.DELETE, id, 0), data: new Uint8Array(0) }]);
    }
    if (this.orphans > 0) {
      this.deorphan();
      this.prepOrphans(-this.orphans);
    }
  }

  /** Unlink pairs no directory names, and point tails at pairs their parent moved to. */
  private deorphan(): void {
    for (let round = 0; round <= this.disk.blockCount; round++) {
      let prev: Mdir | null = null;
      let fixed = false;
      for (const m of this.pairs()) {
        if (prev && !prev.split) {
          const parent = this.parent(m.pair);
          if (!parent) {
            this.gdelta = gxor(this.gdelta, m.gdelta);
            this.commit(prev.pair, [tailAttr(m.split, m.tail)]);
            fixed = true;
          } else if (!pairSame(parent.pair, prev.tail)) {
            this.commit(prev.pair, [tailAttr(false, parent.pair)]);
            fixed = true;
          }
          if (fixed) break;
        }
        prev = m;
      }
      if (!fixed) return;
    }
    throw corrupt("orphaned metadata pairs could not be repaired");
  }
}
