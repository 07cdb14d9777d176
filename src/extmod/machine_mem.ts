// machine.mem8/mem16/mem32 (extmod/machine_mem.c). On the unix port they map physical memory
// through /dev/mem; upy gives each interpreter a simulated address space instead: a sparse,
// zero-filled, little-endian RAM covering every 64-bit address, so board code that pokes
// registers runs and reads back what it wrote. Addresses and alignment errors are as the
// unix port (x86-64) gives them.
import { defineType, PyObject, type PyType, type PyValue } from "../py/obj.ts";
import { raise, TypeError, ValueError } from "../py/obj_exception.ts";
import { getInt } from "../py/obj_int.ts";

const PAGE_BITS = 12;
const PAGE_SIZE = 1 << PAGE_BITS;

/** Sparse RAM: 4 KiB pages created on first write; unwritten bytes read as zero. */
export class SimulatedMemory {
  private readonly pages = new Map<number, Uint8Array>();

  private page(addr: bigint, create: boolean): Uint8Array | undefined {
    const n = Number(addr >> BigInt(PAGE_BITS));
    let p = this.pages.get(n);
    if (p === undefined && create) {
      p = new Uint8Array(PAGE_SIZE);
      this.pages.set(n, p);
    }
    return p;
  }

  /** Read `size` bytes (1, 2 or 4) at an address aligned to `size`, as an unsigned value. */
  read(addr: bigint, size: number): number {
    const p = this.page(addr, false);
    if (p === undefined) return 0;
    const off = Number(addr & BigInt(PAGE_SIZE - 1));
    let v = 0;
    for (let i = size - 1; i >= 0; i--) v = v * 256 + p[off + i];
    return v;
  }

  /** Write the low `size` bytes of `value` at an address aligned to `size`. */
  write(addr: bigint, size: number, value: number): void {
    const p = this.page(addr, true)!;
    const off = Number(addr & BigInt(PAGE_SIZE - 1));
    for (let i = 0; i < size; i++) p[off + i] = (value >>> (8 * i)) & 0xff;
  }
}

class PyMem extends PyObject {
  constructor(readonly memory: SimulatedMemory, readonly size: number) {
    super(memType);
  }
}

/** mp_obj_get_int_truncated as a uintptr_t on a 64-bit port. */
function address(index: PyValue, align: number): bigint {
  const i = getInt(index);
  const addr = BigInt.asUintN(64, BigInt(i));
  if ((addr & BigInt(align - 1)) !== 0n) {
    // "%08x" prints an unsigned int: the low 32 bits.
    const low = Number(BigInt.asUintN(32, addr)).toString(16).padStart(8, "0");
    raise(ValueError, `address ${low} is not aligned to ${align} bytes`);
  }
  return addr;
}

/** The low 32 bits of an int value (mp_obj_get_int_truncated into a uint32_t). */
function word(v: PyValue): number {
  const i = getInt(v);
  return typeof i === "bigint" ? Number(BigInt.asUintN(32, i)) : i >>> 0;
}

const memType: PyType = defineType({
  name: "mem",
  repr: (self) => `<${8 * (self as PyMem).size}-bit memory>`,
  // Neither constructible nor iterable, though subscriptable (machine_mem_type's slots).
  makeNew: () => raise(TypeError, "can't create 'mem' instances"),
  getIter: () => raise(TypeError, "'mem' object isn't iterable"),
  getItem: (self, index) => {
    const m = self as PyMem;
    return m.memory.read(address(index, m.size), m.size);
  },
  setItem: (self, index, value) => {
    const m = self as PyMem;
    const addr = address(index, m.size);
    m.memory.write(addr, m.size, word(value));
  },
});

/** mem8, mem16 and mem32 over one fresh simulated memory. */
export function makeMemObjects(): [string, PyValue][] {
  const memory = new SimulatedMemory();
  return [
    ["mem8", new PyMem(memory, 1)],
    ["mem16", new PyMem(memory, 2)],
    ["mem32", new PyMem(memory, 4)],
  ];
}
