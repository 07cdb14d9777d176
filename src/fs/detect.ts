// Which filesystem an image holds, and that filesystem mounted read-only (`upy fs ls/cat/extract`,
// `upy image --fs IMG`): ROMFS by its RM1 header, littlefs v1/v2 by the superblock at the start
// of block 0 (which also gives the block size), FAT by its boot sector (or an MBR partition).
import { mountFat } from "./fat.ts";
import { mountLfs1 } from "./lfs1.ts";
import { mountLfs2, probeLittlefs } from "./lfs2.ts";
import { mountRomfs } from "./romfs.ts";
import { ERRNO, type FileSystem, FsError, memoryDevice } from "./types.ts";

export type ImageKind = "romfs" | "lfs1" | "lfs2" | "fat";

export const KIND_NAMES: Record<ImageKind, string> = {
  romfs: "ROMFS",
  lfs1: "littlefs v1",
  lfs2: "littlefs v2",
  fat: "FAT",
};

export interface MountedImage {
  kind: ImageKind;
  fs: FileSystem;
  /** Block size and count (littlefs: from the superblock; FAT: sector size, sectors). */
  blockSize?: number;
  blockCount?: number;
}

const isRomfs = (b: Uint8Array) => b.length >= 3 && b[0] === 0xd2 && b[1] === 0xcd && b[2] === 0x31;

/** Mount `image` read-only, whatever it is; FsError(ENODEV) when it is none of them. */
export function mountImage(image: Uint8Array): MountedImage {
  if (isRomfs(image)) return { kind: "romfs", fs: mountRomfs(image) };
  const lfs = probeLittlefs(image);
  if (lfs !== null) {
    const { blockSize, blockCount } = lfs;
    if (image.length % blockSize !== 0 || image.length / blockSize < blockCount) {
      throw new FsError(
        ERRNO.EINVAL,
        `littlefs v${lfs.version} image of ${image.length} bytes, but its superblock says ` +
          `${blockCount} blocks of ${blockSize} bytes`,
      );
    }
    const dev = memoryDevice(image, blockSize);
    const geometry = { blockSize, blockCount };
    const fs = lfs.version === 2
      ? mountLfs2(dev, geometry, { readonly: true })
      : mountLfs1(dev, geometry);
    return { kind: lfs.version === 2 ? "lfs2" : "lfs1", fs, blockSize, blockCount };
  }
  if (image.length >= 512 && image[510] === 0x55 && image[511] === 0xaa) {
    const ss = image[11] | (image[12] << 8);
    const blockSize = [512, 1024, 2048, 4096].includes(ss) ? ss : 512;
    const fs = mountFat(memoryDevice(image, 512), { readonly: true });
    return { kind: "fat", fs, blockSize, blockCount: Math.floor(image.length / blockSize) };
  }
  throw new FsError(
    ERRNO.ENODEV,
    "not a filesystem image: no ROMFS header, littlefs superblock or FAT boot sector",
  );
}
