// `upy cross -march=armv7m` on a module of @micropython.asm_thumb functions: the machine code in
// the .mpy, read back with reader.ts, disassembles with GNU `arm-none-eabi-objdump` to the
// instructions of the source. Each source instruction is rewritten to objdump's spelling (the
// flag-setting `s` of 16-bit ALU forms outside IT blocks, condition suffixes inside them, `#imm`,
// branch targets as addresses, push/pop of high registers as GNU as spells them) and compared line by
// line. Skipped, with a notice, when objdump is not on PATH (.ci/run installs it).
import { deepStrictEqual as assertEquals, ok as assert } from "node:assert/strict";
import { join } from "node:path";
import { crossCompile } from "../../ports/unix/cross.ts";
import { readMpy } from "./reader.ts";
import { ARCH_CODES } from "./arch.ts";
import { RawCodeKind } from "../py/raw_code.ts";

const OBJDUMP = "arm-none-eabi-objdump";

const NOPS = Array(130).fill("    nop()").join("\n");

/** The module: several functions, each exercising a group of forms. No `data` directives
 * (objdump would disassemble the bytes as instructions). `far` needs the 32-bit conditional
 * branch (`beq_w`: the 16-bit one reaches only +-256 bytes, and MicroPython does not widen it). */
const SOURCE = `import micropython
@micropython.asm_thumb
def arith(r0, r1, r2):
    add(r0, r0, r1)
    add(r0, 200)
    add(r3, r0, 7)
    sub(r0, r0, r2)
    sub(r0, 1)
    sub(r3, r3, 5)
    mul(r0, r1)
    neg(r0, r0)
    adc(r0, r1)
    sbc(r0, r2)
    sdiv(r0, r0, r1)
    udiv(r3, r0, r2)
    mov(r3, 255)
    mov(r8, r0)
    mov(r0, r8)
    mov(r1, r2)
    movw(r2, 0xBEEF)
    movt(r2, 0x1234)
    movwt(r3, 0x89ABCDEF)
@micropython.asm_thumb
def bits(r0, r1) -> uint:
    and_(r0, r1)
    orr(r0, r1)
    eor(r0, r1)
    bic(r0, r1)
    mvn(r1, r0)
    lsl(r0, r1, 3)
    lsr(r0, r0, 31)
    asr(r2, r1, 1)
    lsl(r0, r2)
    lsr(r0, r1)
    asr(r0, r2)
    ror(r0, r1)
    clz(r2, r0)
    rbit(r0, r2)
    tst(r0, r1)
    cmn(r0, r1)
@micropython.asm_thumb
def memory(r0, r1):
    ldr(r2, [r0, 0])
    ldr(r3, [r0, 124])
    ldrb(r2, [r1, 31])
    ldrh(r3, [r1, 62])
    str(r2, [r0, 4])
    strb(r3, [r1, 1])
    strh(r2, [r1, 2])
    push({r4, r5, r6})
    pop({r4, r5, r6})
    push({r4, r8, r9})
    pop({r4, r8, r9})
    push({lr})
    pop({pc})
@micropython.asm_thumb
def control(r0, r1):
    mov(r2, 0)
    label(loop)
    cmp(r0, r1)
    beq(done)
    cmp(r0, 10)
    bgt(big)
    it(lt)
    add(r2, r2, r0)
    ite(eq)
    mov(r2, 1)
    mov(r3, 2)
    itte(cs)
    sub(r2, 1)
    lsl(r2, r2, 1)
    mov(r2, r3)
    sub(r0, 1)
    b(loop)
    label(big)
    bl(sub1)
    b(done)
    label(sub1)
    nop()
    bx(lr)
    label(done)
    mov(r0, r2)
@micropython.asm_thumb
def far(r0):
    label(top)
    sub(r0, 1)
    beq_w(out)
${NOPS}
    bne_w(top)
    b(top)
    label(out)
`;

/** Single-precision VFP forms, for -march=armv7emsp (armv7m has no FPU). */
const VFP_SOURCE = `import micropython
@micropython.asm_thumb
def vfp(r0, r1):
    vmov(s0, r0)
    vmov(r1, s3)
    vadd(s0, s1, s2)
    vsub(s3, s4, s5)
    vmul(s6, s7, s8)
    vdiv(s9, s10, s11)
    vsqrt(s12, s13)
    vneg(s14, s15)
    vcmp(s0, s1)
    vmrs(APSR_nzcv, FPSCR)
    vmrs(r2, FPSCR)
    vcvt_f32_s32(s0, s1)
    vcvt_s32_f32(s2, s3)
    vldr(s0, [r0, 0])
    vldr(s1, [r0, 8])
    vstr(s31, [r1, 1020])
@micropython.asm_thumb
def vloop(r0, r1):
    mov(r2, 0)
    vmov(s0, r2)
    label(loop)
    vldr(s1, [r0, 0])
    vcmp(s1, s0)
    vmrs(APSR_nzcv, FPSCR)
    it(gt)
    vmov(r2, s1)
    add(r0, 4)
    sub(r1, 1)
    bne(loop)
    vmov(s0, r2)
    vstr(s0, [r0, 0])
`;

/** VFP mnemonics as objdump spells them (vcmp is assembled as VCMPE, as MicroPython does). */
const VFP_NAMES: Record<string, string> = {
  vadd: "vadd.f32",
  vsub: "vsub.f32",
  vmul: "vmul.f32",
  vdiv: "vdiv.f32",
  vsqrt: "vsqrt.f32",
  vneg: "vneg.f32",
  vcmp: "vcmpe.f32",
  vcvt_f32_s32: "vcvt.f32.s32",
  vcvt_s32_f32: "vcvt.s32.f32",
};

/** The same condition with the opposite sense (for the `e` slots of an IT block). */
const INVERSE: Record<string, string> = {
  eq: "ne",
  ne: "eq",
  cs: "cc",
  cc: "cs",
  mi: "pl",
  pl: "mi",
  vs: "vc",
  vc: "vs",
  hi: "ls",
  ls: "hi",
  ge: "lt",
  lt: "ge",
  gt: "le",
  le: "gt",
};

/** 16-bit ALU forms that set the flags outside an IT block (and so are `...s` in objdump). */
const FLAG_SETTING = new Set([
  "add",
  "sub",
  "mul",
  "neg",
  "adc",
  "sbc",
  "and",
  "orr",
  "eor",
  "bic",
  "mvn",
  "lsl",
  "lsr",
  "asr",
  "ror",
]);
const BRANCHES = /^b(eq|ne|cs|cc|mi|pl|vs|vc|hi|ls|ge|lt|gt|le)?(_w)?$/;

interface SrcInsn {
  op: string;
  args: string[];
}
interface SrcFunc {
  name: string;
  body: (SrcInsn | { label: string })[];
}

function splitArgs(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = "";
  for (const ch of s) {
    if (ch === "[" || ch === "{" || ch === "(") depth++;
    if (ch === "]" || ch === "}" || ch === ")") depth--;
    if (ch === "," && depth === 0) {
      out.push(cur.trim());
      cur = "";
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

function parseSource(src: string): SrcFunc[] {
  const funcs: SrcFunc[] = [];
  for (const line of src.split("\n")) {
    const def = /^def (\w+)\(/.exec(line);
    if (def) {
      funcs.push({ name: def[1], body: [] });
      continue;
    }
    const m = /^\s+(\w+)\((.*)\)\s*$/.exec(line);
    if (!m || funcs.length === 0) continue;
    const [, op, rest] = m;
    const args = splitArgs(rest);
    if (op === "label") funcs.at(-1)!.body.push({ label: args[0] });
    else funcs.at(-1)!.body.push({ op, args });
  }
  return funcs;
}

const REG_NUM = (r: string) =>
  r === "lr" ? 14 : r === "pc" ? 15 : r === "sp" ? 13 : Number(r.slice(1));

function imm(a: string): string {
  return `#${Number(a)}`;
}

function mem(a: string, vfp = false): string {
  const m = /^\[\s*(\w+)\s*,\s*(\w+)\s*\]$/.exec(a)!;
  // objdump drops a zero offset of vldr/vstr, not of the integer loads.
  return vfp && Number(m[2]) === 0 ? `[${m[1]}]` : `[${m[1]}, ${imm(m[2])}]`;
}

function regList(a: string): string[] {
  return a.replace(/[{}]/g, "").split(",").map((r) => r.trim()).sort((x, y) =>
    REG_NUM(x) - REG_NUM(y)
  );
}

const isReg = (a: string) => /^(r\d+|s\d+|lr|pc|sp|APSR_nzcv|FPSCR)$/.test(a);
const isLow = (a: string) => /^r[0-7]$/.test(a);

/** Source instructions → objdump lines `mnemonic operands`, with `@label` placeholders for
 * branch targets; `labels` receives each label's instruction index. */
function expected(f: SrcFunc, labels: Map<string, number>, wide: number[] = []): string[] {
  const out: string[] = [];
  let itConds: string[] = [];
  for (const item of f.body) {
    if ("label" in item) {
      labels.set(item.label, out.length);
      continue;
    }
    let { op, args } = item;
    if (op === "and_") op = "and";
    const cond = itConds.shift();
    const inIt = cond !== undefined;
    const suffix = (flagSetting: boolean) => (inIt ? cond : flagSetting ? "s" : "");
    const vfp = op.startsWith("v");
    const ops = args.map((a) =>
      a === "FPSCR" ? "fpscr" : isReg(a) ? a : a.startsWith("[") ? mem(a, vfp) : imm(a)
    );
    const it = /^it([te]*)$/.exec(op);
    const br = BRANCHES.exec(op);
    if (it) {
      const c = args[0];
      itConds = [c, ...[...it[1]].map((x) => (x === "t" ? c : INVERSE[c]))];
      out.push(`${op} ${c}`);
    } else if (br) {
      if (br[2]) wide.push(out.length);
      out.push(`b${br[1] ?? ""} @${args[0]}`);
    } else if (op === "bl") {
      out.push(`bl @${args[0]}`);
    } else if (op === "movwt") {
      const v = Number(args[1]);
      out.push(`movw ${args[0]}, #${v & 0xffff}`, `movt ${args[0]}, #${v >>> 16}`);
    } else if (op === "push" || op === "pop") {
      const regs = regList(args[0]);
      // As GNU as (not emitinlinethumb.c, whose one-register STMDB/LDMIA is UNPREDICTABLE):
      // 16-bit with lr/pc, str.w/ldr.w for one high register, else stmdb/ldmia.
      const extra = op === "push" ? "lr" : "pc";
      if (regs.every((r) => isLow(r) || r === extra)) out.push(`${op} {${regs.join(", ")}}`);
      else if (regs.length === 1) {
        out.push(op === "push" ? `str.w ${regs[0]}, [sp, #-4]!` : `ldr.w ${regs[0]}, [sp], #4`);
      } else out.push(`${op === "push" ? "stmdb" : "ldmia"} sp!, {${regs.join(", ")}}`);
    } else if (VFP_NAMES[op]) {
      out.push(`${VFP_NAMES[op].replace(/\./, (inIt ? cond : "") + ".")} ${ops.join(", ")}`);
    } else if (op === "mov") {
      // mov(rd, imm8) is MOVS; a register move is the high-register form (no flags).
      out.push(`mov${suffix(!isReg(args[1]))} ${ops.join(", ")}`);
    } else if (FLAG_SETTING.has(op)) {
      out.push(`${op}${suffix(true)} ${ops.join(", ")}`);
    } else {
      out.push(`${op}${inIt ? cond : ""}${ops.length ? " " + ops.join(", ") : ""}`);
    }
  }
  return out;
}

interface Disasm {
  addr: number;
  text: string;
}

async function objdump(code: Uint8Array, dir: string, name: string): Promise<Disasm[]> {
  const file = join(dir, `${name}.bin`);
  Deno.writeFileSync(file, code);
  const r = await new Deno.Command(OBJDUMP, {
    args: ["-D", "-b", "binary", "-marm", "-Mforce-thumb", file],
    stdout: "piped",
    stderr: "piped",
  }).output();
  assert(r.success, new TextDecoder().decode(r.stderr));
  const lines: Disasm[] = [];
  for (const line of new TextDecoder().decode(r.stdout).split("\n")) {
    const m = /^\s*([0-9a-f]+):\t[0-9a-f ]+\t(\S+)\s*([^@;]*)/.exec(line);
    if (!m) continue;
    const mnemonic = m[2].replace(/\.[nw]$/, "");
    const operands = m[3].trim().replace(/\s+/g, " ");
    lines.push({ addr: parseInt(m[1], 16), text: operands ? `${mnemonic} ${operands}` : mnemonic });
  }
  return lines;
}

async function haveObjdump(): Promise<boolean> {
  try {
    return (await new Deno.Command(OBJDUMP, { args: ["--version"], stdout: "null", stderr: "null" })
      .output()).success;
  } catch {
    return false;
  }
}

/** Cross-compiles `source` for `march`, disassembles each function's machine code and compares
 * it with the source; returns [functions, instructions] checked. */
async function checkModule(source: string, march: string): Promise<[number, number]> {
  const { mpy } = crossCompile(source, { inputName: "asm_mod.py", arch: ARCH_CODES.get(march) });
  const cm = readMpy(mpy, { thumbAsm: true });
  const funcs = parseSource(source);
  const codes = cm.rawCode.children.filter((c) => c.kind === RawCodeKind.NATIVE_ASM);
  assertEquals(codes.length, funcs.length);
  const dir = Deno.makeTempDirSync({ prefix: "upy_objdump_" });
  let checked = 0;
  try {
    for (let i = 0; i < funcs.length; i++) {
      const f = funcs[i];
      const dis = await objdump(codes[i].data, dir, f.name);
      // MicroPython's entry/exit (asm_thumb_entry/exit): push {r1, r4-r7, lr} ... pop {..., pc}.
      assertEquals(dis[0].text, "push {r1, r4, r5, r6, r7, lr}", `${f.name}: prologue`);
      assertEquals(dis.at(-1)!.text, "pop {r1, r4, r5, r6, r7, pc}", `${f.name}: epilogue`);
      const body = dis.slice(1, -1);
      const labels = new Map<string, number>();
      const wide: number[] = [];
      const want = expected(f, labels, wide).map((t) =>
        t.replace(/@(\w+)$/, (_, l: string) => {
          const k = labels.get(l);
          assert(k !== undefined, `${f.name}: unknown label ${l}`);
          return `0x${(k < body.length ? body[k].addr : dis.at(-1)!.addr).toString(16)}`;
        })
      );
      assertEquals(body.map((d) => d.text), want, `${f.name}: disassembly`);
      for (const k of wide) {
        assertEquals(dis[k + 2].addr - body[k].addr, 4, `${f.name}: ${want[k]} is 32-bit`);
      }
      checked += want.length;
    }
  } finally {
    Deno.removeSync(dir, { recursive: true });
  }
  console.log(`-march=${march}: ${funcs.length} functions, ${checked} instructions match objdump`);
  return [funcs.length, checked];
}

Deno.test("upy cross -march=armv7m: asm_thumb machine code disassembles to the source", async () => {
  if (!(await haveObjdump())) {
    console.log(`skipped: ${OBJDUMP} not on PATH (Debian package binutils-arm-none-eabi)`);
    return;
  }
  const [funcs, insns] = await checkModule(SOURCE, "armv7m");
  assert(funcs === 5 && insns > 200);
});

Deno.test("upy cross -march=armv7emsp: VFP instructions disassemble to the source", async () => {
  if (!(await haveObjdump())) {
    console.log(`skipped: ${OBJDUMP} not on PATH (Debian package binutils-arm-none-eabi)`);
    return;
  }
  const [funcs, insns] = await checkModule(VFP_SOURCE, "armv7emsp");
  assert(funcs === 2 && insns > 25);
});
