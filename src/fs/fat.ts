// FAT12/FAT16/FAT32 as MicroPython's vfs.VfsFat (oofatfs, FatFs R0.13c) formats, reads and
// writes it: formatFat makes the layout VfsFat.mkfs makes for a device (fat_layout.ts),
// mountFat gives a read-write FileSystem (fat_volume.ts; names in fat_names.ts, directories in
// fat_dir.ts, the FAT and clusters in fat_disk.ts), buildFat writes a tree into a new image.
import {
  bootSector,
  checkSectorSize,
  chooseLayout,
  fatError,
  type FatFormatOptions,
  type FatLayout,
  fatTime,
  fsInfoSector,
} from "./fat_layout.ts";
import { isSpaceError, SectorIO } from "./fat_disk.ts";
import { type FatMountOptions, FatVolume } from "./fat_volume.ts";
import {
  type BlockDevice,
  ERRNO,
  type FileSystem,
  type FsEntry,
  type Geometry,
  memoryDevice,
} from "./types.ts";

export type { FatFormatOptions, FatLayout, FatMountOptions };
export type { FatType } from "./fat_layout.ts";
export { checkFat } from "./fat_check.ts";
export { chooseLayout, FatVolume };

/** Write an empty FAT filesystem on `dev` (block size = sector size, 512..4096), laid out as
 * MicroPython's `vfs.VfsFat.mkfs(dev)` lays it out unless `options` ask otherwise. Like f_mkfs
 * it writes the boot sector(s), the FAT(s) and the root directory and leaves the data area. */
export function formatFat(dev: BlockDevice, options: FatFormatOptions = {}): FatLayout {
  checkSectorSize(dev.blockSize);
  if (!dev.writeBlocks) throw fatError(ERRNO.EROFS, "FAT: the device is read-only");
  const l = chooseLayout(dev.blockSize, dev.blockCount, options);
  const io = new SectorIO(dev, l.sectorSize);
  const volumeId = options.volumeId ?? fatTime(options.now ?? new Date());
  const boot = bootSector(l, volumeId >>> 0);
  io.write(0, boot);
  if (l.fatType === 32) {
    io.write(6, boot);
    const info = fsInfoSector(l.sectorSize, l.clusterCount - 1, 2);
    io.write(7, info);
    io.write(1, info);
  }
  // FATs (entries 0 and 1: media and end marks; FAT32 entry 2: the root directory), then the
  // root directory (FAT32: its cluster), all zeros otherwise.
  const chunk = 64;
  const zeros = new Uint8Array(chunk * l.sectorSize);
  const zero = (from: number, count: number) => {
    for (let s = 0; s < count; s += chunk) {
      const n = Math.min(chunk, count - s);
      io.write(from + s, n === chunk ? zeros : zeros.subarray(0, n * l.sectorSize));
    }
  };
  const head = new Uint8Array(l.sectorSize);
  if (l.fatType === 32) {
    head.set([0xf8, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x0f]);
  } else if (l.fatType === 16) {
    head.set([0xf8, 0xff, 0xff, 0xff]);
  } else {
    head.set([0xf8, 0xff, 0xff]);
  }
  for (let k = 0; k < l.numFats; k++) {
    const base = l.reservedSectors + k * l.fatSectors;
    io.write(base, head);
    zero(base + 1, l.fatSectors - 1);
  }
  zero(
    l.reservedSectors + l.numFats * l.fatSectors,
    l.fatType === 32 ? l.sectorsPerCluster : l.rootDirSectors,
  );
  return l;
}

/** Mount the FAT filesystem on `dev` (block 0 a FAT boot sector, or an MBR with a FAT
 * partition). FsError(ENODEV) when there is none, as MicroPython's mount raises. */
export function mountFat(dev: BlockDevice, options: FatMountOptions = {}): FileSystem {
  return new FatVolume(dev, options);
}

/** Options of buildFat: the format's, and the time stamped on every file and directory. */
export interface FatBuildOptions extends FatFormatOptions {
  now?: Date;
}

/** A whole FAT image of `geometry` holding `tree` (files and directories in the given order;
 * missing parent directories are made). Names are FAT's: case-insensitive, so two entries that
 * FAT sees as one name are an EEXIST error; a tree too big is one ENOSPC error. */
export function buildFat(
  tree: FsEntry[],
  geometry: Geometry,
  options: FatBuildOptions = {},
): Uint8Array {
  const { blockSize, blockCount } = geometry;
  checkSectorSize(blockSize);
  if (!Number.isInteger(blockCount) || blockCount <= 0) {
    throw fatError(ERRNO.EINVAL, `FAT: ${blockCount} blocks`);
  }
  const bytes = new Uint8Array(blockSize * blockCount);
  const dev = memoryDevice(bytes, blockSize);
  const now = options.now ?? new Date();
  const layout = formatFat(dev, { ...options, now });
  const fs = new FatVolume(dev, { now: () => now });
  const kinds = new Map<string, "file" | "dir">();
  const exists = (p: string): "file" | "dir" | null => fs.lookup(p)?.kind ?? null;
  const makeDir = (p: string, what: string) => {
    const k = exists(p);
    if (k === "dir") return;
    if (k === "file") throw fatError(ERRNO.EEXIST, `FAT: ${what}: the file ${p} is in the way`);
    fs.mkdir(p);
  };
  try {
    for (const e of tree) {
      const parts = e.path.split("/");
      if (
        e.path === "" || parts.some((p) => p === "" || p === "." || p === "..") ||
        e.path.includes("\\")
      ) {
        throw fatError(ERRNO.EINVAL, `FAT: bad path '${e.path}'`);
      }
      for (let k = 1; k < parts.length; k++) makeDir("/" + parts.slice(0, k).join("/"), e.path);
      const p = "/" + e.path;
      if (e.kind === "dir") {
        if (kinds.get(p) === "file" || exists(p) === "file") {
          throw fatError(ERRNO.EEXIST, `FAT: ${e.path}: a file has that name`);
        }
        makeDir(p, e.path);
      } else {
        if (exists(p) !== null) {
          throw fatError(
            ERRNO.EEXIST,
            `FAT: ${e.path}: FAT has that name already (names ignore case)`,
          );
        }
        fs.writeFile(p, e.data ?? new Uint8Array(0));
      }
      kinds.set(p, e.kind);
    }
  } catch (err) {
    if (isSpaceError(err)) {
      throw fatError(
        ERRNO.ENOSPC,
        `FAT: the tree does not fit in ${blockCount} blocks of ${blockSize} bytes ` +
          `(FAT${layout.fatType}, ${layout.clusterCount} clusters of ${
            layout.sectorsPerCluster * blockSize
          } bytes): ${(err as Error).message.replace(/^FAT: /, "")}`,
      );
    }
    throw err;
  }
  return bytes;
}
