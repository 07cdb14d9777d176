// uctypes' memory model. upy has no raw memory, so addresses live in a simulated 32-bit address
// space per interpreter: the first time a buffer's storage (its ArrayBuffer) is asked for its
// address it is mapped at the next free 16-byte-aligned address, with a 16-byte unmapped gap
// after it. Reading or writing an address outside every mapped buffer raises OSError(EFAULT)
// where a board would fault. Addresses of a buffer and its slices/memoryviews agree, because
// they share the storage. Like a GC heap block, a mapping is readable and writable up to the
// next 16-byte boundary: the bytes past the buffer's end ("slack") live in a side array, so
// fields that overhang a short buffer work as they do on a board.
import { state } from "../py/interp_state.ts";
import { MemoryError, OSError, raise } from "../py/obj_exception.ts";

const EFAULT = 14;
const FIRST_ADDRESS = 0x10000;
const GAP = 16;
const CHUNK = 0x10000;

interface Region {
  base: number;
  size: number;
  storage: WeakRef<ArrayBufferLike>;
  slack: Uint8Array;
}

class AddressSpace {
  private bases = new WeakMap<ArrayBufferLike, number>();
  private regions: Region[] = [];
  private next = FIRST_ADDRESS;
  /** str objects have no storage of their own: one UTF-8 copy per distinct text. */
  readonly strBytes = new Map<string, Uint8Array>();

  /** Storage made by bytearray_at() over unmapped addresses: kept alive like real RAM. */
  private pinned: ArrayBuffer[] = [];

  addressOf(bytes: Uint8Array): number {
    const storage = bytes.buffer;
    let base = this.bases.get(storage);
    if (base === undefined) {
      const size = storage.byteLength;
      base = this.next;
      // skip over memory that bytearray_at() mapped at fixed addresses
      for (
        let r = this.overlap(base, size + GAP);
        r !== undefined;
        r = this.overlap(base, size + GAP)
      ) {
        base = Math.ceil((r.base + r.size + r.slack.length + GAP) / 16) * 16;
      }
      const end = Math.ceil((base + size + GAP) / 16) * 16;
      if (end > 0xffffffff) raise(MemoryError);
      this.next = end;
      this.insert(base, storage);
    }
    return base + bytes.byteOffset;
  }

  /**
   * The bytes at [addr, addr+size) for bytearray_at(). On a board that needs no memory to be
   * there until it is touched; here untouched addresses get fresh zeroed memory mapped there.
   */
  mapAt(addr: number, size: number): Uint8Array {
    if (size === 0) return new Uint8Array(0);
    if (size < 0 || addr + size > 0x100000000) return raise(OSError, EFAULT);
    const inside = this.overlap(addr, size);
    if (inside !== undefined) return this.view(addr, size);
    // map a whole 64 KiB-aligned span when free, so that nearby bytearray_at() calls alias
    const lo = Math.floor(addr / CHUNK) * CHUNK;
    const hi = Math.min(Math.ceil((addr + size) / CHUNK) * CHUNK, 0x100000000);
    const [base, end] = this.overlap(lo, hi - lo) === undefined ? [lo, hi] : [addr, addr + size];
    const storage = new ArrayBuffer(end - base);
    this.pinned.push(storage);
    this.insert(base, storage);
    return this.view(addr, size);
  }

  private insert(base: number, storage: ArrayBufferLike): void {
    const size = storage.byteLength;
    this.bases.set(storage, base);
    // pad to the end of the 16-byte block, as far as the next region allows
    const slack = new Uint8Array(Math.max(0, Math.ceil((base + size) / 16) * 16 - base - size));
    const region = { base, size, storage: new WeakRef(storage), slack };
    let i = this.regions.length;
    while (i > 0 && this.regions[i - 1].base > base) i--;
    this.regions.splice(i, 0, region);
  }

  /** A live region sharing any byte with [addr, addr+size). */
  private overlap(addr: number, size: number): Region | undefined {
    return this.regions.find((r) =>
      r.storage.deref() !== undefined && r.base < addr + size &&
      addr < r.base + r.size + r.slack.length
    );
  }

  /** The region holding [addr, addr+size) (slack included), or EFAULT. */
  private region(addr: number, size: number): [Region, ArrayBufferLike] {
    const regions = this.regions;
    let lo = 0;
    let hi = regions.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (regions[mid].base <= addr) lo = mid + 1;
      else hi = mid - 1;
    }
    const r = regions[hi];
    const storage = r?.storage.deref();
    if (
      r === undefined || storage === undefined || size < 0 ||
      addr + size > r.base + r.size + r.slack.length
    ) {
      return raise(OSError, EFAULT);
    }
    return [r, storage];
  }

  /** The NUL-terminated bytes at `addr` (up to the end of their block), without the NUL. */
  cString(addr: number): Uint8Array {
    const [r] = this.region(addr, 1);
    const bytes = this.read(addr, r.base + r.size + r.slack.length - addr);
    const end = bytes.indexOf(0);
    return end < 0 ? bytes : bytes.subarray(0, end);
  }

  /** The `size` bytes at `addr`, as a view onto the buffer that holds them (no slack). */
  view(addr: number, size: number): Uint8Array {
    if (size === 0) return new Uint8Array(0);
    const [r, storage] = this.region(addr, size);
    if (addr + size > r.base + r.size) return raise(OSError, EFAULT);
    return new Uint8Array(storage, addr - r.base, size);
  }

  /** The `size` bytes at `addr`: a view when inside the buffer, else a copy that takes slack. */
  read(addr: number, size: number): Uint8Array {
    if (size === 0) return new Uint8Array(0);
    const [r, storage] = this.region(addr, size);
    const off = addr - r.base;
    if (off + size <= r.size) return new Uint8Array(storage, off, size);
    const data = new Uint8Array(storage, 0, r.size);
    const out = new Uint8Array(size);
    for (let k = 0; k < size; k++) {
      const i = off + k;
      out[k] = i < r.size ? data[i] : r.slack[i - r.size];
    }
    return out;
  }

  /** Stores `bytes` at `addr`, slack included. */
  write(addr: number, bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    const [r, storage] = this.region(addr, bytes.length);
    const off = addr - r.base;
    const data = new Uint8Array(storage, 0, r.size);
    for (let k = 0; k < bytes.length; k++) {
      const i = off + k;
      if (i < r.size) data[i] = bytes[k];
      else r.slack[i - r.size] = bytes[k];
    }
  }
}

const spaces = new WeakMap<object, AddressSpace>();

/** The running interpreter's address space. */
export function memory(): AddressSpace {
  let s = spaces.get(state);
  if (s === undefined) spaces.set(state, s = new AddressSpace());
  return s;
}
