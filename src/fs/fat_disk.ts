// Sectors and the FAT of a mounted FAT volume: sector reads and writes over a BlockDevice (any
// block size; a sector is found by its byte address), the file allocation table with a cache of
// its sectors, cluster chains and cluster allocation as FatFs does it (a new chain starts after
// the last allocated cluster, a growing chain takes the next cluster when free). Every walk is
// bounded: a chain never has more clusters than the volume or the device, so a corrupt image
// gives FsError(EIO), never a hang.
import { fatError } from "./fat_layout.ts";
import type { FatVolumeInfo } from "./fat_layout.ts";
import { rd16, rd32 } from "./fat_layout.ts";
import { type BlockDevice, ERRNO, FsError } from "./types.ts";

export const corrupt = (what: string): FsError => fatError(ERRNO.EIO, `FAT: ${what}`);

const SPACE = new WeakSet<FsError>();

/** An error for a full volume or directory (so buildFat can say the tree does not fit). */
export function noSpace(errno: number, what: string): FsError {
  const e = fatError(errno, `FAT: ${what}`);
  SPACE.add(e);
  return e;
}

export const isSpaceError = (e: unknown): boolean => e instanceof FsError && SPACE.has(e);

/** Sector I/O of `ss`-byte sectors over a block device. */
export class SectorIO {
  readonly sectors: number;
  constructor(readonly dev: BlockDevice, readonly ss: number) {
    this.sectors = Math.floor((dev.blockCount * dev.blockSize) / ss);
  }

  #check(sector: number, n: number) {
    if (!Number.isSafeInteger(sector) || sector < 0 || sector + n > this.sectors) {
      throw corrupt(`sector ${sector} is outside the device (${this.sectors} sectors)`);
    }
  }

  read(sector: number, n = 1): Uint8Array {
    this.#check(sector, n);
    const buf = new Uint8Array(n * this.ss);
    const byte = sector * this.ss;
    try {
      this.dev.readBlocks(Math.floor(byte / this.dev.blockSize), buf, byte % this.dev.blockSize);
    } catch (e) {
      if (e instanceof FsError) throw e;
      throw corrupt(`device read error: ${(e as Error)?.message ?? e}`);
    }
    return buf;
  }

  write(sector: number, data: Uint8Array): void {
    this.#check(sector, data.length / this.ss);
    if (!this.dev.writeBlocks) throw fatError(ERRNO.EROFS, "FAT: the device is read-only");
    const byte = sector * this.ss;
    try {
      this.dev.writeBlocks(Math.floor(byte / this.dev.blockSize), data, byte % this.dev.blockSize);
    } catch (e) {
      if (e instanceof FsError) throw e;
      throw corrupt(`device write error: ${(e as Error)?.message ?? e}`);
    }
  }
}

/** The FAT of a volume, cached by sector; writes go to every FAT copy on flush. */
export class FatTable {
  #cache = new Map<number, Uint8Array>();
  #dirty = new Set<number>();
  /** Exact number of free clusters once counted. */
  #free: number | null = null;
  /** Last allocated cluster (FatFs's last_clst): where the search for a free one starts. */
  last: number;
  /** Clusters a chain can have at most: the volume's, and no more than fit on the device. */
  readonly maxChain: number;
  readonly clusterBytes: number;
  readonly eoc: number;

  constructor(readonly io: SectorIO, readonly v: FatVolumeInfo, last: number) {
    this.last = last;
    this.clusterBytes = v.sectorsPerCluster * v.sectorSize;
    const onDevice = Math.max(0, Math.floor((io.sectors - v.dataBase) / v.sectorsPerCluster));
    this.maxChain = Math.min(v.nFatent - 2, onDevice);
    this.eoc = v.fatType === 12 ? 0xfff : v.fatType === 16 ? 0xffff : 0x0fffffff;
  }

  #sector(index: number): Uint8Array {
    let s = this.#cache.get(index);
    if (!s) {
      if (index >= this.v.fatSectors) throw corrupt(`FAT sector ${index} beyond the FAT`);
      s = this.io.read(this.v.fatBase + index);
      this.#cache.set(index, s);
    }
    return s;
  }

  #byte(offset: number): number {
    const ss = this.v.sectorSize;
    return this.#sector(Math.floor(offset / ss))[offset % ss];
  }

  #setByte(offset: number, value: number) {
    const ss = this.v.sectorSize;
    const index = Math.floor(offset / ss);
    this.#sector(index)[offset % ss] = value;
    this.#dirty.add(index);
  }

  /** The FAT entry of cluster `c` (2 <= c < nFatent). */
  get(c: number): number {
    if (!(c >= 2 && c < this.v.nFatent)) throw corrupt(`cluster ${c} is out of range`);
    const ss = this.v.sectorSize;
    switch (this.v.fatType) {
      case 12: {
        const at = c + (c >> 1);
        const w = this.#byte(at) | (this.#byte(at + 1) << 8);
        return c & 1 ? w >> 4 : w & 0xfff;
      }
      case 16:
        return rd16(this.#sector(Math.floor((c * 2) / ss)), (c * 2) % ss);
      default:
        return rd32(this.#sector(Math.floor((c * 4) / ss)), (c * 4) % ss) & 0x0fffffff;
    }
  }

  /** Set the FAT entry of cluster `c` (FAT32 keeps the upper 4 bits). */
  set(c: number, value: number): void {
    if (!(c >= 2 && c < this.v.nFatent)) throw corrupt(`cluster ${c} is out of range`);
    switch (this.v.fatType) {
      case 12: {
        const at = c + (c >> 1);
        value &= 0xfff;
        if (c & 1) {
          this.#setByte(at, (this.#byte(at) & 0x0f) | ((value << 4) & 0xf0));
          this.#setByte(at + 1, value >> 4);
        } else {
          this.#setByte(at, value & 0xff);
          this.#setByte(at + 1, (this.#byte(at + 1) & 0xf0) | (value >> 8));
        }
        return;
      }
      case 16: {
        const at = c * 2;
        this.#setByte(at, value & 0xff);
        this.#setByte(at + 1, (value >> 8) & 0xff);
        return;
      }
      default: {
        const at = c * 4;
        const top = this.#byte(at + 3) & 0xf0;
        this.#setByte(at, value & 0xff);
        this.#setByte(at + 1, (value >>> 8) & 0xff);
        this.#setByte(at + 2, (value >>> 16) & 0xff);
        this.#setByte(at + 3, top | ((value >>> 24) & 0x0f));
      }
    }
  }

  /** Whether a FAT value ends a chain (FatFs: anything from the cluster count up). */
  isEnd(value: number): boolean {
    return value >= this.v.nFatent;
  }

  /** The first `count` clusters of the chain from `start` (all of it when count is Infinity,
   * up to its end); EIO for a broken chain or one longer than the volume. */
  chain(start: number, count: number, what: string): number[] {
    const out: number[] = [];
    if (count <= 0) return out;
    let c = start;
    for (;;) {
      if (!(c >= 2 && c < this.v.nFatent)) throw corrupt(`${what}: cluster ${c} is out of range`);
      if (out.length >= this.maxChain) throw corrupt(`${what}: cluster chain loops`);
      out.push(c);
      if (out.length >= count) return out;
      const next = this.get(c);
      if (this.isEnd(next)) {
        if (count === Infinity) return out;
        throw corrupt(`${what}: cluster chain ends early`);
      }
      if (next < 2) throw corrupt(`${what}: cluster chain is broken at ${c}`);
      c = next;
    }
  }

  /** Free clusters (counted once, then kept up to date). */
  free(): number {
    if (this.#free === null) {
      let n = 0;
      for (let c = 2; c < this.v.nFatent; c++) if (this.get(c) === 0) n++;
      this.#free = n;
    }
    return this.#free;
  }

  /** create_chain: a free cluster, marked end of chain and linked after `prev` (0: a new
   * chain). null when the volume is full. */
  allocate(prev: number): number | null {
    if (this.free() === 0) return null;
    const n = this.v.nFatent;
    let scl: number;
    let ncl = 0;
    if (prev === 0) {
      scl = this.last;
      if (scl === 0 || scl >= n) scl = 1;
    } else {
      scl = prev;
      ncl = prev + 1 >= n ? 2 : prev + 1;
      if (this.get(ncl) !== 0) {
        if (this.last >= 2 && this.last < n) scl = this.last;
        ncl = 0;
      }
    }
    if (ncl === 0) {
      ncl = scl;
      for (;;) {
        ncl++;
        if (ncl >= n) {
          ncl = 2;
          if (ncl > scl) return null;
        }
        if (this.get(ncl) === 0) break;
        if (ncl === scl) return null;
      }
    }
    this.set(ncl, this.eoc);
    if (prev !== 0) this.set(prev, ncl);
    this.last = ncl;
    this.#free!--;
    return ncl;
  }

  /** remove_chain: free the chain from `start` (FatFs stops at a free entry, so a loop ends). */
  release(start: number): void {
    let c = start;
    for (let steps = 0; c >= 2 && c < this.v.nFatent; steps++) {
      if (steps > this.v.nFatent) throw corrupt("cluster chain loops");
      const next = this.get(c);
      if (next === 0) break;
      if (next === 1) throw corrupt(`cluster chain is broken at ${c}`);
      this.set(c, 0);
      if (this.#free !== null) this.#free++;
      c = next;
    }
  }

  get dirty(): boolean {
    return this.#dirty.size > 0;
  }

  /** Write changed FAT sectors to every copy. */
  flush(): void {
    for (const index of [...this.#dirty].sort((a, b) => a - b)) {
      const s = this.#sector(index);
      for (let k = 0; k < this.v.numFats; k++) {
        this.io.write(this.v.fatBase + k * this.v.fatSectors + index, s);
      }
    }
    this.#dirty.clear();
  }

  /** Forget cached sectors (after a failed write, so the FAT is read again from the device). */
  drop(): void {
    this.#cache.clear();
    this.#dirty.clear();
    this.#free = null;
  }
}
