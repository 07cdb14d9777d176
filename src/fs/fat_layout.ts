// The layout of a FAT volume: what MicroPython's VfsFat.mkfs chooses for a device (oofatfs
// f_mkfs with FM_FAT | FM_SFD, then FM_FAT32 if that gives up), the boot sector that records it,
// and reading a boot sector back (FatFs's find_volume checks). Facts from MicroPython's
// extmod/vfs_fat.c and lib/oofatfs/ff.c: no partition table (SFD), one FAT, 512 root entries on
// FAT12/16, 1 reserved sector (32 on FAT32, with FSInfo in sector 1 and a backup boot sector in
// 6), cluster size from the volume size in sectors (FAT12/16: 1 sector below 4 Ki sectors,
// doubling at 4, 16, 64, 256 and 512 Ki sectors; FAT32: 1 below 128 Ki sectors, doubling at 128,
// 256, 512 Ki, 1, 2 and 4 Mi sectors), grown while there are too many clusters for the type;
// the FAT type then follows from the cluster count (up to 4085: FAT12, up to 65525: FAT16). The
// sector size is the device's block size (512 to 4096). Volume serial number: the FAT time of
// formatting. Label "NO NAME", OEM name "MSDOS5.0", media 0xf8, 63 sectors/track, 255 heads.
import { ERRNO, FsError } from "./types.ts";

export const MAX_FAT12 = 0xff5;
export const MAX_FAT16 = 0xfff5;
export const MAX_FAT32 = 0x0ffffff5;

export type FatType = 12 | 16 | 32;

/** Where things are, in sectors from the start of the volume. */
export interface FatLayout {
  fatType: FatType;
  sectorSize: number;
  totalSectors: number;
  sectorsPerCluster: number;
  reservedSectors: number;
  numFats: number;
  fatSectors: number;
  rootEntries: number;
  rootDirSectors: number;
  /** First data sector (cluster 2). */
  dataStart: number;
  clusterCount: number;
}

/** How to format (all optional: MicroPython's VfsFat.mkfs choices by default). */
export interface FatFormatOptions {
  /** Force a FAT type: 12 or 16 (f_mkfs FM_FAT) or 32 (FM_FAT32). Default: as MicroPython. */
  fatType?: FatType;
  /** Cluster size in bytes (a power of two, at least the sector size). Default: by size. */
  clusterSize?: number;
  /** Volume serial number. Default: the FAT time of `now`, as FatFs. */
  volumeId?: number;
  /** Time of formatting (for the serial number). Default: the current time. */
  now?: Date;
}

/** An FsError with a one-line message (control characters, as in a damaged name, escaped). */
export function fatError(errno: number, message: string): FsError {
  return new FsError(
    errno,
    message.replace(
      // deno-lint-ignore no-control-regex
      /[\x00-\x1f\x7f]/g,
      (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`,
    ),
  );
}

const FM_FAT = 1;
const FM_FAT32 = 2;

const fail = (why: string) => fatError(ERRNO.EIO, `FAT: cannot format: ${why}`);

/** f_mkfs's choice of layout for `sectors` sectors of `ss` bytes. `au` is the cluster size in
 * sectors (0: automatic), `opt` FM_FAT and/or FM_FAT32. Throws EIO where f_mkfs aborts. */
function mkfsLayout(ss: number, sectors: number, opt: number, au: number): FatLayout {
  const nFats = 1;
  const nRootdir = 512;
  if (sectors < 22) throw fail(`${sectors} sectors is too small`);
  if (au > 128) throw fatError(ERRNO.EINVAL, "FAT: clusters of more than 128 sectors");
  let fmt: FatType = opt & FM_FAT32 && !(opt & FM_FAT) ? 32 : 16;
  for (;;) {
    let pau = au;
    let nClst: number;
    let szFat: number;
    let szRsv: number;
    let szDir: number;
    if (fmt === 32) {
      if (pau === 0) {
        const n = Math.floor(sectors / 0x20000);
        pau = 1;
        for (const c of [1, 2, 4, 8, 16, 32]) if (c <= n) pau <<= 1;
      }
      nClst = Math.floor(sectors / pau);
      szFat = Math.ceil((nClst * 4 + 8) / ss);
      szRsv = 32;
      szDir = 0;
      if (nClst <= MAX_FAT16 || nClst > MAX_FAT32) throw fail("wrong cluster count for FAT32");
    } else {
      if (pau === 0) {
        const n = Math.floor(sectors / 0x1000);
        pau = 1;
        for (const c of [1, 4, 16, 64, 256, 512]) if (c <= n) pau <<= 1;
      }
      nClst = Math.floor(sectors / pau);
      let n: number;
      if (nClst > MAX_FAT12) {
        n = nClst * 2 + 4;
      } else {
        fmt = 12;
        n = Math.floor((nClst * 3 + 1) / 2) + 3;
      }
      szFat = Math.ceil(n / ss);
      szRsv = 1;
      szDir = (nRootdir * 32) / ss;
    }
    const dataStart = szRsv + szFat * nFats + szDir;
    if (sectors < dataStart + pau * 16) throw fail(`${sectors} sectors is too small`);
    nClst = Math.floor((sectors - dataStart) / pau);
    if (fmt === 32 && nClst <= MAX_FAT16) {
      if (au === 0 && (au = pau >> 1) !== 0) continue;
      throw fail("too few clusters for FAT32");
    }
    if (fmt === 16) {
      if (nClst > MAX_FAT16) {
        if (au === 0 && pau * 2 <= 64) {
          au = pau * 2;
          continue;
        }
        if (opt & FM_FAT32) {
          fmt = 32;
          continue;
        }
        if (au === 0 && (au = pau * 2) <= 128) continue;
        throw fail("too many clusters for FAT16");
      }
      if (nClst <= MAX_FAT12) {
        if (au === 0 && (au = pau * 2) <= 128) continue;
        throw fail("too few clusters for FAT16");
      }
    }
    if (fmt === 12 && nClst > MAX_FAT12) throw fail("too many clusters for FAT12");
    return {
      fatType: fmt,
      sectorSize: ss,
      totalSectors: sectors,
      sectorsPerCluster: pau,
      reservedSectors: szRsv,
      numFats: nFats,
      fatSectors: szFat,
      rootEntries: fmt === 32 ? 0 : nRootdir,
      rootDirSectors: szDir,
      dataStart,
      clusterCount: nClst,
    };
  }
}

/** A valid FAT sector size: 512, 1024, 2048 or 4096. */
export function checkSectorSize(ss: number): void {
  if (![512, 1024, 2048, 4096].includes(ss)) {
    throw fatError(ERRNO.EINVAL, `FAT: block size ${ss} (FAT needs 512, 1024, 2048 or 4096)`);
  }
}

/** The layout MicroPython's VfsFat.mkfs gives a device of `sectors` blocks of `ss` bytes, or
 * the one asked for by `options`. */
export function chooseLayout(
  ss: number,
  sectors: number,
  options: FatFormatOptions = {},
): FatLayout {
  checkSectorSize(ss);
  let au = 0;
  if (options.clusterSize !== undefined) {
    const cs = options.clusterSize;
    if (!Number.isInteger(cs) || cs < ss || (cs & (cs - 1)) !== 0) {
      throw fatError(ERRNO.EINVAL, `FAT: cluster size ${cs} (a power of two >= ${ss})`);
    }
    au = cs / ss;
  }
  if (sectors > 0xffffffff) throw fail("more than 2^32 sectors");
  const t = options.fatType;
  if (t === undefined) {
    try {
      return mkfsLayout(ss, sectors, FM_FAT, au);
    } catch (e) {
      if (!(e instanceof FsError) || e.errno !== ERRNO.EIO) throw e;
      try {
        return mkfsLayout(ss, sectors, FM_FAT32, au);
      } catch {
        throw e;
      }
    }
  }
  if (t !== 12 && t !== 16 && t !== 32) throw fatError(ERRNO.EINVAL, `FAT: type ${t}`);
  const layout = mkfsLayout(ss, sectors, t === 32 ? FM_FAT32 : FM_FAT, au);
  if (layout.fatType !== t) {
    throw new FsError(
      ERRNO.EINVAL,
      `FAT: ${sectors} sectors of ${ss} bytes make FAT${layout.fatType}, not FAT${t}` +
        (options.clusterSize ? ` with ${options.clusterSize}-byte clusters` : ""),
    );
  }
  return layout;
}

/** FAT date and time (date << 16 | time) of a moment, in UTC; clamped to 1980..2107. */
export function fatTime(d: Date): number {
  let y = d.getUTCFullYear();
  if (y < 1980) return (0 << 25) | (1 << 21) | (1 << 16);
  if (y > 2107) y = 2107;
  return (((y - 1980) << 25) | ((d.getUTCMonth() + 1) << 21) | (d.getUTCDate() << 16) |
    (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1)) >>> 0;
}

/** Days before each month (index 1..12) as MicroPython's timeutils has them; index 0 and 13..15
 * are what the 1.27 unix port reads for those impossible months (checked). */
const DAYS_BEFORE = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365, 2056, 2056];

/** Seconds since 1970 of a FAT date and time, computed as MicroPython's vfs_fat stat does
 * (timeutils_seconds_since_epoch of the raw fields, no time zone). */
export function fatTimeToSeconds(date: number, time: number): number {
  const year = 1980 + ((date >> 9) & 0x7f);
  const month = (date >> 5) & 0x0f;
  const day = date & 0x1f;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const yday = DAYS_BEFORE[month] + day + (leap && month >= 3 ? 1 : 0);
  const y = year - 1;
  const daysBeforeYear = 365 * (year - 1970) + (Math.floor(y / 4) - 492) -
    (Math.floor(y / 100) - 19) + (Math.floor(y / 400) - 4);
  return (daysBeforeYear + yday - 1) * 86400 + ((time >> 11) & 0x1f) * 3600 +
    ((time >> 5) & 0x3f) * 60 + (time & 0x1f) * 2;
}

const le16 = (b: Uint8Array, at: number, v: number) => {
  b[at] = v & 0xff;
  b[at + 1] = (v >>> 8) & 0xff;
};
const le32 = (b: Uint8Array, at: number, v: number) => {
  le16(b, at, v & 0xffff);
  le16(b, at + 2, (v >>> 16) & 0xffff);
};
export const rd16 = (b: Uint8Array, at: number): number => b[at] | (b[at + 1] << 8);
export const rd32 = (b: Uint8Array, at: number): number =>
  (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
export { le16 as put16, le32 as put32 };

/** The boot sector f_mkfs writes for a layout. */
export function bootSector(l: FatLayout, volumeId: number): Uint8Array {
  const b = new Uint8Array(l.sectorSize);
  b.set([0xeb, 0xfe, 0x90], 0);
  b.set(new TextEncoder().encode("MSDOS5.0"), 3);
  le16(b, 11, l.sectorSize);
  b[13] = l.sectorsPerCluster;
  le16(b, 14, l.reservedSectors);
  b[16] = l.numFats;
  le16(b, 17, l.rootEntries);
  if (l.totalSectors < 0x10000) le16(b, 19, l.totalSectors);
  else le32(b, 32, l.totalSectors);
  b[21] = 0xf8;
  le16(b, 24, 63);
  le16(b, 26, 255);
  le32(b, 28, 0);
  const label = new TextEncoder().encode(
    "NO NAME    " + (l.fatType === 32 ? "FAT32   " : "FAT     "),
  );
  if (l.fatType === 32) {
    le32(b, 67, volumeId);
    le32(b, 36, l.fatSectors);
    le32(b, 44, 2);
    le16(b, 48, 1);
    le16(b, 50, 6);
    b[64] = 0x80;
    b[66] = 0x29;
    b.set(label, 71);
  } else {
    le32(b, 39, volumeId);
    le16(b, 22, l.fatSectors);
    b[36] = 0x80;
    b[38] = 0x29;
    b.set(label, 43);
  }
  le16(b, 510, 0xaa55);
  return b;
}

/** An FSInfo sector (FAT32): free cluster count and the last allocated cluster. */
export function fsInfoSector(ss: number, free: number, last: number): Uint8Array {
  const b = new Uint8Array(ss);
  le32(b, 0, 0x41615252);
  le32(b, 484, 0x61417272);
  le32(b, 488, free);
  le32(b, 492, last);
  le16(b, 510, 0xaa55);
  return b;
}

/** A mounted volume's geometry as FatFs's find_volume derives it from the boot sector. */
export interface FatVolumeInfo {
  fatType: FatType;
  sectorSize: number;
  /** Sector of the boot sector on the device (0, or a partition's start). */
  volBase: number;
  fatBase: number;
  fatSectors: number;
  numFats: number;
  sectorsPerCluster: number;
  rootEntries: number;
  /** FAT12/16: first root directory sector; FAT32: root directory cluster. */
  dirBase: number;
  dataBase: number;
  /** Cluster count + 2 (the first invalid cluster number). */
  nFatent: number;
  totalSectors: number;
  /** FAT32 with BPB_FSInfo = 1: FatFs keeps the FSInfo sector up to date. */
  fsInfo: boolean;
}

/** check_fs: 0 a FAT boot sector, 2 a boot signature but not FAT, 3 no boot signature. */
export function checkBootSector(b: Uint8Array): 0 | 2 | 3 {
  if (b.length < 512 || rd16(b, 510) !== 0xaa55) return 3;
  if (b[0] === 0xe9 || b[0] === 0xeb || b[0] === 0xe8) {
    if (b[54] === 0x46 && b[55] === 0x41 && b[56] === 0x54) return 0; // "FAT"
    if (String.fromCharCode(...b.subarray(82, 87)) === "FAT32") return 0;
  }
  return 2;
}

const noFs = (why: string) => fatError(ERRNO.ENODEV, `FAT: not a FAT filesystem: ${why}`);

/** find_volume's reading of a boot sector at `volBase`; ENODEV where FatFs finds no filesystem.
 * `ss` is the sector size the boot sector must state (FatFs: the device's block size). */
export function parseBootSector(b: Uint8Array, volBase: number, ss: number): FatVolumeInfo {
  if (rd16(b, 11) !== ss) throw noFs(`sector size ${rd16(b, 11)} is not the block size ${ss}`);
  let fasize = rd16(b, 22);
  if (fasize === 0) fasize = rd32(b, 36);
  const numFats = b[16];
  if (numFats !== 1 && numFats !== 2) throw noFs(`${numFats} FATs`);
  const csize = b[13];
  if (csize === 0 || (csize & (csize - 1)) !== 0) throw noFs(`${csize} sectors per cluster`);
  const rootEntries = rd16(b, 17);
  if (rootEntries % (ss / 32) !== 0) throw noFs(`${rootEntries} root entries`);
  let tsect = rd16(b, 19);
  if (tsect === 0) tsect = rd32(b, 32);
  const nrsv = rd16(b, 14);
  if (nrsv === 0) throw noFs("no reserved sectors");
  const sysect = nrsv + fasize * numFats + rootEntries / (ss / 32);
  if (tsect < sysect) throw noFs(`${tsect} sectors is less than the ${sysect} of FAT and root`);
  const nclst = Math.floor((tsect - sysect) / csize);
  if (nclst === 0) throw noFs("no clusters");
  let fatType: FatType;
  if (nclst <= MAX_FAT12) fatType = 12;
  else if (nclst <= MAX_FAT16) fatType = 16;
  else if (nclst <= MAX_FAT32) fatType = 32;
  else throw noFs(`${nclst} clusters`);
  const nFatent = nclst + 2;
  let dirBase: number;
  let needed: number;
  if (fatType === 32) {
    if (rd16(b, 42) !== 0) throw noFs("FAT32 version is not 0.0");
    if (rootEntries !== 0) throw noFs("FAT32 with a fixed root directory");
    dirBase = rd32(b, 44);
    needed = nFatent * 4;
  } else {
    if (rootEntries === 0) throw noFs("FAT12/16 without root entries");
    dirBase = volBase + nrsv + fasize * numFats;
    needed = fatType === 16 ? nFatent * 2 : Math.floor((nFatent * 3) / 2) + (nFatent & 1);
  }
  if (fasize < Math.ceil(needed / ss)) throw noFs(`FAT of ${fasize} sectors is too small`);
  return {
    fatType,
    sectorSize: ss,
    volBase,
    fatBase: volBase + nrsv,
    fatSectors: fasize,
    numFats,
    sectorsPerCluster: csize,
    rootEntries,
    dirBase,
    dataBase: volBase + sysect,
    nFatent,
    totalSectors: tsect,
    fsInfo: fatType === 32 && rd16(b, 48) === 1,
  };
}
