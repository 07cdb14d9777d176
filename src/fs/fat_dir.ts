// FAT directories as FatFs reads and writes them: 32-byte entries in the fixed root area of
// FAT12/16 or in a cluster chain (at most 65536 entries); an 8.3 entry (name, attributes, NT
// case bits, times, first cluster, size) preceded by long-name entries (attribute 0x0f, order
// numbers counting down to 1, the first one flagged 0x40, each with the short name's checksum
// and 13 UTF-16 units). Reading follows FatFs's dir_read/dir_find: deleted (0xe5), dot and
// volume-label entries are skipped, a long name counts only when its sequence is complete and
// its checksum matches, a 0 byte ends the directory. Directory clusters are read when first
// reached, as FatFs does, so a broken chain after the end marker does not matter.
import { fatError } from "./fat_layout.ts";
import type { FatTable, SectorIO } from "./fat_disk.ts";
import { corrupt, noSpace } from "./fat_disk.ts";
import type { FatVolumeInfo } from "./fat_layout.ts";
import { rd16 } from "./fat_layout.ts";
import {
  type FatName,
  LFN_OFFSETS,
  lfnToString,
  NS,
  numberedName,
  sfnChecksum,
  sfnToString,
  wtoupper,
} from "./fat_names.ts";

/** Entries a directory can have (FatFs's MAX_DIR, 2 MiB of entries). */
export const MAX_DIR_ENTRIES = 0x10000;

export const ATTR = { RDO: 0x01, HID: 0x02, SYS: 0x04, VOL: 0x08, DIR: 0x10, ARC: 0x20 };
const LFN_ATTR = 0x0f;

/** EACCES, which MicroPython raises for FatFs's FR_DENIED (no room for an entry, a directory
 * not empty, a read-only object). */
export const EACCES = 13;

/** Where writes go: dirty sectors, flushed by the volume. */
export interface SectorSink {
  markDirty(sector: number, data: Uint8Array): void;
}

/** One directory: its entries, loaded a cluster at a time. */
export class Dir {
  readonly fixed: boolean;
  readonly clusters: number[] = [];
  #chunks: Uint8Array[] = [];
  #views: Uint8Array[] = [];
  #ended = false;
  readonly perChunk: number;
  readonly maxEntries: number;

  /** `sclust` 0 is the root directory. */
  constructor(
    readonly sclust: number,
    readonly v: FatVolumeInfo,
    readonly io: SectorIO,
    readonly fat: FatTable,
    readonly sink: SectorSink,
  ) {
    this.fixed = sclust === 0 && v.fatType !== 32;
    this.perChunk = this.fixed ? v.rootEntries : fat.clusterBytes / 32;
    this.maxEntries = this.fixed ? v.rootEntries : MAX_DIR_ENTRIES;
  }

  /** First cluster of the table (the FAT32 root's for sclust 0). */
  get startCluster(): number {
    return this.sclust === 0 ? this.v.dirBase : this.sclust;
  }

  clusterSector(c: number): number {
    return this.v.dataBase + (c - 2) * this.v.sectorsPerCluster;
  }

  #loadNext(): boolean {
    if (this.#ended) return false;
    if (this.fixed) {
      const n = (this.v.rootEntries * 32) / this.v.sectorSize;
      this.#chunks.push(this.io.read(this.v.dirBase, n));
      this.#ended = true;
      return true;
    }
    let c: number;
    if (this.clusters.length === 0) {
      c = this.startCluster;
    } else {
      c = this.fat.get(this.clusters[this.clusters.length - 1]);
      if (this.fat.isEnd(c)) {
        this.#ended = true;
        return false;
      }
      if (c < 2) throw corrupt(`directory cluster chain is broken`);
    }
    if (!(c >= 2 && c < this.v.nFatent)) throw corrupt(`directory cluster ${c} is out of range`);
    if (this.clusters.length >= this.fat.maxChain) throw corrupt("directory cluster chain loops");
    this.#chunks.push(this.io.read(this.clusterSector(c), this.v.sectorsPerCluster));
    this.clusters.push(c);
    return true;
  }

  /** The 32 bytes of entry `i` (a view: changes need `touch`), or null past the end. */
  entry(i: number): Uint8Array | null {
    const known = this.#views[i];
    if (known) return known;
    if (i >= this.maxEntries) return null;
    const k = Math.floor(i / this.perChunk);
    while (this.#chunks.length <= k) if (!this.#loadNext()) return null;
    const at = (i % this.perChunk) * 32;
    return (this.#views[i] = this.#chunks[k].subarray(at, at + 32));
  }

  /** The sector holding entry `i` and its bytes. */
  #sectorOf(i: number): [number, Uint8Array] {
    const ss = this.v.sectorSize;
    const k = Math.floor(i / this.perChunk);
    const within = Math.floor(((i % this.perChunk) * 32) / ss);
    const base = this.fixed ? this.v.dirBase : this.clusterSector(this.clusters[k]);
    return [base + within, this.#chunks[k].subarray(within * ss, (within + 1) * ss)];
  }

  /** Mark entry `i` changed. */
  touch(i: number): void {
    const [sector, data] = this.#sectorOf(i);
    this.sink.markDirty(sector, data);
  }

  /** Add a zeroed cluster at the end (FatFs stretches a directory this way); false when the
   * directory cannot grow (fixed root, 65536 entries, or no free cluster). */
  stretch(): boolean {
    while (this.#loadNext());
    if (this.fixed || (this.clusters.length + 1) * this.perChunk > MAX_DIR_ENTRIES) return false;
    const last = this.clusters[this.clusters.length - 1];
    const c = this.fat.allocate(last ?? 0);
    if (c === null) return false;
    const zero = new Uint8Array(this.fat.clusterBytes);
    this.io.write(this.clusterSector(c), zero);
    this.clusters.push(c);
    this.#chunks.push(zero);
    return true;
  }
}

/** A directory item as FatFs's readdir gives it. */
export interface DirItem {
  /** Index of the 8.3 entry. */
  index: number;
  /** Index of the first long-name entry, or -1. */
  blk: number;
  name: string;
  entry: Uint8Array;
}

/** First cluster of an entry (the high word only on FAT32). */
export function entryCluster(e: Uint8Array, fat32: boolean): number {
  return (rd16(e, 26) | (fat32 ? rd16(e, 20) << 16 : 0)) >>> 0;
}

export function setEntryCluster(e: Uint8Array, c: number, fat32: boolean): void {
  e[26] = c & 0xff;
  e[27] = (c >>> 8) & 0xff;
  if (fat32) {
    e[20] = (c >>> 16) & 0xff;
    e[21] = (c >>> 24) & 0xff;
  }
}

/** pick_lfn: copy an entry's part of a long name into `buf`. */
function pickLfn(buf: Uint16Array, e: Uint8Array): boolean {
  if (rd16(e, 26) !== 0) return false;
  let i = ((e[0] & 0xbf) - 1) * 13;
  if (i < 0) return false;
  let wc = 1;
  for (const off of LFN_OFFSETS) {
    const uc = rd16(e, off);
    if (wc !== 0) {
      if (i >= 256) return false;
      buf[i++] = wc = uc;
    } else if (uc !== 0xffff) {
      return false;
    }
  }
  if (e[0] & 0x40 && wc !== 0) {
    if (i >= 256) return false;
    buf[i] = 0;
  }
  return true;
}

/** cmp_lfn: whether an entry's part of a long name matches `name` (case-insensitively). */
function cmpLfn(name: Uint16Array, e: Uint8Array): boolean {
  if (rd16(e, 26) !== 0) return false;
  let i = ((e[0] & 0x3f) - 1) * 13;
  if (i < 0) return false;
  let wc = 1;
  for (const off of LFN_OFFSETS) {
    const uc = rd16(e, off);
    if (wc !== 0) {
      if (i >= 256 || wtoupper(uc) !== wtoupper(name[i++])) return false;
      wc = uc;
    } else if (uc !== 0xffff) {
      return false;
    }
  }
  return !(e[0] & 0x40 && wc !== 0 && name[i] !== 0);
}

/** dir_read + get_fileinfo: the files and directories of a directory, in order. */
export function* readDir(dir: Dir): Generator<DirItem> {
  const buf = new Uint16Array(257);
  let ord = 0xff;
  let sum = 0xff;
  let blk = -1;
  for (let i = 0;; i++) {
    const e = dir.entry(i);
    if (!e || e[0] === 0) return;
    const attr = e[11] & 0x3f;
    let b = e[0];
    if (b === 0xe5 || b === 0x2e || (attr & ~ATTR.ARC) === ATTR.VOL) {
      ord = 0xff;
      continue;
    }
    if (attr === LFN_ATTR) {
      if (b & 0x40) {
        sum = e[13];
        b &= ~0x40;
        ord = b;
        blk = i;
      }
      ord = b === ord && sum === e[13] && pickLfn(buf, e) ? ord - 1 : 0xff;
      continue;
    }
    const hasLfn = ord === 0 && sum === sfnChecksum(e);
    let name: string | null = null;
    if (hasLfn) {
      let n = 0;
      while (n < 256 && buf[n] !== 0) n++;
      name = n < 256 ? lfnToString(buf, n) : null;
    }
    yield { index: i, blk: hasLfn ? blk : -1, name: name ?? sfnToString(e, 0), entry: e };
    ord = 0xff;
    sum = 0xff;
  }
}

function sameSfn(sfn: Uint8Array, e: Uint8Array): boolean {
  for (let k = 0; k < 11; k++) if (sfn[k] !== e[k]) return false;
  return true;
}

/** dir_find: the entry named `nm` (long name ignoring case, or the exact 8.3 name when the
 * name converts without loss); with `sfnOnly` just the 8.3 name. */
export function findEntry(
  dir: Dir,
  nm: FatName,
  sfn: Uint8Array = nm.sfn,
  sfnOnly = false,
): { index: number; blk: number } | null {
  const name = new Uint16Array(270);
  name.set(nm.lfn);
  let ord = 0xff;
  let sum = 0xff;
  let blk = -1;
  const lossless = sfnOnly || !(nm.flags & NS.LOSS);
  for (let i = 0;; i++) {
    const e = dir.entry(i);
    if (!e || e[0] === 0) return null;
    let c = e[0];
    const a = e[11] & 0x3f;
    if (c === 0xe5 || (a & ATTR.VOL && a !== LFN_ATTR)) {
      ord = 0xff;
      blk = -1;
      continue;
    }
    if (a === LFN_ATTR) {
      if (!sfnOnly) {
        if (c & 0x40) {
          sum = e[13];
          c &= ~0x40;
          ord = c;
          blk = i;
        }
        ord = c === ord && sum === e[13] && cmpLfn(name, e) ? ord - 1 : 0xff;
      }
      continue;
    }
    if (!sfnOnly && ord === 0 && sum === sfnChecksum(e)) return { index: i, blk };
    if (lossless && sameSfn(sfn, e)) return { index: i, blk };
    ord = 0xff;
    blk = -1;
  }
}

/** dir_alloc: `n` consecutive free entries (stretching the directory); index of the first. */
function allocEntries(dir: Dir, n: number): number {
  let run = 0;
  for (let i = 0;; i++) {
    let e = dir.entry(i);
    if (!e) {
      if (!dir.stretch()) {
        throw noSpace(EACCES, "no room for a directory entry");
      }
      e = dir.entry(i);
      if (!e) throw corrupt("directory did not grow");
    }
    if (e[0] === 0xe5 || e[0] === 0) {
      if (++run === n) return i - n + 1;
    } else {
      run = 0;
    }
  }
}

/** dir_register: write the entries of a new name (a numbered 8.3 name when the conversion
 * was lossy). Returns the index of the 8.3 entry, zeroed but for name and case bits. */
export function registerEntry(dir: Dir, nm: FatName): { index: number; blk: number } {
  let sfn = nm.sfn;
  if (nm.flags & NS.LOSS) {
    let n = 1;
    for (; n < 100; n++) {
      sfn = numberedName(nm.sfn, nm.lfn, n);
      if (!findEntry(dir, nm, sfn, true)) break;
    }
    if (n === 100) throw fatError(EACCES, "FAT: too many names with the same 8.3 form");
  }
  const nent = nm.flags & NS.LFN ? Math.floor((nm.lfn.length + 12) / 13) + 1 : 1;
  const first = allocEntries(dir, nent);
  const sum = sfnChecksum(sfn);
  const lfn = new Uint16Array(nm.lfn.length + 14);
  lfn.set(nm.lfn);
  for (let k = 0; k < nent - 1; k++) {
    const ord = nent - 1 - k;
    const e = dir.entry(first + k)!;
    e.fill(0);
    e[11] = LFN_ATTR;
    e[13] = sum;
    let i = (ord - 1) * 13;
    let wc = 0;
    for (const off of LFN_OFFSETS) {
      if (wc !== 0xffff) wc = lfn[i++];
      e[off] = wc & 0xff;
      e[off + 1] = wc >> 8;
      if (wc === 0) wc = 0xffff;
    }
    e[0] = wc === 0xffff || !lfn[i] ? ord | 0x40 : ord;
    dir.touch(first + k);
  }
  const index = first + nent - 1;
  const e = dir.entry(index)!;
  e.fill(0);
  e.set(sfn, 0);
  e[12] = nm.flags & (NS.BODY | NS.EXT);
  dir.touch(index);
  return { index, blk: nent > 1 ? first : -1 };
}

/** dir_remove: mark an object's entries deleted (its long-name entries through the 8.3 one). */
export function removeEntries(dir: Dir, found: { index: number; blk: number }): void {
  const from = found.blk >= 0 ? found.blk : found.index;
  for (let i = from; i <= found.index; i++) {
    const e = dir.entry(i);
    if (!e) throw corrupt("directory entry vanished");
    e[0] = 0xe5;
    dir.touch(i);
  }
}
