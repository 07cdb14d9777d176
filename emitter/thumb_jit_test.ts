// Differential test of the Thumb translator (thumb_jit.ts): random instruction sequences run
// interpreted and translated must leave the same registers, flags, memory and step count.
import { deepStrictEqual as assertEquals, ok } from "node:assert/strict";
import { ARENA_BASE, ThumbMachine, type TranslateMode } from "./thumb_sim.ts";

const SEED = Number(Deno.env.get("THUMB_JIT_SEED") ?? 20261207);
const PROGRAMS = 3000;

export class Rng {
  constructor(private s: number) {}
  next(): number {
    // xorshift32
    let x = this.s;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.s = x >>> 0;
    return this.s;
  }
  int(n: number): number {
    return this.next() % n;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)];
  }
}

/** Registers the programs compute in; r6 (an offset) and r7 (the data buffer) stay fixed. */
const lo = (g: Rng) => g.int(6);
const DATA_BYTES = 256;

/** One instruction that keeps r6, r7, sp and pc as they are (halfwords). */
function instruction(g: Rng, inIT: boolean): number[] {
  const rd = lo(g), rm = lo(g), rn = lo(g);
  switch (g.int(inIT ? 9 : 16)) {
    case 0: // LSL/LSR/ASR #imm5
      return [(g.int(3) << 11) | (g.int(32) << 6) | (rm << 3) | rd];
    case 1: // ADD/SUB register or imm3
      return [0x1800 | (g.int(4) << 9) | (g.int(8) << 6) | (rn << 3) | rd];
    case 2: // MOV/CMP/ADD/SUB #imm8
      return [0x2000 | (g.int(inIT ? 1 : 4) << 11) | (rd << 8) | g.pick([0, 1, 2, 31, 127, 255])];
    case 3: { // format 4 (inside IT: no flag-only ops: they make the block untranslatable too)
      const op = g.int(16);
      return [0x4000 | (op << 6) | (rm << 3) | rd];
    }
    case 4: // ADD/MOV with high registers (r8-r12 as scratch)
      return [0x4400 | (g.pick([0, 2]) << 8) | (g.pick([rm, 8, 9, 12]) << 3) | rd];
    case 5: // SXTH SXTB UXTH UXTB
      return [0xb200 | (g.int(4) << 6) | (rm << 3) | rd];
    case 6: // MOVW / MOVT
      return [
        0xf240 | (g.int(2) << 7) | (g.int(2) << 10) | g.int(16),
        (g.int(8) << 12) | (rd << 8) | g.int(256),
      ];
    case 7: // ADD rd, sp, #imm / ADR
      return [(g.int(2) ? 0xa800 : 0xa000) | (rd << 8) | g.int(8)];
    case 8: // CMP high (flags: only outside IT through case 3's share)
      return [0x4500 | (rm << 3) | rd];
    case 9: { // load/store, immediate offset from r7
      const form = g.int(3);
      if (form === 0) return [0x6000 | (g.int(2) << 11) | (g.int(16) << 6) | (7 << 3) | rd];
      if (form === 1) return [0x7000 | (g.int(2) << 11) | (g.int(32) << 6) | (7 << 3) | rd];
      return [0x8000 | (g.int(2) << 11) | (g.int(32) << 6) | (7 << 3) | rd];
    }
    case 10: // load/store, register offset [r7, r6]
      return [0x5000 | (g.int(8) << 9) | (6 << 6) | (7 << 3) | rd];
    case 11: { // 32-bit load/store from r7: imm12, negative imm8, register << imm2
      const op = g.pick([0xf880, 0xf8a0, 0xf8c0, 0xf890, 0xf8b0, 0xf8d0, 0xf990, 0xf9b0]);
      const form = g.int(3);
      if (form === 0) return [op | 7, (rd << 12) | g.int(64)];
      if (form === 1) return [(op & ~0x80) | 7, (rd << 12) | 0xc00 | 0];
      return [(op & ~0x80) | 7, (rd << 12) | (g.int(4) << 4) | 6];
    }
    case 12: // sp-relative word
      return [0x9000 | (g.int(2) << 11) | (rd << 8) | g.int(4)];
    case 13: // LDR literal
      return [0x4800 | (rd << 8) | g.int(4)];
    case 14: // CMP/CMN/TST/NEG
      return [0x4000 | (g.pick([8, 9, 10, 11]) << 6) | (rm << 3) | rd];
    default: // ADC/SBC/ROR: the emulator runs them between translated blocks
      return [0x4000 | (g.pick([5, 6, 7]) << 6) | (rm << 3) | rd];
  }
}

/** A program: random instructions, IT blocks and forward branches, then `bx lr`. */
export function program(g: Rng): number[] {
  const out: number[][] = [];
  const n = 4 + g.int(24);
  for (let i = 0; i < n; i++) {
    const kind = g.int(10);
    if (kind === 0) {
      // IT with 1-4 instructions: then/else bits above the terminating 1
      const count = 1 + g.int(4);
      const mask = ((g.int(8) << (5 - count)) | (1 << (4 - count))) & 15;
      out.push([0xbf00 | (g.int(14) << 4) | mask]);
      for (let k = 0; k < count; k++) out.push(instruction(g, true));
    } else if (kind === 1) out.push([0xd000 | (g.int(14) << 8) | g.int(4)]); // b<cond> forward
    else if (kind === 2) out.push([0xb100 | (g.int(2) << 11) | (g.int(4) << 3) | lo(g)]); // cbz
    else if (kind === 3) out.push([0xf000 | (g.int(14) << 6), 0x8000 | g.int(4)]); // b<cond>.w
    else if (kind === 4 && g.int(4) === 0) out.push([0xf000, 0xb800 | g.int(4)]); // b.w
    else out.push(instruction(g, false));
  }
  // a frame for the sp-relative words; room for the forward branches to land before it is
  // freed; then a literal pool
  const nops = [0xbf00, 0xbf00, 0xbf00, 0xbf00, 0xbf00, 0xbf00];
  return [0xb084, ...out.flat(), ...nops, 0xb004, 0x4770, 0, 0x1234, 0xfedc];
}

const faultText = (e: unknown) => String(e).replace(/ at 0x[0-9a-f]+$/, "");

interface Outcome {
  regs: number[];
  flags: number[];
  data: number[];
  stack: number[];
  steps: number;
  fault?: string;
}

const MEMORY = 1 << 16;

export function runProgram(halfwords: number[], seed: number, mode: TranslateMode): Outcome {
  const m = new ThumbMachine({ memorySize: MEMORY, translate: mode });
  const code = new Uint8Array(halfwords.length * 2);
  halfwords.forEach((h, i) => (code[2 * i] = h & 0xff, code[2 * i + 1] = h >> 8));
  const entry = m.loadCode(code);
  const data = m.alloc(DATA_BYTES);
  const g = new Rng(seed);
  for (let i = 0; i < DATA_BYTES; i += 4) m.write32(data + i, g.next());
  const values = [0, 1, 2, 31, 32, 33, 0x7fffffff, 0x80000000, 0xffffffff, 0xfffffffe];
  const args = [0, 1, 2, 3].map(() => g.int(3) === 0 ? g.next() : g.pick(values));
  for (let i = 4; i < 13; i++) m.regs[i] = g.int(2) ? g.next() : g.pick(values);
  m.regs[6] = 4 * g.int(8);
  m.regs[7] = data;
  [m.n, m.z, m.c, m.v] = [g.int(2), g.int(2), g.int(2), g.int(2)];
  let fault: string | undefined;
  try {
    // a branch into the middle of a 32-bit instruction may make a loop of what follows
    m.call(entry | 1, args, { maxSteps: 10_000 });
  } catch (e) {
    fault = faultText(e);
  }
  // A store into the program itself (a branch into the middle of an instruction can make one):
  // translated code keeps running what it translated, as a core runs what it prefetched
  // without an ISB; not compared.
  if (m.readBytes(entry, code.length).some((b, i) => b !== code[i])) fault = "self-modifying";
  // translated code keeps registers in variables until it leaves: after a fault only the
  // fault itself is the same (its address is the block's)
  if (fault !== undefined) return { regs: [], flags: [], data: [], stack: [], steps: 0, fault };
  return {
    regs: [...m.regs.slice(0, 13)],
    flags: [m.n, m.z, m.c, m.v],
    data: [...m.readBytes(data, DATA_BYTES)],
    stack: [...m.readBytes(ARENA_BASE + MEMORY - 64, 64)],
    steps: m.steps,
  };
}

Deno.test(`thumb translation: ${PROGRAMS} random programs run the same interpreted`, () => {
  const g = new Rng(SEED);
  let faults = 0, translatedAll = 0;
  for (let i = 0; i < PROGRAMS; i++) {
    const prog = program(g);
    const seed = g.next() | 1;
    const plain = runProgram(prog, seed, "off");
    const fast = runProgram(prog, seed, "eager");
    if (plain.fault) faults++;
    else translatedAll++;
    const hex = prog.map((h) => h.toString(16).padStart(4, "0")).join(" ");
    assertEquals(fast, plain, `program ${i} (seed ${SEED}): ${hex}`);
  }
  // the programs must mostly run to the end, or they test little
  ok(translatedAll > PROGRAMS * 0.75, `${faults} of ${PROGRAMS} programs faulted`);
});

Deno.test("thumb translation: a loop runs translated, with the step limit enforced", () => {
  // r0 = 0; loop: adds r0, #1; cmp r0, r1; bne loop; bx lr
  const code = [0x2000, 0x3001, 0x4288, 0xd1fc, 0x4770];
  for (const mode of ["off", "eager"] as const) {
    const m = new ThumbMachine({ memorySize: 1 << 16, translate: mode });
    const bytes = new Uint8Array(code.flatMap((h) => [h & 0xff, h >> 8]));
    const entry = m.loadCode(bytes);
    assertEquals(m.call(entry | 1, [0, 100000]), 100000);
    assertEquals(m.steps, 1 + 3 * 100000 + 1); // a taken or not-taken branch is one step
    let fault = "";
    try {
      m.call(entry | 1, [0, 0], { maxSteps: 5000 }); // counts up to 2**32: never stops
    } catch (e) {
      fault = String(e);
    }
    ok(fault.includes("step limit of 5000 instructions exceeded"), `${mode}: ${fault}`);
  }
});
