// littlefs v2 metadata pairs (SPEC.md "Directories / Metadata pairs", "Metadata tags"): two
// blocks holding an append-only log of commits; the block with the newer revision count and a
// valid commit is current. A commit is a run of 32-bit big-endian tags, each XORed with the one
// before (the first with 0xffffffff) and followed by its data, closed by a CRC tag whose CRC
// covers everything since the previous CRC (the revision count too, for the first commit).
//
// `fetchMdir` replays the valid commits into a list of entries by id (create/delete tags splice
// ids in and out); `writeCommit` appends tags to a pair's log and `compactBlock` rewrites a pair
// from scratch. What to commit, and when to compact or split, is decided in lfs2_commit.ts.
import { lfsCrc } from "./lfs2_crc.ts";
import { be32, corrupt, type Disk, le32, putBe32, putLe32 } from "./lfs2_disk.ts";

export const T = {
  REG: 0x001,
  DIR: 0x002,
  SUPERBLOCK: 0x0ff,
  DIRSTRUCT: 0x200,
  INLINESTRUCT: 0x201,
  CTZSTRUCT: 0x202,
  USERATTR: 0x300,
  CREATE: 0x401,
  DELETE: 0x4ff,
  CCRC: 0x500,
  FCRC: 0x5ff,
  SOFTTAIL: 0x600,
  HARDTAIL: 0x601,
  MOVESTATE: 0x7ff,
} as const;

export const NULL_BLOCK = 0xffffffff;
export type Pair = [number, number];

export const mkTag = (type: number, id: number, size: number): number =>
  ((type << 20) | (id << 10) | size) >>> 0;
export const tagType3 = (t: number): number => (t >>> 20) & 0x7ff;
export const tagType1 = (t: number): number => (t >>> 20) & 0x700;
export const tagChunk = (t: number): number => (t >>> 20) & 0xff;
export const tagId = (t: number): number => (t >>> 10) & 0x3ff;
export const tagSize = (t: number): number => t & 0x3ff;
const isDeleteTag = (t: number): boolean => (t & 0x3ff) === 0x3ff;
/** Bytes a tag takes on disk: itself and its data (none for a deleted tag). */
export const tagDsize = (t: number): number => 4 + (isDeleteTag(t) ? 0 : t & 0x3ff);

export const pairIsNull = (p: Pair): boolean => p[0] === NULL_BLOCK || p[1] === NULL_BLOCK;
/** The two pairs share a block (littlefs compares pairs this way). */
export const pairOverlap = (a: Pair, b: Pair): boolean =>
  a[0] === b[0] || a[0] === b[1] || a[1] === b[0] || a[1] === b[1];
export const pairSame = (a: Pair, b: Pair): boolean =>
  (a[0] === b[0] && a[1] === b[1]) || (a[0] === b[1] && a[1] === b[0]);
/** Sequence comparison of revision counts (wraps around). */
const revNewer = (a: number, b: number): boolean => ((a - b) | 0) > 0;

/** The global state: a pending move (delete tag + pair) and the orphan bit (tag bit 31). */
export interface Gstate {
  tag: number;
  pair: Pair;
}
export const GZERO: Gstate = { tag: 0, pair: [0, 0] };
export const gxor = (a: Gstate, b: Gstate): Gstate => ({
  tag: (a.tag ^ b.tag) >>> 0,
  pair: [(a.pair[0] ^ b.pair[0]) >>> 0, (a.pair[1] ^ b.pair[1]) >>> 0],
});
export const gzero = (g: Gstate): boolean => g.tag === 0 && g.pair[0] === 0 && g.pair[1] === 0;

/** One id of a pair: its name tag (type and name), its struct, its user attributes. */
export interface MEntry {
  /** Name tag type (REG, DIR, SUPERBLOCK), or -1 for an id that has no name tag. */
  type: number;
  name: Uint8Array;
  struct: { type: number; data: Uint8Array } | null;
  attrs: Map<number, Uint8Array>;
}

/** A tag to commit (id, type and size in `tag`) with its data. */
export interface Attr {
  tag: number;
  data: Uint8Array;
}

export interface Mdir {
  /** [current block, other block]. */
  pair: Pair;
  rev: number;
  /** End of the last valid commit in pair[0], and the tag to XOR the next commit's first with. */
  off: number;
  etag: number;
  /** The log can be appended to at `off`. */
  erased: boolean;
  entries: MEntry[];
  tail: Pair;
  /** The tail is a hard tail: the next pair holds more of this directory. */
  split: boolean;
  gdelta: Gstate;
}

const EMPTY = new Uint8Array(0);
const placeholder = (): MEntry => ({ type: -1, name: EMPTY, struct: null, attrs: new Map() });

export function cloneEntry(e: MEntry): MEntry {
  return { type: e.type, name: e.name, struct: e.struct, attrs: new Map(e.attrs) };
}

/** Apply tags in order to `entries` (mutated), returning tail/split/gstate changes seen. */
export function replay(
  entries: MEntry[],
  attrs: Iterable<Attr>,
  state: { tail: Pair; split: boolean; gdelta: Gstate },
): void {
  const at = (id: number): MEntry => {
    while (entries.length <= id) entries.push(placeholder());
    return entries[id];
  };
  for (const { tag, data } of attrs) {
    const id = tagId(tag);
    const type1 = tagType1(tag);
    if (type1 === 0x400) {
      if (id === 0x3ff) continue;
      if (tagType3(tag) === T.CREATE) {
        if (id >= entries.length) at(id);
        else entries.splice(id, 0, placeholder());
      } else if (tagType3(tag) === T.DELETE && id < entries.length) {
        entries.splice(id, 1);
      }
    } else if (type1 === 0x000) {
      if (id === 0x3ff || isDeleteTag(tag)) continue;
      const e = at(id);
      e.type = tagType3(tag);
      e.name = data;
    } else if (type1 === 0x200) {
      if (id === 0x3ff) continue;
      at(id).struct = isDeleteTag(tag) ? null : { type: tagType3(tag), data };
    } else if (type1 === 0x300) {
      if (id === 0x3ff) continue;
      if (isDeleteTag(tag)) at(id).attrs.delete(tagChunk(tag));
      else at(id).attrs.set(tagChunk(tag), data);
    } else if (type1 === 0x600) {
      const d = new Uint8Array(8).fill(0xff);
      d.set(data.subarray(0, 8));
      state.tail = [le32(d, 0), le32(d, 4)];
      state.split = (tagChunk(tag) & 1) === 1;
    } else if (tagType3(tag) === T.MOVESTATE) {
      const d = new Uint8Array(12);
      d.set(data.subarray(0, 12));
      state.gdelta = { tag: le32(d, 0), pair: [le32(d, 4), le32(d, 8)] };
    }
  }
}

interface Parsed {
  off: number;
  etag: number;
  erased: boolean;
  tags: Attr[];
}

/** Scan one block's log; null when it holds no valid commit. */
function parseBlock(buf: Uint8Array, progSize: number): Parsed | null {
  const size = buf.length;
  let off = 4;
  let ptag = 0xffffffff;
  let crc = lfsCrc(0xffffffff, buf, 0, 4);
  const committed: Attr[] = [];
  let pending: Attr[] = [];
  let pendingFcrc: { size: number; crc: number } | null = null;
  let done: Parsed | null = null;
  let fcrc: { size: number; crc: number } | null = null;
  let maybeErased = false;
  while (off + 4 <= size) {
    crc = lfsCrc(crc, buf, off, off + 4);
    const tag = (be32(buf, off) ^ ptag) >>> 0;
    if (tag & 0x80000000) {
      maybeErased = ((ptag >>> 20) & 0x780) === 0x500;
      break;
    }
    const dsize = tagDsize(tag);
    if (off + dsize > size) break;
    ptag = tag;
    if (((tag >>> 20) & 0x780) === 0x500) {
      if (off + 8 > size || le32(buf, off + 4) !== crc) break;
      ptag = (ptag ^ ((tagChunk(tag) & 1) << 31)) >>> 0;
      off += dsize;
      for (const p of pending) committed.push(p);
      done = { off, etag: ptag, erased: false, tags: committed };
      fcrc = pendingFcrc;
      pending = [];
      pendingFcrc = null;
      crc = 0xffffffff;
      continue;
    }
    crc = lfsCrc(crc, buf, off + 4, off + dsize);
    if (tagType3(tag) === T.FCRC) {
      if (dsize >= 12) pendingFcrc = { size: le32(buf, off + 4), crc: le32(buf, off + 8) };
    } else {
      pending.push({ tag, data: buf.slice(off + 4, off + dsize) });
    }
    off += dsize;
  }
  if (!done) return null;
  if (maybeErased && ptag === done.etag && done.off % progSize === 0) {
    if (fcrc) {
      const end = done.off + fcrc.size;
      done.erased = end <= size && lfsCrc(0xffffffff, buf, done.off, end) === fcrc.crc;
    } else {
      done.erased = buf.subarray(done.off).every((b) => b === 0xff);
    }
  }
  return done;
}

/** Read metadata pair `pair`: the newest block with a valid commit, replayed. */
export function fetchMdir(disk: Disk, pair: Pair, progSize: number): Mdir {
  if (pair[0] >= disk.blockCount || pair[1] >= disk.blockCount) {
    throw corrupt(`metadata pair {${pair[0]}, ${pair[1]}} outside the filesystem`);
  }
  const revs = [le32(disk.block(pair[0]), 0), le32(disk.block(pair[1]), 0)];
  const first = revNewer(revs[1], revs[0]) ? 1 : 0;
  for (const i of [first, 1 - first]) {
    const parsed = parseBlock(disk.block(pair[i]), progSize);
    if (!parsed) continue;
    const state = { tail: [NULL_BLOCK, NULL_BLOCK] as Pair, split: false, gdelta: GZERO };
    const entries: MEntry[] = [];
    replay(entries, parsed.tags, state);
    return {
      pair: [pair[i], pair[1 - i]],
      rev: revs[i],
      off: parsed.off,
      etag: parsed.etag,
      erased: parsed.erased,
      entries,
      ...state,
    };
  }
  throw corrupt(`corrupted metadata pair {${pair[0]}, ${pair[1]}}`);
}

/** Tags describing entry `e` as id `id` (name, struct, user attributes). */
export function entryAttrs(e: MEntry, id: number): Attr[] {
  const out: Attr[] = [];
  if (e.type >= 0) out.push({ tag: mkTag(e.type, id, e.name.length), data: e.name });
  if (e.struct) {
    out.push({ tag: mkTag(e.struct.type, id, e.struct.data.length), data: e.struct.data });
  }
  for (const [type, data] of [...e.attrs].sort((a, b) => a[0] - b[0])) {
    out.push({ tag: mkTag(T.USERATTR | type, id, data.length), data });
  }
  return out;
}

export const attrsSize = (attrs: Attr[]): number => attrs.reduce((n, a) => n + tagDsize(a.tag), 0);

export function pairData(p: Pair): Uint8Array {
  const d = new Uint8Array(8);
  putLe32(d, 0, p[0]);
  putLe32(d, 4, p[1]);
  return d;
}

export function gstateData(g: Gstate): Uint8Array {
  const d = new Uint8Array(12);
  putLe32(d, 0, g.tag);
  putLe32(d, 4, g.pair[0]);
  putLe32(d, 8, g.pair[1]);
  return d;
}

/** Builds one commit into a copy of a block: tags, then the CRC (and FCRC) tags and padding. */
export class CommitWriter {
  readonly buf: Uint8Array;
  off: number;
  private crc = 0xffffffff;

  constructor(
    base: Uint8Array,
    readonly start: number,
    private ptag: number,
    private readonly progSize: number,
    private readonly fcrc: boolean,
  ) {
    this.buf = new Uint8Array(base);
    this.off = start;
  }

  raw(bytes: Uint8Array): void {
    this.buf.set(bytes, this.off);
    this.crc = lfsCrc(this.crc, bytes);
    this.off += bytes.length;
  }

  /** Append a tag; false (nothing written) when it would not leave room for the CRC. */
  attr(a: Attr, limit = this.buf.length - 8): boolean {
    const dsize = tagDsize(a.tag);
    if (this.off + dsize > limit) return false;
    const t = new Uint8Array(4);
    putBe32(t, 0, ((a.tag & 0x7fffffff) ^ this.ptag) >>> 0);
    this.raw(t);
    this.raw(a.data.subarray(0, dsize - 4));
    this.ptag = a.tag & 0x7fffffff;
    return true;
  }

  /** Close the commit; returns [end offset, tag for the next commit's XOR chain]. */
  finish(): [number, number] {
    const size = this.buf.length;
    const end = Math.ceil(Math.min(this.off + 20, size) / this.progSize) * this.progSize;
    while (this.off < end) {
      let noff = Math.min(end - (this.off + 4), 0x3fe) + (this.off + 4);
      if (noff < end) noff = Math.min(noff, end - 20);
      if (noff <= this.off) noff = end;
      let eperturb = 0xff;
      if (noff >= end && noff <= size - this.progSize) {
        eperturb = this.buf[noff];
        if (this.fcrc) {
          const d = new Uint8Array(8);
          putLe32(d, 0, this.progSize);
          putLe32(d, 4, lfsCrc(0xffffffff, this.buf, noff, noff + this.progSize));
          this.attr({ tag: mkTag(T.FCRC, 0x3ff, 8), data: d }, size);
        }
      }
      const ntag = mkTag(T.CCRC + ((~eperturb & 0xff) >> 7), 0x3ff, noff - (this.off + 4));
      const t = new Uint8Array(8);
      putBe32(t, 0, (ntag ^ this.ptag) >>> 0);
      this.crc = lfsCrc(this.crc, t, 0, 4);
      putLe32(t, 4, this.crc);
      this.buf.set(t, this.off);
      this.buf.fill(0xff, this.off + 8, noff);
      this.off = noff;
      this.ptag = (ntag ^ ((~eperturb & 0x80) << 24)) >>> 0;
      this.crc = 0xffffffff;
    }
    return [this.off, this.ptag];
  }
}

/** Erase block `b` and write a fresh log into it: revision, tags, CRC. False if they don't fit. */
export function compactBlock(
  disk: Disk,
  b: number,
  rev: number,
  attrs: Attr[],
  progSize: number,
  fcrc: boolean,
): boolean {
  const fits = 4 + attrsSize(attrs) <= disk.blockSize - 8;
  if (!fits) return false;
  disk.erase(b);
  const w = new CommitWriter(disk.block(b), 0, 0xffffffff, progSize, fcrc);
  const r = new Uint8Array(4);
  putLe32(r, 0, rev);
  w.raw(r);
  for (const a of attrs) w.attr(a);
  const [end] = w.finish();
  disk.prog(b, 0, w.buf.subarray(0, end));
  return true;
}

/** Append one commit to `m`'s current block; false (nothing written) if it doesn't fit. */
export function appendCommit(
  disk: Disk,
  m: Mdir,
  attrs: Attr[],
  progSize: number,
  fcrc: boolean,
): boolean {
  if (!m.erased) return false;
  const w = new CommitWriter(disk.block(m.pair[0]), m.off, m.etag, progSize, fcrc);
  for (const a of attrs) if (!w.attr(a)) return false;
  const [end] = w.finish();
  disk.prog(m.pair[0], m.off, w.buf.subarray(m.off, end));
  return true;
}
