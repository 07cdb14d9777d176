// What a flashable file holds, whatever its container (UF2, Intel HEX, raw .bin, ELF): bytes at
// addresses. Segments are kept sorted and never overlap; adding one that overlaps another is an
// ImageError (two things would be flashed to the same place).

/** A one-line problem with an image or its inputs (bad file, no room, wrong board). */
export class ImageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ImageError";
  }
}

export interface Segment {
  addr: number;
  data: Uint8Array;
}

const hex = (n: number) => "0x" + n.toString(16).padStart(8, "0");

export class MemoryMap {
  readonly segments: Segment[] = [];

  /** Place `data` at `addr`; `what` names it in the error when it overlaps something. */
  add(addr: number, data: Uint8Array, what = "data"): this {
    if (data.length === 0) return this;
    if (addr < 0 || addr + data.length > 2 ** 32) {
      throw new ImageError(`${what} at ${hex(addr)} runs past the 32-bit address space`);
    }
    const end = addr + data.length;
    for (const s of this.segments) {
      if (addr < s.addr + s.data.length && s.addr < end) {
        throw new ImageError(
          `${what} (${hex(addr)}-${hex(end)}) overlaps ${hex(s.addr)}-${
            hex(s.addr + s.data.length)
          }`,
        );
      }
    }
    this.segments.push({ addr, data });
    this.segments.sort((a, b) => a.addr - b.addr);
    return this;
  }

  /** Adjacent segments merged (a container's records often split one region into many). */
  coalesced(): Segment[] {
    const out: Segment[] = [];
    for (const s of this.segments) {
      const last = out[out.length - 1];
      if (last !== undefined && last.addr + last.data.length === s.addr) {
        const merged = new Uint8Array(last.data.length + s.data.length);
        merged.set(last.data);
        merged.set(s.data, last.data.length);
        out[out.length - 1] = { addr: last.addr, data: merged };
      } else {
        out.push(s);
      }
    }
    return out;
  }

  get start(): number {
    return this.segments.length ? this.segments[0].addr : 0;
  }

  get end(): number {
    const last = this.segments[this.segments.length - 1];
    return last ? last.addr + last.data.length : 0;
  }

  get byteCount(): number {
    return this.segments.reduce((n, s) => n + s.data.length, 0);
  }

  /** One contiguous image from `base` (default: the lowest address), gaps filled with `fill`
   * (0xff: erased flash). */
  flatten(base = this.start, fill = 0xff): Uint8Array {
    if (this.segments.length && this.start < base) {
      throw new ImageError(`data at ${hex(this.start)} lies below the image base ${hex(base)}`);
    }
    const out = new Uint8Array(Math.max(0, this.end - base)).fill(fill);
    for (const s of this.segments) out.set(s.data, s.addr - base);
    return out;
  }
}

export { hex as hexAddress };
