// uctypes' memory model. upy has no raw memory, so addresses live in a simulated 32-bit address
// space per interpreter: the first time a buffer's storage (its ArrayBuffer) is asked for its
// address it is mapped at the next free 16-byte-aligned address, with a 16-byte unmapped gap
// after it. Reading or writing an address outside every mapped buffer raises OSError(EFAULT)
// where a board would fault. Addresses of a buffer and its slices/memoryviews agree, because
// they share the storage.
import { state } from "../py/interp_state.ts";
import { MemoryError, OSError, raise } from "../py/obj_exception.ts";

const EFAULT = 14;
const FIRST_ADDRESS = 0x10000;
const GAP = 16;

interface Region {
  base: number;
  size: number;
  storage: WeakRef<ArrayBufferLike>;
}

class AddressSpace {
  private bases = new WeakMap<ArrayBufferLike, number>();
  private regions: Region[] = [];
  private next = FIRST_ADDRESS;
  /** str objects have no storage of their own: one UTF-8 copy per distinct text. */
  readonly strBytes = new Map<string, Uint8Array>();

  addressOf(bytes: Uint8Array): number {
    const storage = bytes.buffer;
    let base = this.bases.get(storage);
    if (base === undefined) {
      base = this.next;
      const size = storage.byteLength;
      const end = Math.ceil((base + size + GAP) / 16) * 16;
      if (end > 0xffffffff) raise(MemoryError);
      this.next = end;
      this.bases.set(storage, base);
      this.regions.push({ base, size, storage: new WeakRef(storage) });
    }
    return base + bytes.byteOffset;
  }

  /** The `size` bytes at `addr`, as a view onto the buffer that holds them. */
  view(addr: number, size: number): Uint8Array {
    if (size === 0) return new Uint8Array(0);
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
    if (r === undefined || storage === undefined || size < 0 || addr + size > r.base + r.size) {
      return raise(OSError, EFAULT);
    }
    return new Uint8Array(storage, addr - r.base, size);
  }
}

const spaces = new WeakMap<object, AddressSpace>();

/** The running interpreter's address space. */
export function memory(): AddressSpace {
  let s = spaces.get(state);
  if (s === undefined) spaces.set(state, s = new AddressSpace());
  return s;
}
