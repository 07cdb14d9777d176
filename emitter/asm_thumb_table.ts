// Integer Thumb/Thumb-2 forms, mnemonic → encodings in the order GNU as prefers them (narrow
// first). Branches to labels and IT are handled by asm_thumb.ts; VFP forms live in asm_vfp.ts.
import type { Operand } from "./asm_types.ts";
import {
  constOf,
  type Ctx,
  dpImm,
  dpReg,
  type Form,
  form,
  imm16,
  iv,
  lo,
  mem,
  Reject,
  rn,
  T1,
  T2,
  uimm,
  wr,
} from "./asm_thumb_enc.ts";

type Enc = (o: Operand[], c: Ctx) => number[];
const r = (o: Operand[], i: number) => rn(o[i]);

/** A 32-bit form in its flag-setting and non-flag-setting flavours (S bit passed in). */
function sn(pat: string, enc: (o: Operand[], c: Ctx, s: number) => number[]): Form[] {
  return [
    form(pat, T2, 4, "n", (o, c) => enc(o, c, 0)),
    form(pat, T2, 4, "s", (o, c) => enc(o, c, 1)),
  ];
}

const notIT = (c: Ctx) => {
  if (c.inIT) throw new Reject(`'${c.mn}' can't be in an IT block`);
};

// ---- data processing with a 16-bit two-register form "op Rdn, Rm" (and, eor, adc, ...)
function alu(op16: number, op32: number, commutative: boolean, hasImm = true): Form[] {
  const narrow: Enc = (o, c) => {
    let [d, n, m] = [r(o, 0), r(o, 1), r(o, 2)];
    if (d !== n && commutative && d === m) [n, m] = [m, n];
    if (d !== n) throw new Reject(`'${c.mn}' needs the destination as first source`);
    return [op16 | lo(c, m) << 3 | lo(c, d)];
  };
  return [
    form("rrr", T1, 2, "it", narrow),
    ...(hasImm
      ? sn("rri", (o, c, s) => dpImm(op32, s, wr(c, r(o, 0)), wr(c, r(o, 1)), constOf(c, iv(o[2]))))
      : []),
    ...sn("rrr", (o, c, s) => dpReg(op32, s, wr(c, r(o, 0)), wr(c, r(o, 1)), wr(c, r(o, 2)))),
  ];
}

// ---- add / sub
function addSub(sub: boolean): Form[] {
  const op32 = sub ? 13 : 8;
  const forms: Form[] = [
    // Rdn, #imm8 when Rd == Rn (GNU prefers it over the imm3 form)
    form("rri", T1, 2, "it", (o, c) => {
      if (r(o, 0) !== r(o, 1) || r(o, 0) > 7 || (c.features & T2 && iv(o[2]) > 255)) {
        throw new Reject("");
      }
      return [(sub ? 0x3800 : 0x3000) | r(o, 0) << 8 | uimm(c, iv(o[2]), 256)];
    }),
    form("rri", T1, 2, "it", (o, c) => {
      if (r(o, 1) === 13 || (r(o, 0) === r(o, 1) && r(o, 0) < 8 && iv(o[2]) > 7)) {
        throw new Reject("");
      }
      return [
        (sub ? 0x1e00 : 0x1c00) | uimm(c, iv(o[2]), 8) << 6 | lo(c, r(o, 1)) << 3 | lo(c, r(o, 0)),
      ];
    }),
    form("rrr", T1, 2, "it", (o, c) => [
      (sub ? 0x1a00 : 0x1800) | lo(c, r(o, 2)) << 6 | lo(c, r(o, 1)) << 3 | lo(c, r(o, 0)),
    ]),
    // sp forms
    form("rri", T1, 2, "n", (o, c) => {
      if (r(o, 0) !== 13 || r(o, 1) !== 13) throw new Reject("");
      return [(sub ? 0xb080 : 0xb000) | uimm(c, iv(o[2]), 128, 4)];
    }),
  ];
  if (!sub) {
    forms.push(
      form("rri", T1, 2, "n", (o, c) => {
        if (r(o, 1) !== 13 || r(o, 0) > 7) throw new Reject("");
        return [0xa800 | r(o, 0) << 8 | uimm(c, iv(o[2]), 256, 4)];
      }),
      // add Rdn, Rm with any registers (no flags)
      form("rrr", T1, 2, "n", (o, c) => {
        let [d, n, m] = [r(o, 0), r(o, 1), r(o, 2)];
        if (d !== n && d === m) [n, m] = [m, n];
        if (d !== n) throw new Reject(`'${c.mn}' needs the destination as first source`);
        if (d === 15 && m === 15) throw new Reject(`'${c.mn}' can't use pc twice`);
        return [0x4400 | (d & 8) << 4 | m << 3 | (d & 7)];
      }),
    );
  }
  const spOk = (c: Ctx, d: number, n: number) => {
    if (n === 15 || (n !== 13 && d === 13)) wr(c, 13);
    return [d === 13 ? 13 : wr(c, d), n];
  };
  forms.push(
    ...sn("rri", (o, c, s) => {
      const [d, n] = spOk(c, r(o, 0), r(o, 1));
      return dpImm(op32, s, d, n, constOf(c, iv(o[2])));
    }),
    form("rri", T2, 4, "n", (o, c) => {
      const [d, n] = spOk(c, r(o, 0), r(o, 1));
      return imm16(sub ? 0xf2a0 : 0xf200, d, uimm(c, iv(o[2]), 4096)).map((h, i) =>
        i === 0 ? h & ~0xf | n : h
      );
    }),
    ...sn("rrr", (o, c, s) => {
      const [d, n] = spOk(c, r(o, 0), r(o, 1));
      return dpReg(op32, s, d, n, wr(c, r(o, 2)));
    }),
  );
  return forms;
}

// ---- shifts: lsl0 lsr1 asr2 ror3
function shift(type: number): Form[] {
  const max = type === 0 || type === 3 ? 31 : 32;
  const min = type === 0 ? 0 : 1;
  const shImm = (c: Ctx, v: number) => {
    if (!Number.isInteger(v) || v < min || v > max) {
      throw new Reject(`'${c.mn}' shift ${v} out of range ${min}..${max}`);
    }
    return v & 31;
  };
  const forms: Form[] = [];
  if (type !== 3) {
    forms.push(form("rri", T1, 2, "it", (o, c) => [
      type << 11 | shImm(c, iv(o[2])) << 6 | lo(c, r(o, 1)) << 3 | lo(c, r(o, 0)),
    ]));
  }
  forms.push(
    form("rrr", T1, 2, "it", (o, c) => {
      if (r(o, 0) !== r(o, 1)) throw new Reject(`'${c.mn}' needs the destination as first source`);
      return [[0x4080, 0x40c0, 0x4100, 0x41c0][type] | lo(c, r(o, 2)) << 3 | lo(c, r(o, 0))];
    }),
    ...sn(
      "rri",
      (o, c, s) => dpReg(2, s, wr(c, r(o, 0)), 15, wr(c, r(o, 1)), type, shImm(c, iv(o[2]))),
    ),
    ...sn("rrr", (o, c, s) => [
      0xfa00 | type << 5 | s << 4 | wr(c, r(o, 1)),
      0xf000 | wr(c, r(o, 0)) << 8 | wr(c, r(o, 2)),
    ]),
  );
  return forms;
}

// ---- compare-like (no destination): cmp, cmn, tst, teq
function compare(op16: number, op32: number, hasImm8: boolean, hiForm: boolean): Form[] {
  const forms: Form[] = [];
  if (hasImm8) {
    forms.push(
      form("ri", T1, 2, "x", (o, c) => [0x2800 | lo(c, r(o, 0)) << 8 | uimm(c, iv(o[1]), 256)]),
    );
  }
  if (op16) {
    forms.push(form("rr", T1, 2, "x", (o, c) => [op16 | lo(c, r(o, 1)) << 3 | lo(c, r(o, 0))]));
  }
  if (hiForm) {
    forms.push(form("rr", T1, 2, "x", (o, c) => {
      const [n, m] = [r(o, 0), r(o, 1)];
      if (n === 15 || m === 15) throw new Reject(`'${c.mn}' can't use pc`);
      return [0x4500 | (n & 8) << 4 | m << 3 | (n & 7)];
    }));
  }
  forms.push(
    form("ri", T2, 4, "x", (o, c) => dpImm(op32, 1, 15, wr(c, r(o, 0)), constOf(c, iv(o[1])))),
    form("rr", T2, 4, "x", (o, c) => dpReg(op32, 1, 15, wr(c, r(o, 0)), wr(c, r(o, 1)))),
  );
  return forms;
}

// ---- loads and stores with an immediate offset
interface LdSt {
  n16: number; // 16-bit [Rn, #imm5*size] form, 0 if none
  sp16: number; // 16-bit [sp, #imm8*4] form
  w: number; // 32-bit T3 (imm12) first halfword without Rn
  size: number;
  load: boolean;
}
function ldst(d: LdSt): Form[] {
  const forms: Form[] = [];
  if (d.n16) {
    forms.push(form("rm", T1, 2, "x", (o, c) => {
      const a = mem(o[1]);
      if (a.base === 13 || a.base === 15) throw new Reject("");
      return [d.n16 | uimm(c, a.offset, 32, d.size) << 6 | lo(c, a.base) << 3 | lo(c, r(o, 0))];
    }));
  }
  if (d.sp16) {
    forms.push(form("rm", T1, 2, "x", (o, c) => {
      const a = mem(o[1]);
      if (a.base !== 13 && !(a.base === 15 && d.load)) throw new Reject("");
      const base = a.base === 13 ? d.sp16 : 0x4800;
      return [base | lo(c, r(o, 0)) << 8 | uimm(c, a.offset, 256, 4)];
    }));
  }
  forms.push(form("rm", T2, 4, "x", (o, c) => {
    const a = mem(o[1]);
    const t = r(o, 0);
    if (t === 13 || (t === 15 && (!d.load || d.size !== 4))) wr(c, t);
    const off = a.offset;
    if (a.base === 15) {
      if (!d.load) wr(c, 15);
      if (!Number.isInteger(off) || off < -4095 || off > 4095) {
        throw new Reject(`'${c.mn}' offset ${off} out of range -4095..4095`);
      }
      return [(d.w & ~0x80) | (off >= 0 ? 0x80 : 0) | 15, t << 12 | Math.abs(off)];
    }
    if (Number.isInteger(off) && off < 0 && off >= -255) {
      return [(d.w & ~0x80) | a.base, t << 12 | 0xc00 | -off];
    }
    if (!Number.isInteger(off) || off < -255 || off > 4095) {
      throw new Reject(`'${c.mn}' offset ${off} out of range -255..4095`);
    }
    return [d.w | a.base, t << 12 | off];
  }));
  return forms;
}

// ---- push / pop
function pushPop(push: boolean): Form[] {
  const list = (o: Operand[]) => (o[0] as { regs: number[] }).regs;
  const mask = (regs: number[]) => regs.reduce((m, x) => m | 1 << x, 0);
  return [
    form("L", T1, 2, "x", (o, c) => {
      const m = mask(list(o));
      const extra = push ? 14 : 15;
      if (m & ~(0xff | 1 << extra) || m === 0) {
        throw new Reject(`'${c.mn}' expects at most r7 (and ${push ? "lr" : "pc"})`);
      }
      return [(push ? 0xb400 : 0xbc00) | (m >> extra & 1) << 8 | (m & 0xff)];
    }),
    form("L", T2, 4, "x", (o, c) => {
      const regs = list(o);
      const m = mask(regs);
      if (m & 1 << 13 || (push && m & 1 << 15)) {
        throw new Reject(`'${c.mn}' can't use ${push ? "sp or pc" : "sp"}`);
      }
      if (!push && (m & 0xc000) === 0xc000) throw new Reject(`'${c.mn}' can't use both lr and pc`);
      if (regs.length === 1) {
        return push ? [0xf84d, regs[0] << 12 | 0xd04] : [0xf85d, regs[0] << 12 | 0xb04];
      }
      return [push ? 0xe92d : 0xe8bd, m];
    }),
  ];
}

const rr16 = (op: number) =>
  form("rr", T1, 2, "x", (o, c) => [op | lo(c, r(o, 1)) << 3 | lo(c, r(o, 0))]);
const rr32 = (h1: number, h2: number) =>
  form("rr", T2, 4, "x", (o, c) => {
    const m = wr(c, r(o, 1));
    return [h1 | m, h2 | wr(c, r(o, 0)) << 8 | m];
  });
const extend = (
  op16: number,
  h1: number,
) => [
  rr16(op16),
  form("rr", T2, 4, "x", (o, c) => [h1, 0xf080 | wr(c, r(o, 0)) << 8 | wr(c, r(o, 1))]),
];
const rrr32 = (h1: number, h2: number) =>
  form(
    "rrr",
    T2,
    4,
    "x",
    (o, c) => [h1 | wr(c, r(o, 1)), h2 | wr(c, r(o, 0)) << 8 | wr(c, r(o, 2))],
  );
const hint = (
  op: number,
) => [
  form("", T1, 2, "x", () => [op]),
  form("", T2, 4, "x", () => [0xf3af, 0x8000 | (op >> 4 & 0xf)]),
];
const imm8op = (op: number) => form("i", T1, 2, "x", (o, c) => [op | uimm(c, iv(o[0]), 256)]);

const SYSREGS: Record<string, number> = {
  apsr: 0,
  iapsr: 1,
  eapsr: 2,
  xpsr: 3,
  ipsr: 5,
  epsr: 6,
  iepsr: 7,
  msp: 8,
  psp: 9,
  primask: 16,
  basepri: 17,
  basepri_max: 18,
  faultmask: 19,
  control: 20,
};
function sysReg(c: Ctx, o: Operand): number {
  const name = o.kind === "label" ? o.name.toLowerCase() : "";
  const v = SYSREGS[name];
  if (v === undefined) {
    throw new Reject(`'${c.mn}' expects a special register (IPSR, BASEPRI, ...)`);
  }
  if (v >= 17 && v <= 19 && !(c.features & T2)) {
    throw new Reject(`'${c.mn}' ${name.toUpperCase()} needs armv7m`);
  }
  return v;
}
function cps(enable: boolean): Form[] {
  const enc = (o: Operand[], c: Ctx) => {
    const f = o.length && o[0].kind === "label" ? o[0].name.toLowerCase() : "i";
    const bits = { i: 2, f: 1, if: 3 }[f];
    if (bits === undefined) throw new Reject(`'${c.mn}' expects i, f or if`);
    return [(enable ? 0xb660 : 0xb670) | bits];
  };
  return [
    form("", T1, 2, "x", enc),
    form("l", T1, 2, "x", enc),
    form("i", T1, 2, "x", (_o, c) => enc([], c)),
  ];
}

/** Mnemonics whose 16-bit forms set flags outside IT blocks (MicroPython's `add` is `adds`). */
export const FLAG_SETTING = new Set([
  "mov",
  "mvn",
  "add",
  "sub",
  "adc",
  "sbc",
  "rsb",
  "neg",
  "mul",
  "and",
  "orr",
  "eor",
  "bic",
  "orn",
  "lsl",
  "lsr",
  "asr",
  "ror",
]);

/** Mnemonics where "op Rd, X" means "op Rd, Rd, X". */
export const TWO_OP = new Set([
  "add",
  "sub",
  "adc",
  "sbc",
  "and",
  "orr",
  "eor",
  "bic",
  "orn",
  "lsl",
  "lsr",
  "asr",
  "ror",
  "mul",
]);

let intForms: Record<string, Form[]> | undefined;

/** The integer instruction forms by mnemonic, built on first use (start-up need not pay for
 * the assembler's tables). */
export function intFormsTable(): Record<string, Form[]> {
  return intForms ??= buildIntForms();
}

function buildIntForms(): Record<string, Form[]> {
  return {
    mov: [
      form("ri", T1, 2, "it", (o, c) => [0x2000 | lo(c, r(o, 0)) << 8 | uimm(c, iv(o[1]), 256)]),
      form("rr", T1, 2, "n", (o) => [0x4600 | (r(o, 0) & 8) << 4 | r(o, 1) << 3 | (r(o, 0) & 7)]),
      form("rr", T1, 2, "s", (o, c) => {
        notIT(c);
        return [lo(c, r(o, 1)) << 3 | lo(c, r(o, 0))];
      }),
      ...sn("ri", (o, c, s) => dpImm(2, s, wr(c, r(o, 0)), 15, constOf(c, iv(o[1])))),
      form("ri", T2, 4, "n", (o, c) => imm16(0xf240, wr(c, r(o, 0)), uimm(c, iv(o[1]), 0x10000))),
      ...sn("rr", (o, c, s) => dpReg(2, s, wr(c, r(o, 0)), 15, wr(c, r(o, 1)))),
    ],
    movw: [
      form("ri", T2, 4, "x", (o, c) => imm16(0xf240, wr(c, r(o, 0)), uimm(c, iv(o[1]), 0x10000))),
    ],
    movt: [
      form("ri", T2, 4, "x", (o, c) => imm16(0xf2c0, wr(c, r(o, 0)), uimm(c, iv(o[1]), 0x10000))),
    ],
    movwt: [form("ri", T2, 8, "x", (o, c) => {
      const d = wr(c, r(o, 0));
      const v = iv(o[1]);
      if (!Number.isInteger(v) || v < -0x80000000 || v > 0xffffffff) {
        throw new Reject(`'${c.mn}' integer ${v} doesn't fit in 32 bits`);
      }
      return [...imm16(0xf240, d, v & 0xffff), ...imm16(0xf2c0, d, (v >>> 16) & 0xffff)];
    })],
    mvn: [
      rr16as("it", 0x43c0),
      ...sn("ri", (o, c, s) => dpImm(3, s, wr(c, r(o, 0)), 15, constOf(c, iv(o[1])))),
      ...sn("rr", (o, c, s) => dpReg(3, s, wr(c, r(o, 0)), 15, wr(c, r(o, 1)))),
    ],
    addw: [
      form(
        "rri",
        T2,
        4,
        "x",
        (o, c) =>
          imm16(0xf200, wr(c, r(o, 0)), uimm(c, iv(o[2]), 4096)).map((h, i) =>
            i === 0 ? h & ~0xf | r(o, 1) : h
          ),
      ),
    ],
    subw: [
      form(
        "rri",
        T2,
        4,
        "x",
        (o, c) =>
          imm16(0xf2a0, wr(c, r(o, 0)), uimm(c, iv(o[2]), 4096)).map((h, i) =>
            i === 0 ? h & ~0xf | r(o, 1) : h
          ),
      ),
    ],
    add: addSub(false),
    sub: addSub(true),
    adc: alu(0x4140, 10, true),
    sbc: alu(0x4180, 11, false),
    and: alu(0x4000, 0, true),
    eor: alu(0x4040, 4, true),
    orr: alu(0x4300, 2, true),
    bic: alu(0x4380, 1, false),
    orn: [
      ...sn("rri", (o, c, s) => dpImm(3, s, wr(c, r(o, 0)), wr(c, r(o, 1)), constOf(c, iv(o[2])))),
      ...sn("rrr", (o, c, s) => dpReg(3, s, wr(c, r(o, 0)), wr(c, r(o, 1)), wr(c, r(o, 2)))),
    ],
    rsb: [
      form("rri", T1, 2, "it", (o, c) => {
        if (iv(o[2]) !== 0) throw new Reject(`'${c.mn}' 16-bit form only subtracts from 0`);
        return [0x4240 | lo(c, r(o, 1)) << 3 | lo(c, r(o, 0))];
      }),
      ...sn("rri", (o, c, s) => dpImm(14, s, wr(c, r(o, 0)), wr(c, r(o, 1)), constOf(c, iv(o[2])))),
      ...sn("rrr", (o, c, s) => dpReg(14, s, wr(c, r(o, 0)), wr(c, r(o, 1)), wr(c, r(o, 2)))),
    ],
    neg: [
      rr16as("it", 0x4240),
      ...sn("rr", (o, c, s) => dpImm(14, s, wr(c, r(o, 0)), wr(c, r(o, 1)), 0)),
    ],
    mul: [
      form("rrr", T1, 2, "it", (o, c) => {
        const [d, n, m] = [r(o, 0), r(o, 1), r(o, 2)];
        if (d !== n && d !== m) throw new Reject(`'${c.mn}' needs the destination as a source`);
        return [0x4340 | lo(c, d === m ? n : m) << 3 | lo(c, d)];
      }),
      form(
        "rrr",
        T2,
        4,
        "n",
        (o, c) => [0xfb00 | wr(c, r(o, 1)), 0xf000 | wr(c, r(o, 0)) << 8 | wr(c, r(o, 2))],
      ),
    ],
    mla: [
      form(
        "rrrr",
        T2,
        4,
        "x",
        (
          o,
          c,
        ) => [0xfb00 | wr(c, r(o, 1)), wr(c, r(o, 3)) << 12 | wr(c, r(o, 0)) << 8 | wr(c, r(o, 2))],
      ),
    ],
    mls: [
      form(
        "rrrr",
        T2,
        4,
        "x",
        (
          o,
          c,
        ) => [
          0xfb00 | wr(c, r(o, 1)),
          wr(c, r(o, 3)) << 12 | wr(c, r(o, 0)) << 8 | 0x10 | wr(c, r(o, 2)),
        ],
      ),
    ],
    sdiv: [rrr32(0xfb90, 0xf0f0)],
    udiv: [rrr32(0xfbb0, 0xf0f0)],
    lsl: shift(0),
    lsr: shift(1),
    asr: shift(2),
    ror: shift(3),
    cmp: compare(0x4280, 13, true, true),
    cmn: compare(0x42c0, 8, false, false),
    tst: compare(0x4200, 0, false, false),
    teq: compare(0, 4, false, false),
    clz: [rr32(0xfab0, 0xf080)],
    rbit: [rr32(0xfa90, 0xf0a0)],
    rev: [rr16(0xba00), rr32(0xfa90, 0xf080)],
    rev16: [rr16(0xba40), rr32(0xfa90, 0xf090)],
    revsh: [rr16(0xbac0), rr32(0xfa90, 0xf0b0)],
    sxth: extend(0xb200, 0xfa0f),
    sxtb: extend(0xb240, 0xfa4f),
    uxth: extend(0xb280, 0xfa1f),
    uxtb: extend(0xb2c0, 0xfa5f),
    ldr: ldst({ n16: 0x6800, sp16: 0x9800, w: 0xf8d0, size: 4, load: true }),
    str: ldst({ n16: 0x6000, sp16: 0x9000, w: 0xf8c0, size: 4, load: false }),
    ldrb: ldst({ n16: 0x7800, sp16: 0, w: 0xf890, size: 1, load: true }),
    strb: ldst({ n16: 0x7000, sp16: 0, w: 0xf880, size: 1, load: false }),
    ldrh: ldst({ n16: 0x8800, sp16: 0, w: 0xf8b0, size: 2, load: true }),
    strh: ldst({ n16: 0x8000, sp16: 0, w: 0xf8a0, size: 2, load: false }),
    ldrsb: ldst({ n16: 0, sp16: 0, w: 0xf990, size: 1, load: true }),
    ldrsh: ldst({ n16: 0, sp16: 0, w: 0xf9b0, size: 2, load: true }),
    ldrex: [form("rm", T2, 4, "x", (o, c) => {
      const a = mem(o[1]);
      return [0xe850 | wr(c, a.base), wr(c, r(o, 0)) << 12 | 0xf00 | uimm(c, a.offset, 256, 4)];
    })],
    strex: [form("rrm", T2, 4, "x", (o, c) => {
      const a = mem(o[2]);
      return [
        0xe840 | wr(c, a.base),
        wr(c, r(o, 1)) << 12 | wr(c, r(o, 0)) << 8 | uimm(c, a.offset, 256, 4),
      ];
    })],
    push: pushPop(true),
    pop: pushPop(false),
    bx: [form("r", T1, 2, "x", (o) => [0x4700 | r(o, 0) << 3])],
    blx: [form("r", T1, 2, "x", (o, c) => {
      if (r(o, 0) === 15) throw new Reject(`'${c.mn}' can't use pc`);
      return [0x4780 | r(o, 0) << 3];
    })],
    nop: hint(0xbf00),
    yield: hint(0xbf10),
    wfe: hint(0xbf20),
    wfi: hint(0xbf30),
    sev: hint(0xbf40),
    cpsid: cps(false),
    cpsie: cps(true),
    bkpt: [imm8op(0xbe00)],
    svc: [imm8op(0xdf00)],
    mrs: [
      form("rl", T1, 4, "x", (o, c) => [0xf3ef, 0x8000 | wr(c, r(o, 0)) << 8 | sysReg(c, o[1])]),
    ],
    msr: [form("lr", T1, 4, "x", (o, c) => [0xf380 | wr(c, r(o, 1)), 0x8800 | sysReg(c, o[0])])],
  };
}

function rr16as(flags: "it", op: number): Form {
  return form("rr", T1, 2, flags, (o, c) => [op | lo(c, r(o, 1)) << 3 | lo(c, r(o, 0))]);
}
