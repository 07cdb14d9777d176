// Block access for the littlefs readers and writer: whole blocks read once through a cache, and
// programs/erases written through to the device. Every device failure and every address outside
// the filesystem becomes FsError(EIO), so a corrupt image never surfaces a JavaScript error.
import { type BlockDevice, ERRNO, FsError } from "./types.ts";

export const corrupt = (what: string): FsError => new FsError(ERRNO.EIO, `littlefs: ${what}`);

export function le32(b: Uint8Array, off: number): number {
  return (b[off] | (b[off + 1] << 8) | (b[off + 2] << 16) | (b[off + 3] << 24)) >>> 0;
}

export function be32(b: Uint8Array, off: number): number {
  return ((b[off] << 24) | (b[off + 1] << 16) | (b[off + 2] << 8) | b[off + 3]) >>> 0;
}

export function putLe32(b: Uint8Array, off: number, v: number): void {
  b[off] = v;
  b[off + 1] = v >>> 8;
  b[off + 2] = v >>> 16;
  b[off + 3] = v >>> 24;
}

export function putBe32(b: Uint8Array, off: number, v: number): void {
  b[off] = v >>> 24;
  b[off + 1] = v >>> 16;
  b[off + 2] = v >>> 8;
  b[off + 3] = v;
}

export const alignUp = (n: number, to: number): number => Math.ceil(n / to) * to;

export class Disk {
  private readonly cache = new Map<number, Uint8Array>();
  private readonly gens = new Map<number, number>();

  constructor(
    readonly dev: BlockDevice,
    readonly blockSize: number,
    readonly blockCount: number,
  ) {}

  /** The whole of block `b` (a cached copy: do not modify). */
  block(b: number): Uint8Array {
    let buf = this.cache.get(b);
    if (buf) return buf;
    if (!Number.isInteger(b) || b < 0 || b >= this.blockCount) {
      throw corrupt(`block ${b} outside the filesystem (${this.blockCount} blocks)`);
    }
    buf = new Uint8Array(this.blockSize);
    this.device(() => {
      if (this.dev.blockSize === this.blockSize) {
        this.dev.readBlocks(b, buf!, 0);
      } else {
        // A device with smaller blocks than the filesystem: address it in bytes.
        const at = b * this.blockSize;
        this.dev.readBlocks(Math.floor(at / this.dev.blockSize), buf!, at % this.dev.blockSize);
      }
    });
    this.cache.set(b, buf);
    return buf;
  }

  /** Changes each time block `b` is programmed or erased (for caches of parsed blocks). */
  gen(b: number): number {
    return this.gens.get(b) ?? 0;
  }

  /** Program `data` into block `b` at `off` (the range must be erased). */
  prog(b: number, off: number, data: Uint8Array): void {
    const buf = new Uint8Array(this.block(b));
    buf.set(data, off);
    this.gens.set(b, this.gen(b) + 1);
    const write = this.dev.writeBlocks;
    if (!write) throw new FsError(ERRNO.EROFS, "littlefs: the device is read-only");
    this.device(() => {
      const at = b * this.blockSize + off;
      write.call(this.dev, Math.floor(at / this.dev.blockSize), data, at % this.dev.blockSize);
    });
    this.cache.set(b, buf);
  }

  /** Erase block `b`: the device's erase if it has one, else 0xff written over it. */
  erase(b: number): void {
    this.block(b);
    if (this.dev.eraseBlock && this.dev.blockSize === this.blockSize) {
      this.gens.set(b, this.gen(b) + 1);
      this.device(() => this.dev.eraseBlock!(b));
      this.cache.delete(b);
    } else {
      this.prog(b, 0, new Uint8Array(this.blockSize).fill(0xff));
    }
  }

  private device(f: () => void): void {
    try {
      f();
    } catch (e) {
      if (e instanceof FsError) throw e;
      throw new FsError(ERRNO.EIO, `littlefs: device error: ${(e as Error)?.message ?? e}`);
    }
  }
}
