// Differential test: generated instructions assembled by us and by GNU arm-none-eabi-as must give
// identical bytes. Skipped (with a notice) when binutils-arm-none-eabi isn't installed.
import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { createAssembler } from "./asm_thumb.ts";
import { ARCH_FEATURES, DP, FP, modImm, T1, T2 } from "./asm_thumb_enc.ts";
import type { Operand, ThumbArch } from "./asm_types.ts";

type Rng = () => number;
function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = <T>(g: Rng, xs: readonly T[]): T => xs[Math.floor(g() * xs.length)];
const int = (g: Rng, a: number, b: number, step = 1) =>
  a + step * Math.floor(g() * (Math.floor((b - a) / step) + 1));

// operand generators
type Gen = (g: Rng) => Operand;
const R = (n: number): Operand => ({ kind: "reg", n });
const lo: Gen = (g) => R(int(g, 0, 7));
const hi: Gen = (g) => R(pick(g, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14]));
const sp: Gen = () => R(13);
const imm = (a: number, b: number, step = 1): Gen => (g) => ({
  kind: "imm",
  value: int(g, a, b, step),
});
const memG = (base: Gen, a: number, b: number, step = 1): Gen => (g) => ({
  kind: "mem",
  base: (base(g) as { n: number }).n,
  offset: int(g, a, b, step),
});
const K: Gen = (g) => {
  for (;;) {
    const v = pick(g, [
      () => int(g, 0, 255),
      () => (int(g, 1, 255) << int(g, 0, 24)) >>> 0,
      () => int(g, 1, 255) * pick(g, [0x10001, 0x1000100, 0x1010101]),
    ])() >>> 0;
    if (modImm(v) >= 0) return { kind: "imm", value: v };
  }
};
const imm12NotK: Gen = (g) => {
  for (;;) {
    const v = int(g, 0, 4095);
    if (modImm(v) < 0) return { kind: "imm", value: v };
  }
};
const S: Gen = (g) => ({ kind: "sreg", n: int(g, 0, 31) });
const D: Gen = (g) => ({ kind: "dreg", n: int(g, 0, 15) });
const L = (name: string): Gen => () => ({ kind: "label", name });
const list = (pool: number[], extra: number[], min = 1): Gen => (g) => {
  const regs = [...pool, ...extra].filter(() => g() < 0.4).sort((a, b) => a - b);
  while (regs.length < min) {
    const r = pick(g, pool);
    if (!regs.includes(r)) regs.push(r);
    regs.sort((a, b) => a - b);
  }
  return { kind: "reglist", regs };
};
const FIMMS = [1, 2, 0.5, 1.5, -1, 10, 0.25, 31, -0.125, 3.75];

interface Tpl {
  mn: string; // ours
  gnu: string; // GNU mnemonic outside IT
  feat: number;
  ops: Gen[];
  it?: boolean; // may appear inside an IT block (GNU mnemonic there: `itMn` + cond)
  itMn?: string;
  fix?: (ops: Operand[]) => Operand[] | null; // adjust/reject a draw
}
const t = (mn: string, gnu: string, feat: number, ops: Gen[], extra: Partial<Tpl> = {}): Tpl => ({
  mn,
  gnu,
  feat,
  ops,
  it: true,
  ...extra,
});
const sameD = (o: Operand[]) => [o[0], o[0], ...o.slice(2)];
const diffRd = (o: Operand[]) => (o[0] as { n: number }).n === (o[1] as { n: number }).n ? null : o;

const TEMPLATES: Tpl[] = [];
// 16-bit (MicroPython vocabulary → unified flag-setting names)
for (
  const [mn, gens] of [
    ["add", [lo, lo, imm(0, 7)]],
    ["sub", [lo, lo, imm(0, 7)]],
    ["add", [lo, imm(0, 255)]],
    [
      "sub",
      [lo, imm(0, 255)],
    ],
    ["add", [lo, lo, lo]],
    ["sub", [lo, lo, lo]],
    ["sub", [lo, lo]],
  ] as [string, Gen[]][]
) {
  TEMPLATES.push(t(mn, mn + "s", T1, gens, { itMn: mn }));
}
TEMPLATES.push(t("mov", "movs", T1, [lo, imm(0, 255)], { itMn: "mov" }));
TEMPLATES.push(t("movs", "movs", T1, [lo, lo], { it: false }));
TEMPLATES.push(t("mov", "mov", T1, [hi, hi]));
TEMPLATES.push(t("add", "add", T1, [lo, lo]));
TEMPLATES.push(
  t("add", "add", T1, [hi, hi], {
    fix: (o) => (o[0] as { n: number }).n < 8 && (o[1] as { n: number }).n < 8 ? null : o,
  }),
);
for (
  const mn of [
    "adc",
    "sbc",
    "and",
    "orr",
    "eor",
    "bic",
    "mvn",
    "neg",
    "mul",
    "lsl",
    "lsr",
    "asr",
    "ror",
  ]
) {
  TEMPLATES.push(t(mn, mn + "s", T1, [lo, lo], { itMn: mn }));
}
for (const mn of ["adc", "and", "orr", "eor", "mul"]) {
  TEMPLATES.push(t(mn, mn + "s", T1, [lo, lo, lo], { itMn: mn, fix: sameD }));
}
TEMPLATES.push(
  t("lsl", "lsls", T1, [lo, lo, imm(0, 31)], {
    itMn: "lsl",
    fix: (o) => (o[2] as { value: number }).value ? o : null,
  }),
);
TEMPLATES.push(t("lsr", "lsrs", T1, [lo, lo, imm(1, 32)], { itMn: "lsr" }));
TEMPLATES.push(t("asr", "asrs", T1, [lo, lo, imm(1, 32)], { itMn: "asr" }));
TEMPLATES.push(
  t("add", "add", T1, [sp, sp, imm(0, 508, 4)]),
  t("sub", "sub", T1, [sp, sp, imm(0, 508, 4)]),
);
TEMPLATES.push(
  t("add", "add", T1, [sp, imm(0, 508, 4)]),
  t("add", "add", T1, [lo, sp, imm(0, 1020, 4)]),
);
TEMPLATES.push(
  t("cmp", "cmp", T1, [lo, imm(0, 255)]),
  t("cmp", "cmp", T1, [lo, lo]),
  t("cmp", "cmp", T1, [hi, hi]),
);
TEMPLATES.push(t("cmn", "cmn", T1, [lo, lo]), t("tst", "tst", T1, [lo, lo]));
for (
  const [mn, size] of [["ldr", 4], ["str", 4], ["ldrb", 1], ["strb", 1], ["ldrh", 2], [
    "strh",
    2,
  ]] as const
) {
  TEMPLATES.push(t(mn, mn, T1, [lo, memG(lo, 0, 31 * size, size)]));
}
TEMPLATES.push(
  t("ldr", "ldr", T1, [lo, memG(sp, 0, 1020, 4)]),
  t("str", "str", T1, [lo, memG(sp, 0, 1020, 4)]),
);
TEMPLATES.push(t("ldr", "ldr", T1, [lo, memG(() => R(15), 0, 1020, 4)]));
TEMPLATES.push(t("push", "push", T1, [list([0, 1, 2, 3, 4, 5, 6, 7], [14])], { it: false }));
TEMPLATES.push(t("pop", "pop", T1, [list([0, 1, 2, 3, 4, 5, 6, 7], [15])], { it: false }));
TEMPLATES.push(t("bx", "bx", T1, [hi], { it: false }), t("blx", "blx", T1, [hi], { it: false }));
// GNU writes `nop` as `mov r8, r8` for cortex-m0; we emit the NOP hint as MicroPython does.
TEMPLATES.push(t("nop", ".inst.n 0xbf00 @", T1, [], { it: false }));
for (const mn of ["wfi", "wfe", "sev", "yield"]) TEMPLATES.push(t(mn, mn, T1, []));
TEMPLATES.push(
  t("cpsid", "cpsid", T1, [L("i")], { it: false }),
  t("cpsie", "cpsie", T1, [L("f")], { it: false }),
);
TEMPLATES.push(
  t("bkpt", "bkpt", T1, [imm(0, 255)], { it: false }),
  t("svc", "svc", T1, [imm(0, 255)]),
);
for (const mn of ["rev", "rev16", "revsh", "sxth", "sxtb", "uxth", "uxtb"]) {
  TEMPLATES.push(t(mn, mn, T1, [lo, lo]));
}
TEMPLATES.push(
  t("mrs", "mrs", T1, [
    hi,
    (g) => L(pick(g, ["IPSR", "PRIMASK", "CONTROL", "MSP", "PSP", "APSR"]))(g),
  ], { it: false }),
);
TEMPLATES.push(
  t("msr", "msr", T1, [(g) => L(pick(g, ["PRIMASK", "CONTROL", "MSP", "PSP"]))(g), hi], {
    it: false,
  }),
);

// Thumb-2
for (const op of ["add", "sub", "adc", "sbc", "and", "orr", "eor", "bic", "orn", "rsb"]) {
  TEMPLATES.push(
    t(op + ".w", op + ".w", T2, [hi, hi, hi]),
    t(op + "s.w", op + "s.w", T2, [hi, hi, hi]),
    t(op + ".w", op + ".w", T2, [hi, hi, K]),
    t(op + "s", op + "s", T2, [hi, hi, K]),
  );
  if (op !== "orn" && op !== "rsb") TEMPLATES.push(t(op, op + "s", T2, [hi, hi, hi], { itMn: op }));
}
TEMPLATES.push(
  t("add", "adds", T2, [hi, hi, K], { itMn: "add" }),
  t("sub", "subs", T2, [lo, lo, imm(8, 255)], { itMn: "sub", fix: diffRd }),
);
TEMPLATES.push(
  t("addw", "addw", T2, [hi, hi, imm12NotK]),
  t("subw", "subw", T2, [hi, hi, imm(0, 4095)]),
);
TEMPLATES.push(t("add", "add", T2, [hi, sp, K]), t("sub", "sub", T2, [sp, sp, imm(512, 4092, 4)]));
TEMPLATES.push(
  t("mov.w", "mov.w", T2, [hi, K]),
  t("movs", "movs", T2, [hi, K]),
  t("mov", "movs", T2, [hi, K], { itMn: "mov" }),
);
TEMPLATES.push(t("mov.w", "mov.w", T2, [hi, hi]), t("movs.w", "movs.w", T2, [hi, hi]));
TEMPLATES.push(
  t("mvn.w", "mvn.w", T2, [hi, K]),
  t("mvns", "mvns", T2, [hi, hi]),
  t("mvn.w", "mvn.w", T2, [hi, hi]),
);
TEMPLATES.push(
  t("movw", "movw", T2, [hi, imm(0, 65535)]),
  t("movt", "movt", T2, [hi, imm(0, 65535)]),
);
TEMPLATES.push(t("movwt", "movwt", T2, [hi, imm(0, 0xffffffff)], { it: false }));
for (const op of ["cmp", "cmn", "tst", "teq"]) {
  TEMPLATES.push(t(op, op, T2, [hi, K]), t(op + ".w", op + ".w", T2, [hi, hi]));
}
TEMPLATES.push(
  t("cmp", "cmp", T2, [hi, imm(256, 4095)], {
    fix: (o) => modImm((o[1] as { value: number }).value) >= 0 ? o : null,
  }),
);
for (
  const [op, a, b] of [["lsl", 0, 31], ["lsr", 1, 32], ["asr", 1, 32], ["ror", 1, 31]] as const
) {
  TEMPLATES.push(
    t(op + ".w", op + ".w", T2, [hi, hi, imm(a, b)]),
    t(op + "s.w", op + "s.w", T2, [hi, hi, imm(a, b)]),
    t(op + ".w", op + ".w", T2, [hi, hi, hi]),
    t(op, op + "s", T2, [hi, hi, hi], { itMn: op }),
  );
}
TEMPLATES.push(
  t("neg", "negs", T2, [hi, hi], { itMn: "neg" }),
  t("mul.w", "mul.w", T2, [hi, hi, hi]),
);
TEMPLATES.push(t("mla", "mla", T2, [hi, hi, hi, hi]), t("mls", "mls", T2, [hi, hi, hi, hi]));
for (const op of ["sdiv", "udiv"]) TEMPLATES.push(t(op, op, T2, [hi, hi, hi]));
for (const op of ["clz", "rbit", "rev", "rev16", "revsh", "sxth", "sxtb", "uxth", "uxtb"]) {
  TEMPLATES.push(t(op, op, T2, [hi, hi]));
}
for (
  const [mn, size] of [["ldr", 4], ["str", 4], ["ldrb", 1], ["strb", 1], ["ldrh", 2], ["strh", 2], [
    "ldrsb",
    1,
  ], ["ldrsh", 2]] as const
) {
  TEMPLATES.push(t(mn, mn, T2, [hi, memG(hi, 0, 4095)]), t(mn, mn, T2, [hi, memG(hi, -255, -1)]));
  TEMPLATES.push(t(mn, mn, T2, [hi, memG(sp, 128 * size, 4095)]));
}
TEMPLATES.push(t("ldr", "ldr", T2, [hi, memG(() => R(15), -4095, 4095)]));
TEMPLATES.push(t("ldrex", "ldrex", T2, [hi, memG(hi, 0, 1020, 4)]));
TEMPLATES.push(t("strex", "strex", T2, [hi, hi, memG(hi, 0, 1020, 4)], {
  fix: (o) => {
    const d = (o[0] as { n: number }).n;
    return d === (o[1] as { n: number }).n || d === (o[2] as { base: number }).base ? null : o;
  },
}));
TEMPLATES.push(
  t("push", "push", T2, [list([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], [14])], {
    it: false,
    fix: (o) => (o[0] as { regs: number[] }).regs.some((r) => r >= 8 && r < 13) ? o : null,
  }),
);
TEMPLATES.push(
  t("pop", "pop", T2, [list([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], [15])], {
    it: false,
    fix: (o) => (o[0] as { regs: number[] }).regs.some((r) => r >= 8 && r < 13) ? o : null,
  }),
);
TEMPLATES.push(t("nop.w", "nop.w", T2, []), t("mrs", "mrs", T2, [hi, L("BASEPRI")], { it: false }));

// VFP
for (const op of ["vadd", "vsub", "vmul", "vdiv", "vnmul", "vmla", "vmls", "vfma", "vfms"]) {
  TEMPLATES.push(t(op, op + ".f32", FP, [S, S, S]), t(op + ".f64", op + ".f64", DP, [D, D, D]));
}
for (const op of ["vneg", "vabs", "vsqrt", "vcmp", "vcmpe"]) {
  TEMPLATES.push(t(op, op + ".f32", FP, [S, S]), t(op, op + ".f64", DP, [D, D]));
}
TEMPLATES.push(
  t("vcmp", "vcmp.f32", FP, [S, imm(0, 0)]),
  t("vmov", "vmov.f32", FP, [S, S]),
  t("vmov", "vmov.f64", DP, [D, D]),
);
TEMPLATES.push(
  t("vmov", "vmov", FP, [S, hi]),
  t("vmov", "vmov", FP, [hi, S]),
  t("vmov", "vmov", FP, [D, hi, hi]),
);
TEMPLATES.push(t("vmov", "vmov", FP, [hi, hi, D], { fix: diffRd }));
TEMPLATES.push(t("vmov", "vmov.f32", FP, [S, (g) => ({ kind: "imm", value: pick(g, FIMMS) })]));
TEMPLATES.push(t("vmov", "vmov.f64", DP, [D, (g) => ({ kind: "imm", value: pick(g, FIMMS) })]));
for (
  const [cv, pat] of [
    ["f32.s32", "ss"],
    ["f32.u32", "ss"],
    ["s32.f32", "ss"],
    ["u32.f32", "ss"],
    ["f64.s32", "ds"],
    ["f64.u32", "ds"],
    ["s32.f64", "sd"],
    ["u32.f64", "sd"],
    ["f64.f32", "ds"],
    ["f32.f64", "sd"],
  ]
) {
  const gens = [...pat].map((k) => (k === "s" ? S : D));
  TEMPLATES.push(
    t("vcvt_" + cv.replace(".", "_"), "vcvt." + cv, pat.includes("d") ? DP : FP, gens),
  );
}
TEMPLATES.push(
  t("vmrs", "vmrs", FP, [L("APSR_nzcv"), L("FPSCR")]),
  t("vmrs", "vmrs", FP, [hi, L("FPSCR")]),
);
TEMPLATES.push(t("vmsr", "vmsr", FP, [L("FPSCR"), hi]));
for (const op of ["vldr", "vstr"]) {
  TEMPLATES.push(
    t(op, op, FP, [S, memG(hi, -1020, 1020, 4)]),
    t(op, op, DP, [D, memG(hi, -1020, 1020, 4)]),
  );
}
const vlist = (kind: "sreg" | "dreg", max: number): Gen => (g) => {
  const first = int(g, 0, max - 1);
  const n = int(g, 1, Math.min(max - first, 8));
  return {
    kind: "reglist",
    regs: Array.from({ length: n }, (_, i) => first + i),
    fkind: kind,
  } as unknown as Operand;
};
TEMPLATES.push(
  t("vpush", "vpush", FP, [vlist("sreg", 32)], { it: false }),
  t("vpop", "vpop", FP, [vlist("sreg", 32)], { it: false }),
);
TEMPLATES.push(
  t("vpush", "vpush", DP, [vlist("dreg", 16)], { it: false }),
  t("vpop", "vpop", DP, [vlist("dreg", 16)], { it: false }),
);

const CONDS = ["eq", "ne", "cs", "cc", "mi", "pl", "vs", "vc", "hi", "ls", "ge", "lt", "gt", "le"];
const NAMES: Record<number, string> = { 13: "sp", 14: "lr", 15: "pc" };

function gnuOperand(o: Operand, mn: string): string {
  switch (o.kind) {
    case "reg":
      return NAMES[o.n] ?? `r${o.n}`;
    case "sreg":
      return `s${o.n}`;
    case "dreg":
      return `d${o.n}`;
    case "imm":
      return mn.startsWith("vmov") ? `#${o.value.toFixed(4)}` : `#${o.value}`;
    case "mem":
      return `[${NAMES[o.base] ?? `r${o.base}`}, #${o.offset}]`;
    case "label":
      return o.name;
    case "reglist": {
      const p = (o as unknown as { fkind?: string }).fkind === "dreg"
        ? "d"
        : mn.startsWith("v")
        ? "s"
        : "";
      return `{${o.regs.map((n) => p ? `${p}${n}` : NAMES[n] ?? `r${n}`).join(", ")}}`;
    }
  }
}
const withCond = (mn: string, cc: string) => mn.includes(".") ? mn.replace(".", cc + ".") : mn + cc;

interface Line {
  mn: string;
  ops: Operand[];
  gnu: string;
}
function draw(g: Rng, tp: Tpl): Operand[] {
  for (;;) {
    const ops = tp.ops.map((f) => f(g));
    const fixed = tp.fix ? tp.fix(ops) : ops;
    if (fixed) return fixed;
  }
}
function lineFor(tp: Tpl, ops: Operand[], cc: string | null): Line[] {
  const gmn = cc === null ? tp.gnu : withCond(tp.itMn ?? tp.gnu, cc);
  if (tp.mn === "movwt") {
    const r = gnuOperand(ops[0], "");
    const v = (ops[1] as { value: number }).value >>> 0;
    return [{ mn: tp.mn, ops, gnu: `movw ${r}, #${v & 0xffff}\n movt ${r}, #${v >>> 16}` }];
  }
  let ours = ops;
  if (ops[0]?.kind === "reglist" && (ops[0] as unknown as { fkind?: string }).fkind === "dreg") {
    ours = ops[0].regs.map((n) => ({ kind: "dreg", n }) as Operand);
  }
  return [{ mn: tp.mn, ops: ours, gnu: `${gmn} ${ops.map((o) => gnuOperand(o, gmn)).join(", ")}` }];
}

interface Instance {
  lines: Line[];
}

function generate(arch: ThumbArch, count: number, seed: number): Instance[] {
  const g = mulberry32(seed);
  const feats = ARCH_FEATURES[arch];
  const tpls = TEMPLATES.filter((tp) => (tp.feat & feats) === tp.feat);
  const itTpls = tpls.filter((tp) => tp.it !== false);
  const out: Instance[] = [];
  for (let i = 0; out.length < count; i++) {
    const k = g();
    if (k < 0.08) {
      // branch to an instance label (near, or anywhere on Thumb-2)
      const far = (feats & T2) !== 0 && g() < 0.3;
      const kind = pick(g, ["b", "bl", "bcc", "bcc", "cbz"]);
      if (kind === "cbz" && !(feats & T2)) continue;
      const span = kind === "bcc" && !(feats & T2) ? 25 : 200;
      const target = kind === "cbz"
        ? Math.min(count, out.length + int(g, 2, 12))
        : far
        ? int(g, 0, count - 1)
        : Math.max(0, Math.min(count - 1, out.length + int(g, -span, span)));
      const name = `I${target}`;
      const mn = kind === "bcc"
        ? "b" + pick(g, CONDS)
        : kind === "cbz"
        ? pick(g, ["cbz", "cbnz"])
        : kind;
      const ops: Operand[] = kind === "cbz"
        ? [lo(g), { kind: "label", name }]
        : [{ kind: "label", name }];
      out.push({
        lines: [{ mn, ops, gnu: `${mn} ${ops.map((o) => gnuOperand(o, mn)).join(", ")}` }],
      });
      continue;
    }
    if (k < 0.14 && (feats & T2)) {
      const n = int(g, 1, 4);
      const cc = pick(g, CONDS);
      const inv = CONDS[CONDS.indexOf(cc) ^ 1];
      let pattern = "";
      for (let j = 1; j < n; j++) pattern += g() < 0.5 ? "t" : "e";
      const lines: Line[] = [{
        mn: "it" + pattern,
        ops: [{ kind: "label", name: cc }],
        gnu: `it${pattern} ${cc}`,
      }];
      for (let j = 0; j < n; j++) {
        const c = j === 0 || pattern[j - 1] === "t" ? cc : inv;
        const tp = pick(g, itTpls);
        lines.push(...lineFor(tp, draw(g, tp), c));
      }
      out.push({ lines });
      continue;
    }
    const tp = pick(g, tpls);
    out.push({ lines: lineFor(tp, draw(g, tp), null) });
  }
  return out;
}

const CPU: Record<ThumbArch, string> = {
  armv6m: ".cpu cortex-m0",
  armv7m: ".cpu cortex-m3",
  armv7em: ".cpu cortex-m4\n.fpu softvfp",
  armv7emsp: ".cpu cortex-m4\n.fpu fpv4-sp-d16",
  armv7emdp: ".cpu cortex-m7\n.fpu fpv5-d16",
};

async function haveGnu(): Promise<boolean> {
  try {
    const r = await new Deno.Command("arm-none-eabi-as", {
      args: ["--version"],
      stdout: "null",
      stderr: "null",
    }).output();
    return r.success;
  } catch {
    return false;
  }
}

async function run(cmd: string, args: string[]): Promise<string> {
  const r = await new Deno.Command(cmd, { args, stdout: "piped", stderr: "piped" }).output();
  const text = new TextDecoder().decode(r.stdout) + new TextDecoder().decode(r.stderr);
  if (!r.success) throw new Error(`${cmd} failed:\n${text.slice(0, 4000)}`);
  return text;
}

const ARCHS: ThumbArch[] = ["armv6m", "armv7m", "armv7em", "armv7emsp", "armv7emdp"];
const PER_ARCH = 1200;

Deno.test("asm_thumb matches GNU as byte for byte", async () => {
  if (!(await haveGnu())) {
    console.log("NOTICE: arm-none-eabi-as not on PATH; skipping the binutils differential test");
    return;
  }
  const dir = await Deno.makeTempDir();
  let total = 0;
  const failures: string[] = [];
  for (const [ai, arch] of ARCHS.entries()) {
    const insts = generate(arch, PER_ARCH, 1234 + ai);
    const asm = createAssembler(arch);
    const src = [".syntax unified", ".thumb", CPU[arch], ".text"];
    insts.forEach((inst, i) => {
      src.push(`I${i}:`);
      asm.label(`I${i}`, i);
      for (const l of inst.lines) {
        src.push(" " + l.gnu);
        asm.op(l.mn, l.ops, i);
      }
    });
    src.push(`I${insts.length}:`, "");
    asm.label(`I${insts.length}`, insts.length);
    const ours = asm.finish();
    const offs = asm.labelOffsets();
    const s = `${dir}/${arch}.s`;
    await Deno.writeTextFile(s, src.join("\n"));
    await run("arm-none-eabi-as", ["-o", `${dir}/${arch}.o`, s]);
    await run("arm-none-eabi-objcopy", [
      "-O",
      "binary",
      "-j",
      ".text",
      `${dir}/${arch}.o`,
      `${dir}/${arch}.bin`,
    ]);
    const theirs = await Deno.readFile(`${dir}/${arch}.bin`);
    const nm = await run("arm-none-eabi-nm", [`${dir}/${arch}.o`]);
    const gOffs = new Map<string, number>();
    for (const m of nm.matchAll(/^([0-9a-f]+) t (I\d+)$/gm)) gOffs.set(m[2], parseInt(m[1], 16));
    const hex = (b: Uint8Array) => [...b].map((x) => x.toString(16).padStart(2, "0")).join(" ");
    for (let i = 0; i < insts.length; i++) {
      const a = ours.subarray(offs.get(`I${i}`)!, offs.get(`I${i + 1}`)!);
      const b = theirs.subarray(gOffs.get(`I${i}`)!, gOffs.get(`I${i + 1}`)!);
      total++;
      if (hex(a) !== hex(b) && failures.length < 40) {
        failures.push(
          `${arch} #${i}: ${insts[i].lines.map((l) => l.gnu).join("; ")}\n  ours ${
            hex(a)
          }\n  gnu  ${hex(b)}`,
        );
      }
    }
  }
  await Deno.remove(dir, { recursive: true });
  console.log(`compared ${total} instances over ${ARCHS.length} architectures`);
  assertEquals(failures, []);
});
