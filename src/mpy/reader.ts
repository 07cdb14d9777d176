// .mpy v6.3 bytes → CompiledModule (docs/spec/mpy-format.md), the inverse of writer.ts.
// Validation follows MicroPython's loader order and texts; any truncated or malformed file is a
// ValueError, never a JS exception.
import { newException, ValueError } from "../py/obj_exception.ts";
import type { CompiledModule, PyConst, RawCode, ViperReloc } from "../py/raw_code.ts";
import { RawCodeKind } from "../py/raw_code.ts";
import { ScopeFlag } from "../py/bytecode.ts";
import { staticQstr } from "../py/qstr.ts";
import {
  CONST_TYPE,
  FEATURE_ARCH_FLAGS,
  FEATURE_SUB_VERSION_MASK,
  featureArch,
  MPY_MAGIC,
  MPY_SUB_VERSION,
  MPY_VERSION,
  QSTR_SHIFT,
  QSTR_STATIC,
  RC_HAS_CHILDREN,
  RC_KIND_MASK,
  RC_LEN_SHIFT,
  RELOC_COUNTED_MAX,
  RELOC_END,
  RELOC_HAS_ADDR,
} from "./format.ts";
import { decodeUtf8Loose } from "../py/str_utf8.ts";

/** Largest small-int width this port's VM accepts (ints are unbounded here). */
const MAX_SMALL_INT_BITS = 63;

const utf8 = new TextDecoder("utf-8", { fatal: true });

class Bad extends Error {}

class ByteSource {
  pos = 0;
  constructor(readonly buf: Uint8Array) {}
  byte(): number {
    if (this.pos >= this.buf.length) throw new Bad();
    return this.buf[this.pos++];
  }
  vuint(): number {
    let v = 0;
    for (let i = 0; i < 8; i++) {
      const b = this.byte();
      v = v * 128 + (b & 0x7f);
      if ((b & 0x80) === 0) return v;
    }
    throw new Bad();
  }
  bytes(n: number): Uint8Array {
    if (this.pos + n > this.buf.length) throw new Bad();
    const out = this.buf.slice(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }
  text(n: number): string {
    const b = this.bytes(n);
    try {
      return utf8.decode(b);
    } catch {
      // Encoded lone surrogates (MicroPython's str allows them), else replacement characters.
      return decodeUtf8Loose(b) ?? new TextDecoder().decode(b);
    }
  }
}

function incompatible(msg = "incompatible .mpy file"): never {
  throw newException(ValueError, msg);
}

/** Reader options: `native` parses machine-code raw codes instead of rejecting them (for
 * inspection tools; the VM cannot run them). */
export interface ReadOptions {
  native?: boolean;
  /** Accept files for a Thumb arch (armv6m … armv7emdp) whose only machine code is asm_thumb
   * functions (NATIVE_ASM), which the desktop runs in the Thumb emulator. */
  thumbAsm?: boolean;
  /** Accept every kind of machine code (@native, @viper, asm_thumb) for a Thumb arch: the
   * desktop runs them in the Thumb emulator (emitter/native_run.ts). */
  thumbNative?: boolean;
}

/** Header arch codes of the Thumb targets (armv6m … armv7emdp). */
const THUMB_ARCH_MIN = 4;
const THUMB_ARCH_MAX = 8;

/** Parse a .mpy file; throws a Python ValueError for anything this port cannot load. */
export function readMpy(data: Uint8Array, options: ReadOptions = {}): CompiledModule {
  try {
    const thumb = options.thumbNative ? "native" : options.thumbAsm ? "asm" : false;
    return readAll(new ByteSource(data), options.native ?? false, thumb);
  } catch (e) {
    if (e instanceof Bad || e instanceof RangeError) return incompatible();
    throw e;
  }
}

/** Which machine code a Thumb-arch file may hold: none, only asm_thumb, or any kind. */
type ThumbAccept = false | "asm" | "native";

function readAll(src: ByteSource, native: boolean, thumb: ThumbAccept): CompiledModule {
  const magic = src.byte();
  const version = src.byte();
  const feature = src.byte();
  const smallIntBits = src.byte();
  const arch = featureArch(feature);
  const subVersion = feature & FEATURE_SUB_VERSION_MASK;
  if (magic !== MPY_MAGIC || version !== MPY_VERSION) incompatible();
  if (arch !== 0 && subVersion !== MPY_SUB_VERSION) incompatible();
  if (smallIntBits > MAX_SMALL_INT_BITS) incompatible();
  const thumbOk = !native && thumb !== false && arch >= THUMB_ARCH_MIN && arch <= THUMB_ARCH_MAX;
  if (arch !== 0 && !native && !thumbOk) incompatible("native code in .mpy unsupported");
  if (feature & FEATURE_ARCH_FLAGS) {
    if (!native) incompatible();
    src.vuint(); // RV32 arch flags
  }
  const nQstrs = src.vuint();
  const nConsts = src.vuint();
  const qstrs: string[] = [];
  for (let i = 0; i < nQstrs; i++) qstrs.push(readQstr(src));
  const constants: PyConst[] = [];
  for (let i = 0; i < nConsts; i++) constants.push(readConst(src, 0));
  const accept = native || (thumbOk ? (thumb === "native" ? true : "asm") : false);
  const rawCode = readRawCode(src, 0, accept);
  return { qstrs, constants, rawCode, arch, smallIntBits };
}

function readQstr(src: ByteSource): string {
  const v = src.vuint();
  if (v & QSTR_STATIC) {
    const q = staticQstr(v >> QSTR_SHIFT);
    if (q === undefined) throw new Bad();
    return q;
  }
  const s = src.text(v >> QSTR_SHIFT);
  src.byte(); // NUL
  return s;
}

function parseFloatText(t: string): number {
  if (t === "inf") return Infinity;
  if (t === "-inf") return -Infinity;
  if (t === "nan" || t === "-nan") return NaN;
  const x = Number(t);
  if (Number.isNaN(x)) throw new Bad();
  return x;
}

/** Complex constants are written as MicroPython prints them: "2j" or "(1+2j)". */
function parseComplexText(text: string): PyConst {
  const t = text.startsWith("(") && text.endsWith(")") ? text.slice(1, -1) : text;
  if (!t.endsWith("j")) throw new Bad();
  // The real/imaginary split is the last sign that does not belong to an exponent.
  let split = 0;
  for (let i = t.length - 2; i > 0; i--) {
    if ((t[i] === "+" || t[i] === "-") && t[i - 1] !== "e") {
      split = i;
      break;
    }
  }
  const real = split > 0 ? parseFloatText(t.slice(0, split)) : 0;
  return { kind: "complex", real, imag: parseFloatText(t.slice(split, -1)) };
}

function readConst(src: ByteSource, depth: number): PyConst {
  if (depth > 64) throw new Bad();
  const type = src.byte();
  switch (type) {
    case CONST_TYPE.funtable:
      return { kind: "funtable" };
    case CONST_TYPE.none:
      return { kind: "none" };
    case CONST_TYPE.false:
      return { kind: "false" };
    case CONST_TYPE.true:
      return { kind: "true" };
    case CONST_TYPE.ellipsis:
      return { kind: "ellipsis" };
    case CONST_TYPE.str: {
      const value = src.text(src.vuint());
      src.byte();
      return { kind: "str", value };
    }
    case CONST_TYPE.bytes: {
      const value = src.bytes(src.vuint());
      src.byte();
      return { kind: "bytes", value };
    }
    case CONST_TYPE.int: {
      const t = src.text(src.vuint());
      if (!/^-?[0-9]+$/.test(t)) throw new Bad();
      return { kind: "int", value: BigInt(t) };
    }
    case CONST_TYPE.float:
      return { kind: "float", value: parseFloatText(src.text(src.vuint())) };
    case CONST_TYPE.complex:
      return parseComplexText(src.text(src.vuint()));
    case CONST_TYPE.tuple: {
      const n = src.vuint();
      const items: PyConst[] = [];
      for (let i = 0; i < n; i++) items.push(readConst(src, depth + 1));
      return { kind: "tuple", items };
    }
  }
  throw new Bad();
}

function readRawCode(src: ByteSource, depth: number, native: boolean | "asm"): RawCode {
  if (depth > 256) throw new Bad();
  const head = src.vuint();
  const kind = ((head & RC_KIND_MASK) + RawCodeKind.BYTECODE) as RawCode["kind"];
  // Native raw codes need a native-capable port (docs/spec/mpy-format.md §3.1 step 4).
  if (kind !== RawCodeKind.BYTECODE && !native) incompatible();
  if (native === "asm" && kind !== RawCodeKind.BYTECODE && kind !== RawCodeKind.NATIVE_ASM) {
    incompatible("native code in .mpy unsupported");
  }
  const data = src.bytes(Math.floor(head / 2 ** RC_LEN_SHIFT));
  const rc: RawCode = { kind, data, children: [] };
  if (kind === RawCodeKind.NATIVE_PY) rc.preludeOffset = src.vuint();
  else if (kind === RawCodeKind.NATIVE_VIPER) {
    const flags = rc.scopeFlags = src.vuint();
    const rodata = flags & ScopeFlag.VIPERRODATA ? src.vuint() : 0;
    if (flags & ScopeFlag.VIPERBSS) rc.bssSize = src.vuint();
    if (flags & ScopeFlag.VIPERRODATA) rc.rodata = src.bytes(rodata);
  } else if (kind === RawCodeKind.NATIVE_ASM) {
    rc.scopeFlags = src.vuint();
    rc.nPosArgs = src.vuint();
    rc.typeSig = src.vuint();
  }
  if (head & RC_HAS_CHILDREN) {
    const n = src.vuint();
    for (let i = 0; i < n; i++) rc.children.push(readRawCode(src, depth + 1, native));
  }
  if (kind === RawCodeKind.NATIVE_VIPER && (rc.scopeFlags! & ScopeFlag.VIPERRELOC)) {
    rc.relocs = readRelocs(src);
  }
  return rc;
}

/** Viper relocation records (docs/spec/mpy-format.md §6), kept for the loader to apply. */
function readRelocs(src: ByteSource): ViperReloc[] {
  const out: ViperReloc[] = [];
  let rodata = false;
  let word = 0;
  for (let op = src.byte(); op !== RELOC_END; op = src.byte()) {
    if (op & RELOC_HAS_ADDR) {
      const addr = src.vuint();
      rodata = (addr & 1) !== 0;
      word = Math.floor(addr / 2);
    }
    const kind = op >> 1;
    const count = kind <= RELOC_COUNTED_MAX && (kind & 1) ? src.vuint() : 1;
    out.push({ rodata, word, count, kind });
    word += count;
  }
  return out;
}
