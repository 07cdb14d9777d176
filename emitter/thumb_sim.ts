// A Thumb/Thumb-2 (ARMv6-M, ARMv7-M, ARMv7E-M with VFP) emulator that runs asm_thumb and native
// functions on the desktop. Semantics follow the ARMv7-M Architecture Reference Manual.
//
// Address space: an arena (code, data from `alloc`, the stack at its top) at ARENA_BASE; buffers
// passed to `map` from MAP_BASE up (reads and writes go to the caller's array); host functions
// at HOST_BASE; returning to SENTINEL_LR ends `call`.

import { condPassed, type Exec, hex, ThumbFault } from "./thumb_sim_alu.ts";
import { decodeAt } from "./thumb_sim_decode.ts";
import { type JitMachine, translateRegion } from "./thumb_jit.ts";
import { stackOk } from "./thumb_jit_decode.ts";

export { ThumbFault } from "./thumb_sim_alu.ts";

export const ARENA_BASE = 0x20000000;
export const MAP_BASE = 0x60000000;
export const HOST_BASE = 0xf0000000;
/** The LR value `call` passes: a return to it ends the run. */
export const SENTINEL_LR = 0xffffffff;
const SENTINEL_PC = 0xfffffffe;
const MAP_GAP = 64;

interface Region {
  addr: number;
  end: number;
  bytes: Uint8Array;
  dv: DataView;
}

export interface ThumbMachineOptions {
  /** Arena bytes (code + data + stack); default 1 MiB. */
  memorySize?: number;
  /** Stack bytes reserved at the top of the arena; default 64 KiB. */
  stackSize?: number;
  /** Translate code to JavaScript (thumb_jit.ts): off, once hot, or at first run; default
   * ThumbMachine.translateMode. */
  translate?: TranslateMode;
}

export type TranslateMode = "off" | "hot" | "eager";

/** Calls of a function, and loop backs to an address, before its code is translated: code run
 * once is cheaper to interpret than to compile. */
const CALL_HEAT = 3;
const LOOP_HEAT = 16;

/** The step-limit fault, raised by translated code too. */
function stepLimit(m: JitMachine, pc: number): never {
  throw new ThumbFault(`step limit of ${m.txMax} instructions exceeded`, pc);
}

const NO_REGION: Region = {
  addr: 0,
  end: 0,
  bytes: new Uint8Array(0),
  dv: new DataView(new ArrayBuffer(0)),
};

export class ThumbMachine {
  /** r0-r15 as uint32 (r15 is not kept here while running: see `pc`). */
  readonly regs = new Uint32Array(16);
  /** Address of the instruction to execute next (no Thumb bit). */
  pc = 0;
  n = 0;
  z = 0;
  c = 0;
  v = 0;
  /** Carry out of the last shifter operation (scratch). */
  sc = 0;
  /** ITSTATE: firstcond:mask, 0 outside an IT block. */
  it = 0;
  fpscr = 0;
  readonly s: Float32Array;
  readonly d: Float64Array;
  /** s0-s31 as raw bits (d_i = words 2i, 2i+1). */
  readonly su: Uint32Array;
  readonly mem: Uint8Array;
  /** The arena as words (translated code's stack accesses: sp stays word-aligned). */
  readonly mem32: Int32Array;
  readonly size: number;
  /** Instructions executed by the last `call` (for tests and benchmarks). */
  steps = 0;
  /** Instructions run by translated code, the count it must stay under, and the step limit of
   * the running call (thumb_jit.ts). */
  txSteps = 0;
  txLimit = 0;
  txMax = 0;
  /** How new machines translate code to JavaScript (tests run all three). */
  static translateMode: TranslateMode = "hot";
  private readonly translate: boolean;
  private readonly callHeat: number;
  private readonly loopHeat: number;
  /** Halfwords that translated code accounts for (no new translation starts there), and
   * entries counted towards translating (calls, loop backs). */
  private covered: Uint8Array;
  private heat: Uint8Array;

  private readonly dv: DataView;
  private readonly stackSize: number;
  private heapTop = ARENA_BASE;
  private codeTop = ARENA_BASE;
  private cache: (Exec | undefined)[];
  private sizes: Uint8Array;
  private itCache = new Map<number, { fn: Exec; size: number }>();
  private regions: Region[] = [];
  private lastRegion: Region = NO_REGION;
  private mapTop = MAP_BASE;
  private hosts: ((m: ThumbMachine) => void)[] = [];
  private depth = 0;

  constructor(opts: ThumbMachineOptions = {}) {
    this.size = (opts.memorySize ?? 1 << 20) & ~7;
    this.stackSize = opts.stackSize ?? Math.min(64 << 10, this.size >> 2);
    this.mem = new Uint8Array(this.size);
    this.mem32 = new Int32Array(this.mem.buffer);
    this.dv = new DataView(this.mem.buffer);
    this.sizes = new Uint8Array(this.size >> 1);
    // grown as code is met (filling 2M entries up front takes some 200 ms)
    this.cache = [];
    this.covered = new Uint8Array(this.size >> 1);
    this.heat = new Uint8Array(this.size >> 1);
    const mode = opts.translate ?? ThumbMachine.translateMode;
    this.translate = mode !== "off";
    this.callHeat = mode === "eager" ? 1 : CALL_HEAT;
    this.loopHeat = mode === "eager" ? 1 : LOOP_HEAT;
    const fregs = new ArrayBuffer(128);
    this.s = new Float32Array(fregs);
    this.d = new Float64Array(fregs);
    this.su = new Uint32Array(fregs);
  }

  /** Reserve `size` bytes of the arena (zeroed); returns the address. */
  alloc(size: number, align = 8): number {
    const addr = (this.heapTop + align - 1) & ~(align - 1);
    if (addr + size > ARENA_BASE + this.size - this.stackSize) {
      throw new ThumbFault(`out of emulator memory allocating ${size} bytes`);
    }
    this.heapTop = addr + size;
    this.mem.fill(0, addr - ARENA_BASE, addr + size - ARENA_BASE);
    return addr;
  }

  /** Copy machine code into the arena; returns its address (add 1 for a Thumb pointer). */
  loadCode(code: Uint8Array): number {
    const addr = this.alloc(code.length, 4);
    this.mem.set(code, addr - ARENA_BASE);
    this.codeTop = Math.max(this.codeTop, addr + code.length);
    this.invalidate(addr, code.length);
    return addr;
  }

  /** Make `bytes` addressable; writes by the code land in `bytes` itself. */
  map(bytes: Uint8Array): number {
    for (const r of this.regions) if (r.bytes === bytes) return r.addr;
    const addr = this.mapTop;
    const end = addr + bytes.length;
    if (end + MAP_GAP >= HOST_BASE) throw new ThumbFault("emulator map space exhausted");
    this.mapTop = (end + MAP_GAP + 7) & ~7;
    const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.regions.push({ addr, end, bytes, dv });
    return addr;
  }

  /** Between calls: keep the mappings, so that an address code returned (a viper `-> ptr`)
   * still reaches its buffer in the next call, unless they hold more than `maxRegions` buffers
   * or `maxBytes` bytes (they keep the buffers alive); then forget them all. */
  trimMaps(maxRegions: number, maxBytes: number): void {
    let bytes = 0;
    for (const r of this.regions) bytes += r.end - r.addr;
    if (this.regions.length > maxRegions || bytes > maxBytes) this.unmap();
  }

  /** Forget one mapping (by address) or, without an argument, all of them. */
  unmap(addr?: number): void {
    this.lastRegion = NO_REGION;
    if (addr === undefined) {
      this.regions = [];
      this.mapTop = MAP_BASE;
    } else {
      this.regions = this.regions.filter((r) => r.addr !== addr);
      if (this.regions.length === 0) this.mapTop = MAP_BASE;
    }
  }

  /** An address (with the Thumb bit) that runs `fn` when called with bl/blx, then returns. */
  registerHost(fn: (m: ThumbMachine) => void): number {
    this.hosts.push(fn);
    return (HOST_BASE + 8 * (this.hosts.length - 1)) | 1;
  }

  /**
   * Call the function at `entry` (Thumb bit optional) with up to 4 word arguments; returns r0.
   * Re-entrant: a host function may call back into machine code.
   */
  call(entry: number, args: number[] = [], opts: { maxSteps?: number } = {}): number {
    if (args.length > 4) throw new ThumbFault("at most 4 register arguments");
    const r = this.regs;
    const nested = this.depth > 0;
    const saved = nested ? this.saveState() : undefined;
    r[13] = nested ? r[13] & ~7 : ARENA_BASE + this.size;
    for (let i = 0; i < 4; i++) r[i] = args[i] ?? 0;
    r[14] = SENTINEL_LR;
    this.pc = (entry & ~1) >>> 0;
    this.it = 0;
    this.depth++;
    if (this.translate) this.warm(this.pc, this.callHeat);
    try {
      this.run(opts.maxSteps ?? 100_000_000);
      return r[0];
    } finally {
      this.depth--;
      if (saved) {
        const r0 = r[0], r1 = r[1];
        this.restoreState(saved);
        // Results stay visible to the host function that made the nested call.
        r[0] = r0;
        r[1] = r1;
      }
    }
  }

  private saveState() {
    return {
      regs: this.regs.slice(),
      pc: this.pc,
      flags: [this.n, this.z, this.c, this.v, this.it, this.fpscr],
      steps: this.steps,
    };
  }

  private restoreState(s: ReturnType<ThumbMachine["saveState"]>) {
    this.regs.set(s.regs);
    this.pc = s.pc;
    [this.n, this.z, this.c, this.v, this.it, this.fpscr] = s.flags;
    this.steps += s.steps;
  }

  private run(maxSteps: number): void {
    const cache = this.cache, sizes = this.sizes;
    let budget = maxSteps;
    let steps = 0;
    const tx0 = this.txSteps;
    this.txLimit = tx0 + maxSteps;
    this.txMax = maxSteps;
    try {
      for (;;) {
        const pc = this.pc;
        if (this.it !== 0) {
          this.stepIT(pc);
        } else {
          const i = (pc - ARENA_BASE) >>> 1;
          let h = cache[i];
          if (h === undefined) {
            if (pc >= HOST_BASE) {
              if (pc === SENTINEL_PC) return;
              this.callHost(pc);
              continue;
            }
            h = this.fill(pc, i);
          }
          this.pc = pc + sizes[i];
          h(this);
          // a loop: its code is worth translating once it has gone round a few times
          if (this.pc <= pc && this.translate) this.warm(this.pc, this.loopHeat);
        }
        steps++;
        if (--budget < 0) {
          throw new ThumbFault(`step limit of ${maxSteps} instructions exceeded`, pc);
        }
      }
    } finally {
      this.steps = steps + this.txSteps - tx0;
    }
  }

  private fill(pc: number, i: number): Exec {
    const off = pc - ARENA_BASE;
    if (pc < ARENA_BASE || off >= this.size - 1) {
      throw new ThumbFault(`instruction fetch outside emulator code memory`, pc);
    }
    const dec = decodeAt(this, pc, false);
    this.setCache(i, dec.fn);
    this.sizes[i] = dec.size;
    return dec.fn;
  }

  /** Count one more entry at `pc` (a call or a loop back): translate when it gets hot. */
  private warm(pc: number, heat: number): void {
    const i = (pc - ARENA_BASE) >>> 1;
    if (i >= this.covered.length || this.covered[i] !== 0) return;
    if (++this.heat[i] >= heat) this.translateFrom(pc, i);
  }

  /** Translate the code reachable from `pc`; its block starts then run the translation. */
  private translateFrom(pc: number, i: number): void {
    this.covered[i] = 1;
    const region = translateRegion(
      (a) => this.fetch16(a),
      pc,
      (a) => a >= ARENA_BASE && a < this.codeTop,
      stepLimit,
    );
    if (region === undefined) return;
    for (const a of region.covered) this.covered[(a - ARENA_BASE) >>> 1] = 1;
    const run = region.run;
    region.starts.forEach((start, k) => {
      const j = (start - ARENA_BASE) >>> 1;
      // with sp somewhere odd (only hand-written code moves it so), one instruction at a time
      this.setCache(j, (m) => stackOk(m.mem32, m.regs[13] | 0) ? run(m, k) : m.stepAt(start));
    });
  }

  /** Set a decoded-instruction slot, growing the cache densely (a sparse array is slow). */
  private setCache(i: number, h: Exec): void {
    const cache = this.cache;
    while (cache.length <= i) cache.push(undefined);
    cache[i] = h;
  }

  /** Execute the instruction at `pc` with the decoder (not in an IT block). */
  private stepAt(pc: number): void {
    const dec = decodeAt(this, pc, false);
    this.pc = pc + dec.size;
    dec.fn(this);
  }

  private stepIT(pc: number): void {
    let dec = this.itCache.get(pc);
    if (dec === undefined) {
      if (pc >= HOST_BASE) throw new ThumbFault("IT block runs into a non-code address", pc);
      dec = decodeAt(this, pc, true);
      this.itCache.set(pc, dec);
    }
    const it = this.it;
    this.it = (it & 7) === 0 ? 0 : (it & 0xe0) | ((it << 1) & 0x1f);
    this.pc = pc + dec.size;
    if (condPassed(this, it >>> 4)) dec.fn(this);
  }

  private callHost(pc: number): void {
    const idx = (pc - HOST_BASE) / 8;
    const fn = this.hosts[idx];
    if (fn === undefined || !Number.isInteger(idx)) {
      throw new ThumbFault("branch to an unmapped address", pc);
    }
    fn(this);
    this.pc = (this.regs[14] & ~1) >>> 0;
  }

  private invalidate(addr: number, len: number): void {
    const first = Math.max(0, ((addr - ARENA_BASE) >> 1) - 1);
    const last = (addr + len - 1 - ARENA_BASE) >> 1;
    const end = Math.min(last, this.cache.length - 1);
    for (let i = first; i <= end; i++) this.cache[i] = undefined;
    if (this.itCache.size !== 0) this.itCache.clear();
  }

  /** Halfword fetch for the decoder (code must be in the arena). */
  fetch16(addr: number): number {
    const o = addr - ARENA_BASE;
    if (o < 0 || o + 2 > this.size) throw new ThumbFault("instruction fetch outside memory", addr);
    return this.dv.getUint16(o, true);
  }

  private region(addr: number, len: number, write: boolean): Region {
    const last = this.lastRegion;
    if (addr >= last.addr && addr + len <= last.end) return last;
    for (const r of this.regions) {
      if (addr >= r.addr && addr + len <= r.end) return (this.lastRegion = r);
    }
    throw new ThumbFault(
      `memory fault: ${write ? "write" : "read"} of ${len} bytes at 0x${hex(addr)}`,
      this.pc,
    );
  }

  read32(addr: number): number {
    const a = addr >>> 0;
    const o = a - ARENA_BASE;
    if (o >= 0 && o <= this.size - 4) return this.dv.getUint32(o, true);
    const r = this.region(a, 4, false);
    return r.dv.getUint32(a - r.addr, true);
  }

  read16(addr: number): number {
    const a = addr >>> 0;
    const o = a - ARENA_BASE;
    if (o >= 0 && o <= this.size - 2) return this.dv.getUint16(o, true);
    const r = this.region(a, 2, false);
    return r.dv.getUint16(a - r.addr, true);
  }

  read8(addr: number): number {
    const a = addr >>> 0;
    const o = a - ARENA_BASE;
    if (o >= 0 && o < this.size) return this.mem[o];
    const r = this.region(a, 1, false);
    return r.bytes[a - r.addr];
  }

  write32(addr: number, v: number): void {
    const a = addr >>> 0;
    const o = a - ARENA_BASE;
    if (o >= 0 && o <= this.size - 4) {
      this.dv.setUint32(o, v, true);
      if (a < this.codeTop) this.invalidate(a, 4);
      return;
    }
    const r = this.region(a, 4, true);
    r.dv.setUint32(a - r.addr, v, true);
  }

  write16(addr: number, v: number): void {
    const a = addr >>> 0;
    const o = a - ARENA_BASE;
    if (o >= 0 && o <= this.size - 2) {
      this.dv.setUint16(o, v, true);
      if (a < this.codeTop) this.invalidate(a, 2);
      return;
    }
    const r = this.region(a, 2, true);
    r.dv.setUint16(a - r.addr, v, true);
  }

  write8(addr: number, v: number): void {
    const a = addr >>> 0;
    const o = a - ARENA_BASE;
    if (o >= 0 && o < this.size) {
      this.mem[o] = v;
      if (a < this.codeTop) this.invalidate(a, 1);
      return;
    }
    const r = this.region(a, 1, true);
    r.bytes[a - r.addr] = v;
  }

  /** Copy bytes out of emulator memory (arena or a mapped buffer). */
  readBytes(addr: number, len: number): Uint8Array {
    const out = new Uint8Array(len);
    for (let i = 0; i < len; i++) out[i] = this.read8(addr + i);
    return out;
  }

  /** Copy bytes into emulator memory. */
  writeBytes(addr: number, bytes: Uint8Array): void {
    for (let i = 0; i < bytes.length; i++) this.write8(addr + i, bytes[i]);
  }

  /** The APSR as a word (N Z C V in bits 31-28). */
  get apsr(): number {
    return ((this.n << 31) | (this.z << 30) | (this.c << 29) | (this.v << 28)) >>> 0;
  }
}
