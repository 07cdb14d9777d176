// A mounted FAT volume (FileSystem): paths, stat, listing and reading, and the writes
// MicroPython's VfsFat makes (create/overwrite a file, mkdir, remove, rmdir, rename) with the
// same entry contents: a new file gets the archive attribute, its creation and modification
// times and no last-access date; a directory gets "." and ".." entries ("..": 0 for the root);
// an overwritten file keeps its name and frees its clusters first (the next allocation starts
// in the hole, as FatFs). Errors carry the errno MicroPython raises for the same FatFs result
// (ENOENT for a missing path or a file used as a directory, EACCES for a directory not empty or
// no room for an entry, EEXIST, EINVAL for a bad name), ENOSPC for data that does not fit.
// Writes are checked for space before anything changes. On FAT32 the FSInfo sector is kept.
import { fatError } from "./fat_layout.ts";
import {
  ATTR,
  Dir,
  type DirItem,
  EACCES,
  entryCluster,
  findEntry,
  readDir,
  registerEntry,
  removeEntries,
  type SectorSink,
  setEntryCluster,
} from "./fat_dir.ts";
import { corrupt, FatTable, noSpace, SectorIO } from "./fat_disk.ts";
import {
  checkBootSector,
  fatTime,
  fatTimeToSeconds,
  type FatVolumeInfo,
  fsInfoSector,
  parseBootSector,
  put16,
  put32,
  rd16,
  rd32,
} from "./fat_layout.ts";
import { makeName } from "./fat_names.ts";
import { type BlockDevice, ERRNO, type FileSystem, type FsDirEntry, type FsStat } from "./types.ts";

/** Options of mountFat. */
export interface FatMountOptions {
  /** Refuse writes even on a writable device (MicroPython's mount(readonly=True)). */
  readonly?: boolean;
  /** The clock for timestamps of what we write (default: now; stored as UTC fields). */
  now?: () => Date;
}

/** stat("/") of MicroPython's VfsFat: a directory dated 2000-01-01. */
const ROOT_MTIME = 946684800;

interface Located {
  dir: Dir;
  index: number;
  blk: number;
  entry: Uint8Array;
}

const isDirEntry = (e: Uint8Array) => (e[11] & ATTR.DIR) !== 0;

/** Find the FAT volume on a device: a boot sector in block 0, or the first FAT partition of an
 * MBR (FatFs looks there when block 0 has a boot signature but no FAT boot sector). */
function locateVolume(dev: BlockDevice): { io: SectorIO; info: FatVolumeInfo } {
  const devIO = new SectorIO(dev, dev.blockSize >= 512 ? dev.blockSize : 512);
  if (devIO.sectors < 1) throw fatError(ERRNO.ENODEV, "FAT: not a FAT filesystem: no blocks");
  const first = devIO.read(0);
  const kind = checkBootSector(first);
  if (kind === 0) {
    // Our own relaxation: the boot sector's sector size need not be the device's block size.
    const ss = rd16(first, 11);
    const io = [512, 1024, 2048, 4096].includes(ss) ? new SectorIO(dev, ss) : devIO;
    return { io, info: parseBootSector(io.read(0), 0, io.ss) };
  }
  if (kind === 2) {
    for (let p = 0; p < 4; p++) {
      const pt = 446 + p * 16;
      const lba = first[pt + 4] ? rd32(first, pt + 8) : 0;
      if (lba === 0 || lba >= devIO.sectors) continue;
      const vbr = devIO.read(lba);
      if (checkBootSector(vbr) === 0) {
        return { io: devIO, info: parseBootSector(vbr, lba, devIO.ss) };
      }
    }
  }
  throw fatError(
    ERRNO.ENODEV,
    kind === 3
      ? "FAT: not a FAT filesystem (no boot signature in block 0)"
      : "FAT: not a FAT filesystem (no FAT boot sector or partition)",
  );
}

export class FatVolume implements FileSystem, SectorSink {
  readonly readonly: boolean;
  readonly io: SectorIO;
  readonly info: FatVolumeInfo;
  readonly fat: FatTable;
  #now: () => Date;
  #dirty = new Map<number, Uint8Array>();
  #dirs = new Map<number, Dir>();

  constructor(dev: BlockDevice, options: FatMountOptions = {}) {
    const { io, info } = locateVolume(dev);
    this.io = io;
    this.info = info;
    this.readonly = !!options.readonly || !dev.writeBlocks;
    this.#now = options.now ?? (() => new Date());
    let last = 0xffffffff;
    if (info.fsInfo) {
      const s = io.read(info.volBase + 1);
      if (rd16(s, 510) === 0xaa55 && rd32(s, 0) === 0x41615252 && rd32(s, 484) === 0x61417272) {
        last = rd32(s, 492);
      }
    }
    this.fat = new FatTable(io, info, last);
  }

  get fat32(): boolean {
    return this.info.fatType === 32;
  }

  markDirty(sector: number, data: Uint8Array): void {
    this.#dirty.set(sector, data);
  }

  #dir(sclust: number): Dir {
    let d = this.#dirs.get(sclust);
    if (!d) {
      d = new Dir(sclust, this.info, this.io, this.fat, this);
      this.#dirs.set(sclust, d);
    }
    return d;
  }

  /** Run one operation; a write flushes what it changed (even when it fails half-way).
   * Directories stay cached between operations (the mount owns the device, as FatFs assumes);
   * our writes change the cached copies, a failed operation drops them. */
  #op<T>(write: boolean, f: () => T): T {
    if (write && this.readonly) throw fatError(ERRNO.EROFS, "FAT: read-only filesystem");
    if (this.#dirs.size > 64) this.#dirs.clear();
    let ok = false;
    try {
      const r = f();
      ok = true;
      return r;
    } finally {
      if (!ok) this.#dirs.clear();
      if (write) this.#flush();
    }
  }

  #flush() {
    const fatChanged = this.fat.dirty;
    try {
      for (const [sector, data] of [...this.#dirty].sort((a, b) => a[0] - b[0])) {
        this.io.write(sector, data);
      }
      this.fat.flush();
      if (this.info.fsInfo && fatChanged) {
        this.io.write(
          this.info.volBase + 1,
          fsInfoSector(this.info.sectorSize, this.fat.free(), this.fat.last >>> 0),
        );
      }
    } catch (e) {
      this.fat.drop();
      this.#dirs.clear();
      throw e;
    } finally {
      this.#dirty.clear();
    }
  }

  /** Path segments (both "/" and "\" separate, as FatFs); "." dropped, ".." lexical. */
  #split(path: string): string[] {
    const out: string[] = [];
    for (const seg of path.split(/[/\\]/)) {
      if (seg === "" || seg === ".") continue;
      if (seg === "..") out.pop();
      else out.push(seg);
    }
    return out;
  }

  /** The directory a path names (ENOENT if missing or a file), with its clusters on the way. */
  #walkDir(segs: string[], path: string, seen?: number[]): Dir {
    let dir = this.#dir(0);
    for (const seg of segs) {
      const f = findEntry(dir, makeName(seg));
      if (!f) throw fatError(ERRNO.ENOENT, `FAT: no such directory: ${path}`);
      const e = dir.entry(f.index)!;
      if (!isDirEntry(e)) throw fatError(ERRNO.ENOENT, `FAT: not a directory: ${path}`);
      const c = entryCluster(e, this.fat32);
      seen?.push(c);
      dir = this.#dir(c);
    }
    return dir;
  }

  /** The entry a path names, or null; the root has none (ENOENT for a missing parent). */
  #locate(segs: string[], path: string): Located | null {
    const dir = this.#walkDir(segs.slice(0, -1), path);
    const f = findEntry(dir, makeName(segs[segs.length - 1]));
    if (!f) return null;
    return { dir, index: f.index, blk: f.blk, entry: dir.entry(f.index)! };
  }

  #must(segs: string[], path: string): Located {
    const loc = this.#locate(segs, path);
    if (!loc) throw fatError(ERRNO.ENOENT, `FAT: no such file or directory: ${path}`);
    return loc;
  }

  /** stat, or null when the last segment is missing (ENOENT still for a missing parent). */
  lookup(path: string): FsStat | null {
    return this.#op(false, () => {
      const segs = this.#split(path);
      if (segs.length === 0) return { kind: "dir", size: 0, mtime: ROOT_MTIME };
      const loc = this.#locate(segs, path);
      return loc ? this.#statOf(loc.entry) : null;
    });
  }

  #statOf(entry: Uint8Array): FsStat {
    return {
      kind: isDirEntry(entry) ? "dir" : "file",
      size: rd32(entry, 28),
      mtime: fatTimeToSeconds(rd16(entry, 24), rd16(entry, 22)),
    };
  }

  stat(path: string): FsStat {
    return this.#op(false, () => {
      const segs = this.#split(path);
      if (segs.length === 0) return { kind: "dir", size: 0, mtime: ROOT_MTIME };
      return this.#statOf(this.#must(segs, path).entry);
    });
  }

  list(path: string): FsDirEntry[] {
    return this.#op(false, () => {
      const dir = this.#walkDir(this.#split(path), path);
      const out: FsDirEntry[] = [];
      for (const item of readDir(dir)) out.push(this.#item(item));
      return out;
    });
  }

  #item(item: DirItem): FsDirEntry {
    const dir = isDirEntry(item.entry);
    return { name: item.name, kind: dir ? "dir" : "file", size: rd32(item.entry, 28) };
  }

  readFile(path: string): Uint8Array {
    return this.#op(false, () => {
      const segs = this.#split(path);
      if (segs.length === 0) throw fatError(ERRNO.ENOENT, `FAT: ${path} is a directory`);
      const { entry } = this.#must(segs, path);
      if (isDirEntry(entry)) throw fatError(ERRNO.ENOENT, `FAT: ${path} is a directory`);
      const size = rd32(entry, 28);
      if (size === 0) return new Uint8Array(0);
      const cb = this.fat.clusterBytes;
      const need = Math.ceil(size / cb);
      if (need > this.fat.maxChain) throw corrupt(`${path}: size ${size} exceeds the volume`);
      const chain = this.fat.chain(entryCluster(entry, this.fat32), need, path);
      const out = new Uint8Array(size);
      const spc = this.info.sectorsPerCluster;
      for (let k = 0; k < chain.length;) {
        let run = 1;
        while (k + run < chain.length && chain[k + run] === chain[k] + run) run++;
        const sector = this.info.dataBase + (chain[k] - 2) * spc;
        const bytes = Math.min(run * cb, size - k * cb);
        const data = this.io.read(sector, Math.ceil(bytes / this.info.sectorSize));
        out.set(data.subarray(0, bytes), k * cb);
        k += run;
      }
      return out;
    });
  }

  #stamp(): number {
    return fatTime(this.#now());
  }

  /** Write `data` to a new chain; returns its first cluster (0 for no data). */
  #writeChain(data: Uint8Array): number {
    if (data.length === 0) return 0;
    const cb = this.fat.clusterBytes;
    const need = Math.ceil(data.length / cb);
    const chain: number[] = [];
    for (let k = 0; k < need; k++) {
      const c = this.fat.allocate(chain.length ? chain[chain.length - 1] : 0);
      if (c === null) throw noSpace(ERRNO.ENOSPC, "no space left on the volume");
      chain.push(c);
    }
    const ss = this.info.sectorSize;
    const spc = this.info.sectorsPerCluster;
    for (let k = 0; k < chain.length;) {
      let run = 1;
      while (k + run < chain.length && chain[k + run] === chain[k] + run) run++;
      const part = data.subarray(k * cb, Math.min(data.length, (k + run) * cb));
      const sectors = Math.ceil(part.length / ss);
      const buf = part.length === sectors * ss ? part : new Uint8Array(sectors * ss);
      if (buf !== part) buf.set(part);
      this.io.write(this.info.dataBase + (chain[k] - 2) * spc, buf);
      k += run;
    }
    return chain[0];
  }

  #clustersOf(e: Uint8Array): number {
    const c = entryCluster(e, this.fat32);
    if (c < 2 || c >= this.info.nFatent) return 0;
    return this.fat.chain(c, Infinity, "file").length;
  }

  writeFile(path: string, data: Uint8Array): void {
    this.#op(true, () => {
      const segs = this.#split(path);
      if (segs.length === 0) throw fatError(ERRNO.EINVAL, `FAT: cannot write ${path}`);
      if (data.length > 0xffffffff) {
        throw fatError(ERRNO.EFBIG, `FAT: ${path}: a FAT file holds less than 4 GiB`);
      }
      const name = makeName(segs[segs.length - 1]);
      const dir = this.#walkDir(segs.slice(0, -1), path);
      let found = findEntry(dir, name);
      const cb = this.fat.clusterBytes;
      const need = Math.ceil(data.length / cb);
      let reuse = 0;
      if (found) {
        const e = dir.entry(found.index)!;
        if (e[11] & (ATTR.DIR | ATTR.RDO)) {
          throw fatError(EACCES, `FAT: cannot write ${path}: it is a directory or read-only`);
        }
        reuse = this.#clustersOf(e);
      }
      const free = this.fat.free();
      if (need > free + reuse) {
        throw noSpace(
          ERRNO.ENOSPC,
          `no space for ${path}: ${data.length} bytes need ${need} clusters, ${free + reuse} free`,
        );
      }
      const now = this.#stamp();
      if (found) {
        const e = dir.entry(found.index)!;
        const old = entryCluster(e, this.fat32);
        setEntryCluster(e, 0, this.fat32);
        put32(e, 28, 0);
        if (old >= 2 && old < this.info.nFatent) {
          this.fat.release(old);
          this.fat.last = old - 1;
        }
      } else {
        found = registerEntry(dir, name);
        if (need > this.fat.free()) {
          removeEntries(dir, found);
          throw noSpace(ERRNO.ENOSPC, `no space for ${path}`);
        }
      }
      const first = this.#writeChain(data);
      const e = dir.entry(found.index)!;
      e[11] = ATTR.ARC;
      put32(e, 14, now);
      put16(e, 18, 0);
      setEntryCluster(e, first, this.fat32);
      put32(e, 22, now);
      put32(e, 28, data.length);
      dir.touch(found.index);
    });
  }

  mkdir(path: string): void {
    this.#op(true, () => {
      const segs = this.#split(path);
      if (segs.length === 0) throw fatError(ERRNO.EEXIST, `FAT: ${path} exists`);
      const name = makeName(segs[segs.length - 1]);
      const parent = this.#walkDir(segs.slice(0, -1), path);
      if (findEntry(parent, name)) throw fatError(ERRNO.EEXIST, `FAT: ${path} exists`);
      const c = this.fat.allocate(0);
      if (c === null) throw noSpace(EACCES, `no space for directory ${path}`);
      this.#dirs.delete(c);
      const now = this.#stamp();
      const block = new Uint8Array(this.fat.clusterBytes);
      block.fill(0x20, 0, 11);
      block[0] = 0x2e;
      block[11] = ATTR.DIR;
      put32(block, 22, now);
      setEntryCluster(block, c, this.fat32);
      block.copyWithin(32, 0, 32);
      block[33] = 0x2e;
      setEntryCluster(block.subarray(32), parent.sclust, this.fat32);
      this.io.write(this.info.dataBase + (c - 2) * this.info.sectorsPerCluster, block);
      let found;
      try {
        found = registerEntry(parent, name);
      } catch (err) {
        this.fat.release(c);
        throw err;
      }
      const e = parent.entry(found.index)!;
      put32(e, 22, now);
      setEntryCluster(e, c, this.fat32);
      e[11] = ATTR.DIR;
      parent.touch(found.index);
    });
  }

  /** f_unlink of a file (`wantDir` false) or an empty directory. */
  #unlink(path: string, wantDir: boolean) {
    this.#op(true, () => {
      const segs = this.#split(path);
      if (segs.length === 0) throw fatError(ERRNO.EINVAL, `FAT: cannot remove ${path}`);
      const loc = this.#must(segs, path);
      const isDir = isDirEntry(loc.entry);
      if (isDir !== wantDir) {
        throw isDir
          ? fatError(ERRNO.EISDIR, `FAT: ${path} is a directory`)
          : fatError(ERRNO.ENOTDIR, `FAT: ${path} is not a directory`);
      }
      this.#removeLocated(loc, path);
    });
  }

  #removeLocated(loc: Located, path: string) {
    if (loc.entry[11] & ATTR.RDO) throw fatError(EACCES, `FAT: ${path} is read-only`);
    const c = entryCluster(loc.entry, this.fat32);
    if (isDirEntry(loc.entry)) {
      if (c === 0) throw fatError(EACCES, `FAT: ${path} is the root directory`);
      const sub = this.#dir(c);
      for (const _ of readDir(sub)) {
        throw fatError(EACCES, `FAT: directory not empty: ${path}`);
      }
    }
    removeEntries(loc.dir, loc);
    this.#dirs.delete(c);
    if (c >= 2 && c < this.info.nFatent) this.fat.release(c);
  }

  remove(path: string): void {
    this.#unlink(path, false);
  }

  rmdir(path: string): void {
    this.#unlink(path, true);
  }

  rename(from: string, to: string): void {
    this.#op(true, () => {
      const src = this.#split(from);
      const dst = this.#split(to);
      if (src.length === 0 || dst.length === 0) {
        throw fatError(ERRNO.EINVAL, `FAT: cannot rename ${from} to ${to}`);
      }
      const old = this.#must(src, from);
      const oldCluster = entryCluster(old.entry, this.fat32);
      const movingDir = isDirEntry(old.entry);
      const seen: number[] = [];
      const newParent = this.#walkDir(dst.slice(0, -1), to, seen);
      if (movingDir && oldCluster !== 0 && seen.includes(oldCluster)) {
        throw fatError(ERRNO.EINVAL, `FAT: cannot move ${from} into itself`);
      }
      const name = makeName(dst[dst.length - 1]);
      const clash = findEntry(newParent, name);
      if (clash && !(newParent.sclust === old.dir.sclust && clash.index === old.index)) {
        const e = newParent.entry(clash.index)!;
        if (isDirEntry(e)) throw fatError(ERRNO.EISDIR, `FAT: ${to} is a directory`);
        this.#removeLocated({ dir: newParent, index: clash.index, blk: clash.blk, entry: e }, to);
      }
      const saved = old.entry.slice();
      const found = registerEntry(newParent, name);
      const e = newParent.entry(found.index)!;
      e.set(saved.subarray(13), 13);
      e[11] = saved[11] | (movingDir ? 0 : ATTR.ARC);
      newParent.touch(found.index);
      if (movingDir && newParent.sclust !== old.dir.sclust && oldCluster !== 0) {
        const sub = this.#dir(oldCluster);
        const dotdot = sub.entry(1);
        if (dotdot && dotdot[1] === 0x2e) {
          setEntryCluster(dotdot, newParent.sclust, this.fat32);
          sub.touch(1);
        }
      }
      removeEntries(old.dir, old);
    });
  }

  usage(): { blockSize: number; blocks: number; free: number } {
    return this.#op(false, () => ({
      blockSize: this.fat.clusterBytes,
      blocks: this.info.nFatent - 2,
      free: this.fat.free(),
    }));
  }
}
