// littlefs v2 as MicroPython's vfs.VfsLfs2 uses it (lib/littlefs, on-disk version 2.1; SPEC.md
// of littlefs-project/littlefs): format, mount read-write, and build a whole image from a tree.
// Defaults are MicroPython's: read/prog size 32, cache 4 * 32 so files up to min(128, block/8)
// bytes live inline in their directory, names up to 255 bytes, an 8-byte mtime user attribute
// (type 1, nanoseconds since 1970, little-endian) on files written, as VfsLfs2(mtime=True) does.
// Directory entries keep littlefs's order (its name comparison, where "abc" sorts before "ab").
import { Disk, le32 } from "./lfs2_disk.ts";
import {
  DISK_VERSION,
  Lfs2Core,
  MAGIC,
  type Superblock,
  superblockData,
  superblockOf,
} from "./lfs2_core.ts";
import { ATTR_MAX, FILE_MAX, Lfs2, type Lfs2Options, NAME_MAX } from "./lfs2_fs.ts";
import { type Attr, compactBlock, fetchMdir, mkTag, T } from "./lfs2_mdir.ts";
import {
  type BlockDevice,
  ERRNO,
  type FileSystem,
  type FsEntry,
  FsError,
  type Geometry,
  memoryDevice,
} from "./types.ts";

export type { Lfs2Options };
export { mountLfs1 } from "./lfs1.ts";

const EMPTY = new Uint8Array(0);

const fail = (errno: number, msg: string): FsError => new FsError(errno, msg);

function checkGeometry(bs: number, prog: number, read: number): void {
  if (!Number.isInteger(bs) || bs < 128 || bs % prog !== 0 || bs % read !== 0 || prog <= 0) {
    throw fail(
      ERRNO.EINVAL,
      `littlefs: block size ${bs} must be at least 128 and a multiple of ${prog}`,
    );
  }
}

/** Write an empty littlefs v2 filesystem (superblock and root in blocks 0 and 1). */
export function formatLfs2(dev: BlockDevice, geometry: Geometry): void {
  const bs = geometry.blockSize;
  const prog = geometry.progSize ?? 32;
  checkGeometry(bs, prog, geometry.readSize ?? 32);
  const count = geometry.blockCount;
  if (!Number.isInteger(count) || count < 2 || count * bs > dev.blockCount * dev.blockSize) {
    throw fail(ERRNO.EINVAL, `littlefs: ${count} blocks of ${bs} bytes do not fit the device`);
  }
  const disk = new Disk(dev, bs, count);
  const sb: Superblock = {
    version: DISK_VERSION,
    blockSize: bs,
    blockCount: count,
    nameMax: NAME_MAX,
    fileMax: FILE_MAX,
    attrMax: ATTR_MAX,
  };
  const attrs: Attr[] = [
    { tag: mkTag(T.SUPERBLOCK, 0, 8), data: MAGIC },
    { tag: mkTag(T.INLINESTRUCT, 0, 24), data: superblockData(sb) },
  ];
  // As lfs_format: a first log in block 0, then a compaction into block 1.
  compactBlock(disk, 0, 1, attrs, prog, true);
  compactBlock(disk, 1, 2, attrs, prog, true);
}

/** Mount a littlefs v2 filesystem (read-write unless the device or `options` say otherwise). */
export function mountLfs2(
  dev: BlockDevice,
  geometry: Partial<Geometry> = {},
  options: Lfs2Options = {},
): FileSystem & { readonly superblock: Superblock } {
  const bs = geometry.blockSize ?? dev.blockSize;
  const prog = geometry.progSize ?? 32;
  checkGeometry(bs, prog, geometry.readSize ?? 32);
  const devBlocks = Math.floor((dev.blockCount * dev.blockSize) / bs);
  // Read the superblock first to learn the block count, then mount with it.
  const probe = new Disk(dev, bs, devBlocks);
  let sb: Superblock | null = null;
  try {
    sb = superblockOf(fetchMdir(probe, [0, 1], prog));
  } catch (e) {
    if (!(e instanceof FsError)) throw e;
  }
  if (!sb) throw fail(ERRNO.EINVAL, "not a littlefs v2 filesystem: no superblock in blocks 0-1");
  if ((sb.version >>> 16) !== 2 || (sb.version & 0xffff) > 1) {
    throw fail(
      ERRNO.EINVAL,
      `littlefs: unsupported on-disk version ${sb.version >>> 16}.${sb.version & 0xffff}`,
    );
  }
  if (sb.blockSize !== bs) {
    throw fail(ERRNO.EINVAL, `littlefs: block size is ${sb.blockSize}, not ${bs}`);
  }
  const count = geometry.blockCount ?? sb.blockCount;
  if (sb.blockCount !== count || count > devBlocks || count < 2) {
    throw fail(
      ERRNO.EINVAL,
      `littlefs: the superblock says ${sb.blockCount} blocks, the device has ${devBlocks}`,
    );
  }
  if (sb.nameMax > NAME_MAX || sb.fileMax > FILE_MAX || sb.attrMax > ATTR_MAX) {
    throw fail(ERRNO.EINVAL, "littlefs: name, file or attribute limits beyond littlefs's");
  }
  const core = new Lfs2Core(new Disk(dev, bs, count), prog);
  core.scan();
  const readonly = !!options.readonly || !dev.writeBlocks;
  return new Lfs2(core, geometry, readonly, options);
}

/** Build a whole littlefs v2 image (blockSize * blockCount bytes) holding `tree`. */
export function buildLfs2(
  tree: FsEntry[],
  geometry: Geometry,
  options: Lfs2Options = {},
): Uint8Array {
  const { blockSize: bs, blockCount: count } = geometry;
  if (!Number.isInteger(count) || count < 2 || !Number.isInteger(bs) || bs <= 0) {
    throw fail(ERRNO.EINVAL, `littlefs: bad geometry ${count} blocks of ${bs} bytes`);
  }
  const img = new Uint8Array(bs * count).fill(0xff);
  const dev = memoryDevice(img, bs);
  formatLfs2(dev, geometry);
  const fs = mountLfs2(dev, geometry, { mtime: options.mtime ?? false });
  const made = new Set<string>();
  const seen = new Set<string>();
  const mkdirs = (parts: string[]) => {
    for (let i = 1; i <= parts.length; i++) {
      const p = parts.slice(0, i).join("/");
      if (!made.has(p)) {
        fs.mkdir!("/" + p);
        made.add(p);
      }
    }
  };
  try {
    for (const e of tree) {
      const parts = e.path.split("/").filter((p) => p !== "");
      if (parts.length === 0 || parts.some((p) => p === "." || p === "..")) {
        throw fail(ERRNO.EINVAL, `littlefs: bad path in tree: ${JSON.stringify(e.path)}`);
      }
      const key = parts.join("/");
      if (seen.has(key)) throw fail(ERRNO.EINVAL, `littlefs: ${key} is in the tree twice`);
      seen.add(key);
      if (e.kind === "dir") {
        mkdirs(parts);
      } else {
        mkdirs(parts.slice(0, -1));
        fs.writeFile!("/" + key, e.data ?? EMPTY);
      }
    }
  } catch (e) {
    if (e instanceof FsError && e.errno === ERRNO.ENOSPC) {
      throw fail(ERRNO.ENOSPC, `littlefs: the tree does not fit in ${count} blocks of ${bs} bytes`);
    }
    throw e;
  }
  return img;
}

/** What an image's first blocks say it is: littlefs v1 or v2, with its block size and count. */
export function probeLittlefs(
  image: Uint8Array,
): { version: 1 | 2; blockSize: number; blockCount: number } | null {
  const at = (o: number) => o + 4 <= image.length ? le32(image, o) : 0;
  const magicAt = (o: number) => image.length >= o + 8 && MAGIC.every((b, i) => image[o + i] === b);
  if (magicAt(8)) {
    // v2: the superblock's name tag and inline struct open the first commit of block 0.
    const bs = at(24);
    if (bs >= 128) return { version: 2, blockSize: bs, blockCount: at(28) };
  }
  if (magicAt(40) && image[16] === 0x2e) {
    const bs = at(28);
    if (bs >= 128) return { version: 1, blockSize: bs, blockCount: at(32) };
  }
  return null;
}
