// Memory of the desktop native-code runtime: object handles (how Python values cross into
// Thumb code as machine words, docs/spec/native-abi.md §2) and a small heap in the emulator's
// arena for the runtime structures the code reads (§3).
import { MemoryError, raise } from "../src/py/obj_exception.ts";
import { ARENA_BASE, MAP_BASE, ThumbFault, type ThumbMachine } from "./thumb_sim.ts";

export const MP_OBJ_NULL = 0;
/** The "load" marker of obj_subscr. */
export const MP_OBJ_SENTINEL = 4;

/** Handles sit in an unmapped window below the mapped buffers: word = base + 4·index, so bit 0
 * is clear (never a small int), the word is never NULL or the sentinel, and code that
 * dereferences one faults instead of reading garbage. */
export const HANDLE_BASE = 0x40000000;
const MAX_HANDLES = (MAP_BASE - HANDLE_BASE) / 4;

/** MicroPython's 31-bit small ints on a 32-bit target. */
export const SMALL_INT_MIN = -(2 ** 30);
export const SMALL_INT_MAX = 2 ** 30 - 1;

const FREED = Symbol("freed handle");

/** The handle table of one runtime. Permanent handles (constants, globals, code) live as long
 * as the runtime; the others are released by `sweep` once no emulated memory holds them. */
export class Handles {
  private objs: unknown[] = [];
  private ids = new Map<unknown, number>();
  private free: number[] = [];
  private permanent: boolean[] = [];
  /** Indices of the releasable handles. */
  private temps: number[] = [];

  /** The handle word of `v` (the same word for the same value while it lives). */
  word(v: unknown, permanent = false): number {
    let i = this.ids.get(v);
    if (i === undefined) {
      i = this.free.pop() ?? this.objs.length;
      if (i >= MAX_HANDLES) throw new RangeError("native code: out of object handles");
      this.objs[i] = v;
      this.ids.set(v, i);
      this.permanent[i] = permanent;
      if (!permanent) this.temps.push(i);
    } else if (permanent && !this.permanent[i]) this.permanent[i] = true;
    return HANDLE_BASE + 4 * i;
  }

  /** Is `w` a live handle? */
  has(w: number): boolean {
    const i = (w - HANDLE_BASE) / 4;
    return Number.isInteger(i) && i >= 0 && i < this.objs.length && this.objs[i] !== FREED;
  }

  /** The value of a live handle (check with `has`). */
  get(w: number): unknown {
    return this.objs[(w - HANDLE_BASE) / 4];
  }

  /** How many releasable handles exist. */
  get tempCount(): number {
    return this.temps.length;
  }

  /** Release every non-permanent handle whose word is not in `roots`. */
  sweep(roots: Set<number>): void {
    const keep: number[] = [];
    for (const i of this.temps) {
      if (this.permanent[i]) continue;
      if (roots.has(HANDLE_BASE + 4 * i)) {
        keep.push(i);
        continue;
      }
      this.ids.delete(this.objs[i]);
      this.objs[i] = FREED;
      this.free.push(i);
    }
    this.temps = keep;
  }
}

/** A first-fit-by-size heap over the machine's arena (blocks are reused, never returned). */
export class Heap {
  private free = new Map<number, number[]>();
  constructor(private readonly m: ThumbMachine) {}

  /** `size` zeroed bytes, 8-aligned. */
  alloc(size: number): number {
    const n = blockSize(size);
    const addr = this.free.get(n)?.pop();
    if (addr === undefined) {
      try {
        return this.m.alloc(n, 8);
      } catch (e) {
        if (e instanceof ThumbFault) raise(MemoryError, "native code: emulator memory exhausted");
        throw e;
      }
    }
    this.m.mem.fill(0, addr - ARENA_BASE, addr - ARENA_BASE + n);
    return addr;
  }

  release(addr: number, size: number): void {
    const n = blockSize(size);
    const list = this.free.get(n);
    if (list === undefined) this.free.set(n, [addr]);
    else list.push(addr);
  }
}

function blockSize(size: number): number {
  return Math.max(8, (size + 7) & ~7);
}

/** Copy `words` into emulated memory at `addr`. */
export function writeWords(m: ThumbMachine, addr: number, words: number[]): void {
  for (let i = 0; i < words.length; i++) m.write32(addr + 4 * i, words[i]);
}

/** `n` words of emulated memory from `addr`. */
export function readWords(m: ThumbMachine, addr: number, n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(m.read32(addr + 4 * i));
  return out;
}
