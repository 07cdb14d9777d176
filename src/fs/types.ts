// What every filesystem format of upy offers (ROMFS, littlefs v1/v2, FAT): a tree to write into
// an image, a block device to read and write one, and a mounted filesystem the CLI (`upy fs`,
// `upy romfs`) and the runtime's vfs classes use. Errors are FsError with an errno, which the
// runtime raises as OSError(errno) and the CLI prints as one line.

/** One file or directory of a tree to write; `path` is relative, "/"-separated, no "." parts. */
export interface FsEntry {
  path: string;
  kind: "file" | "dir";
  /** File contents (kind "file"). */
  data?: Uint8Array;
}

/** Block geometry of a device or an image (littlefs and FAT need it; ROMFS has none). */
export interface Geometry {
  blockSize: number;
  blockCount: number;
  /** littlefs: minimum read and program sizes, and the lookahead buffer size in bytes. */
  readSize?: number;
  progSize?: number;
  lookahead?: number;
}

/** MicroPython's block-device protocol (readblocks/writeblocks with an offset, ioctl 4/5 for
 * count and size), seen from TypeScript. An image in memory is one (`memoryDevice`). */
export interface BlockDevice {
  readonly blockSize: number;
  readonly blockCount: number;
  /** Fill `buf` from block `block` + byte `offset`. */
  readBlocks(block: number, buf: Uint8Array, offset?: number): void;
  /** Absent on a read-only device. */
  writeBlocks?(block: number, buf: Uint8Array, offset?: number): void;
  /** Erase a block before programming it (littlefs ioctl 6); optional. */
  eraseBlock?(block: number): void;
}

/** stat() of a path: a directory or a regular file of `size` bytes. */
export interface FsStat {
  kind: "file" | "dir";
  size: number;
  /** Modification time in seconds since 1970 (FAT and littlefs with mtime attributes), or 0. */
  mtime: number;
}

/** A directory entry as vfs.ilistdir gives it. */
export interface FsDirEntry {
  name: string;
  kind: "file" | "dir";
  size: number;
}

/** A mounted filesystem. Paths are absolute within it ("/", "/lib/x.py"). Read-only formats
 * (ROMFS) and read-only mounts leave out the writing methods or throw FsError(EROFS). */
export interface FileSystem {
  readonly readonly: boolean;
  stat(path: string): FsStat;
  list(path: string): FsDirEntry[];
  readFile(path: string): Uint8Array;
  writeFile?(path: string, data: Uint8Array): void;
  mkdir?(path: string): void;
  remove?(path: string): void;
  rmdir?(path: string): void;
  rename?(from: string, to: string): void;
  /** Total and free blocks (statvfs). */
  usage?(): { blockSize: number; blocks: number; free: number };
}

/** A filesystem error: errno as MicroPython numbers it (ENOENT 2, EIO 5, ENOSPC 28, EROFS 30,
 * EINVAL 22, EEXIST 17, ENOTDIR 20, EISDIR 21, ENOTEMPTY 39), and one line saying what. A corrupt
 * image is EIO (or EINVAL for a bad superblock) — never a JavaScript exception. */
export class FsError extends Error {
  constructor(readonly errno: number, message: string) {
    super(message);
    this.name = "FsError";
  }
}

export const ERRNO = {
  ENOENT: 2,
  EIO: 5,
  EEXIST: 17,
  ENODEV: 19,
  ENOTDIR: 20,
  EISDIR: 21,
  EINVAL: 22,
  EFBIG: 27,
  ENOSPC: 28,
  EROFS: 30,
  ENOTEMPTY: 39,
} as const;

/** A block device over bytes in memory (an image file, a bytearray). */
export function memoryDevice(bytes: Uint8Array, blockSize: number): BlockDevice {
  const blockCount = Math.floor(bytes.length / blockSize);
  const at = (block: number, offset: number, n: number) => {
    const start = block * blockSize + offset;
    if (block < 0 || start < 0 || start + n > blockCount * blockSize) {
      throw new FsError(ERRNO.EIO, `block ${block} + ${offset} outside the device`);
    }
    return start;
  };
  return {
    blockSize,
    blockCount,
    readBlocks: (block, buf, offset = 0) =>
      buf.set(bytes.subarray(at(block, offset, buf.length), at(block, offset, 0) + buf.length)),
    writeBlocks: (block, buf, offset = 0) => bytes.set(buf, at(block, offset, buf.length)),
    eraseBlock: (block) =>
      bytes.fill(0xff, at(block, 0, blockSize), at(block, 0, blockSize) + blockSize),
  };
}
