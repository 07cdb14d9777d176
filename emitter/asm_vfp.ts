// VFP forms (FPv4-SP single precision; FPv5-D16 double precision on armv7emdp).
import type { Operand } from "./asm_types.ts";
import { type Ctx, DP, type Form, form, FP, iv, mem, Reject, rn, wr } from "./asm_thumb_enc.ts";

/** Register number → [4-bit field, extra bit] for an S (Vx = n>>1, bit = n&1) or D register. */
function split(o: Operand): [number, number] {
  const n = rn(o);
  return o.kind === "dreg" ? [n & 15, n >> 4] : [n >> 1, n & 1];
}

/** Data-processing layout: D:Vd, N:Vn, M:Vm; sz from the destination or given. */
function dp(base: number, d: Operand, n: Operand | null, m: Operand | null, sz = -1): number[] {
  const [vd, bd] = split(d);
  const [vn, bn] = n ? split(n) : [0, 0];
  const [vm, bm] = m ? split(m) : [0, 0];
  const dbl = sz < 0 ? d.kind === "dreg" : sz === 1;
  return [
    base >>> 16 | bd << 6 | vn,
    (base & 0xffff) | (dbl ? 0x100 : 0) | vd << 12 | bn << 7 | bm << 5 | vm,
  ];
}

const feat = (pat: string) => pat.includes("d") ? FP | DP : FP;
const three = (base: number): Form[] =>
  ["sss", "ddd"].map((p) => form(p, feat(p), 4, "x", (o) => dp(base, o[0], o[1], o[2])));
const two = (base: number): Form[] =>
  ["ss", "dd"].map((p) => form(p, feat(p), 4, "x", (o) => dp(base, o[0], null, o[1])));

/** The 256 VFP modified immediates (VFPExpandImm), as numbers. */
let fimmTable: number[] | undefined;
const vfpImmediates = (): number[] =>
  fimmTable ??= (() => {
    const out: number[] = [];
    const dv = new DataView(new ArrayBuffer(4));
    for (let i = 0; i < 256; i++) {
      const a = i >> 7, b = (i >> 6) & 1;
      const bits = a << 31 | (b ^ 1) << 30 | (b ? 0x1f : 0) << 25 | (i & 0x3f) << 19;
      dv.setUint32(0, bits >>> 0);
      out.push(dv.getFloat32(0));
    }
    return out;
  })();

function fimm(c: Ctx, v: number): number {
  const i = vfpImmediates().indexOf(v);
  if (i < 0 || Object.is(v, -0)) {
    throw new Reject(`'${c.mn}' float ${v} can't be encoded as a VFP immediate`);
  }
  return i;
}

function memOff(c: Ctx, o: Operand, store: boolean): [number, number, number] {
  const a = mem(o);
  if (store && a.base === 15) wr(c, 15);
  const off = a.offset;
  if (!Number.isInteger(off) || off % 4 !== 0 || off < -1020 || off > 1020) {
    throw new Reject(`'${c.mn}' offset ${off} must be a multiple of 4 in -1020..1020`);
  }
  return [a.base, off >= 0 ? 1 : 0, Math.abs(off) / 4];
}

function ldst(base: number): Form[] {
  return ["sm", "dm"].map((p) =>
    form(p, FP, 4, "x", (o, c) => {
      const [n, u, imm] = memOff(c, o[1], base === 0xed800a00);
      const [vd, bd] = split(o[0]);
      return [
        (base >>> 16 & ~0x80) | u << 7 | bd << 6 | n,
        (base & 0xffff) | (p === "dm" ? 0x100 : 0) | vd << 12 | imm,
      ];
    })
  );
}

function pushPop(base: number): Form[] {
  const enc = (regs: Operand[], c: Ctx) => {
    if (regs.length === 0 || regs.some((r) => r.kind !== regs[0].kind)) {
      throw new Reject(`'${c.mn}' expects a list of FPU registers`);
    }
    for (let i = 1; i < regs.length; i++) {
      if (rn(regs[i]) !== rn(regs[0]) + i) {
        throw new Reject(`'${c.mn}' expects consecutive registers`);
      }
    }
    const dbl = regs[0].kind === "dreg";
    if (regs.length > 16) throw new Reject(`'${c.mn}' at most 16 registers`);
    const [vd, bd] = split(regs[0]);
    return [
      base >>> 16 | bd << 6,
      (base & 0xffff) | (dbl ? 0x100 : 0) | vd << 12 | (dbl ? 2 : 1) * regs.length,
    ];
  };
  const forms: Form[] = [];
  for (let k = 1; k <= 32; k++) {
    forms.push(form("s".repeat(k), FP, 4, "x", enc));
    if (k <= 16) forms.push(form("d".repeat(k), FP, 4, "x", enc));
  }
  return forms;
}

const fpscr = (c: Ctx, o: Operand) => {
  if (o.kind !== "label" || o.name.toLowerCase() !== "fpscr") {
    throw new Reject(`'${c.mn}' expects FPSCR`);
  }
};

let vfpForms: Record<string, Form[]> | undefined;

/** VFP forms by mnemonic, built on first use. */
function vfpTable(): Record<string, Form[]> {
  return vfpForms ??= {
    vadd: three(0xee300a00),
    vsub: three(0xee300a40),
    vmul: three(0xee200a00),
    vnmul: three(0xee200a40),
    vdiv: three(0xee800a00),
    vmla: three(0xee000a00),
    vmls: three(0xee000a40),
    vfma: three(0xeea00a00),
    vfms: three(0xeea00a40),
    vneg: two(0xeeb10a40),
    vabs: two(0xeeb00ac0),
    vsqrt: two(0xeeb10ac0),
    vcmp: [
      ...two(0xeeb40a40),
      ...["si", "di"].map((p) =>
        form(p, feat(p), 4, "x", (o, c) => {
          if (iv(o[1]) !== 0) throw new Reject(`'${c.mn}' compares with #0 only`);
          return dp(0xeeb50a40, o[0], null, null);
        })
      ),
    ],
    vcmpe: [
      ...two(0xeeb40ac0),
      ...["si", "di"].map((p) =>
        form(p, feat(p), 4, "x", (o, c) => {
          if (iv(o[1]) !== 0) throw new Reject(`'${c.mn}' compares with #0 only`);
          return dp(0xeeb50ac0, o[0], null, null);
        })
      ),
    ],
    vmov: [
      ...two(0xeeb00a40),
      form("sr", FP, 4, "x", (o, c) => {
        const [vn, bn] = split(o[0]);
        return [0xee00 | vn, wr(c, rn(o[1])) << 12 | 0xa10 | bn << 7];
      }),
      form("rs", FP, 4, "x", (o, c) => {
        const [vn, bn] = split(o[1]);
        return [0xee10 | vn, wr(c, rn(o[0])) << 12 | 0xa10 | bn << 7];
      }),
      form("drr", FP, 4, "x", (o, c) => {
        const [vm, bm] = split(o[0]);
        return [0xec40 | wr(c, rn(o[2])), wr(c, rn(o[1])) << 12 | 0xb10 | bm << 5 | vm];
      }),
      form("rrd", FP, 4, "x", (o, c) => {
        const [vm, bm] = split(o[2]);
        if (rn(o[0]) === rn(o[1])) throw new Reject(`'${c.mn}' needs two different core registers`);
        return [0xec50 | wr(c, rn(o[1])), wr(c, rn(o[0])) << 12 | 0xb10 | bm << 5 | vm];
      }),
      ...["si", "di"].map((p) =>
        form(p, feat(p), 4, "x", (o, c) => {
          const e = fimm(c, iv(o[1]));
          const [hw1, hw2] = dp(0xeeb00a00, o[0], null, null);
          return [hw1 | e >> 4, hw2 | (e & 15)];
        })
      ),
    ],
    vmrs: [
      form("rl", FP, 4, "x", (o, c) => {
        fpscr(c, o[1]);
        const t = rn(o[0]);
        if (t === 13) wr(c, t);
        return [0xeef1, t << 12 | 0xa10];
      }),
      form("ll", FP, 4, "x", (o, c) => {
        fpscr(c, o[1]);
        if (o[0].kind !== "label" || o[0].name.toLowerCase() !== "apsr_nzcv") {
          throw new Reject(`'${c.mn}' expects APSR_nzcv or a register`);
        }
        return [0xeef1, 0xfa10];
      }),
    ],
    vmsr: [form("lr", FP, 4, "x", (o, c) => {
      fpscr(c, o[0]);
      return [0xeee1, wr(c, rn(o[1])) << 12 | 0xa10];
    })],
    vldr: ldst(0xed900a00),
    vstr: ldst(0xed800a00),
    vpush: pushPop(0xed2d0a00),
    vpop: pushPop(0xecbd0a00),
  };
}

// vcvt.<to>.<from>: base encoding and operand kinds (sz is part of the base).
const VCVT: Record<string, [number, string]> = {
  "f32.s32": [0xeeb80ac0, "ss"],
  "f32.u32": [0xeeb80a40, "ss"],
  "s32.f32": [0xeebd0ac0, "ss"],
  "u32.f32": [0xeebc0ac0, "ss"],
  "f64.s32": [0xeeb80bc0, "ds"],
  "f64.u32": [0xeeb80b40, "ds"],
  "s32.f64": [0xeebd0bc0, "sd"],
  "u32.f64": [0xeebc0bc0, "sd"],
  "f64.f32": [0xeeb70ac0, "ds"],
  "f32.f64": [0xeeb70bc0, "sd"],
};

/** Resolve a VFP mnemonic (`vadd`, `vadd.f32`, `vcvt_f32_s32`, `vpush` with a register list)
 * to its forms and the operands to encode; null if it isn't one. */
export function vfpMnemonic(
  name: string,
  ops: Operand[],
): { forms: Form[]; ops: Operand[] } | null {
  const parts = name.replace(/_/g, ".").split(".");
  const base = parts[0];
  const types = parts.slice(1);
  if (base === "vcvt") {
    const e = VCVT[types.join(".")];
    if (!e) return null;
    const [enc, pat] = e;
    return { forms: [form(pat, feat(pat), 4, "x", (o) => dp(enc, o[0], null, o[1], 0))], ops };
  }
  const forms = vfpTable()[base];
  if (!forms) return null;
  let o = ops;
  if ((base === "vpush" || base === "vpop") && ops.length === 1 && ops[0].kind === "reglist") {
    o = ops[0].regs.map((n) => ({ kind: "sreg", n }) as Operand);
  }
  if (types.length > 1 || (types.length === 1 && !["f32", "f64", "32", "64"].includes(types[0]))) {
    return null;
  }
  if (types.length === 1) {
    const want = types[0].endsWith("64") ? "dreg" : "sreg";
    const fregs = o.filter((x) => x.kind === "sreg" || x.kind === "dreg");
    const moves = base === "vmov" || base === "vldr" || base === "vstr" || base === "vpush" ||
      base === "vpop";
    if (!moves && fregs.some((x) => x.kind !== want)) return { forms: [], ops: o };
  }
  return { forms, ops: o };
}
