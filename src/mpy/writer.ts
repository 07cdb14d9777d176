// CompiledModule → .mpy v6.3 bytes, laid out as mpy-cross 1.27 writes them
// (docs/spec/mpy-format.md).
import type { CompiledModule, PyConst, RawCode } from "../py/raw_code.ts";
import { RawCodeKind } from "../py/raw_code.ts";
import { ByteSink } from "../py/emit_bc_encode.ts";
import { floatRepr } from "../py/float_format.ts";
import { complexRepr } from "../py/obj_complex.ts";
import { STATIC_QSTR_ID } from "../py/qstr.ts";
import {
  CONST_TYPE,
  encodeFeature,
  encodeRawCodeHead,
  MPY_MAGIC,
  MPY_VERSION,
  QSTR_SHIFT,
  QSTR_STATIC,
} from "./format.ts";
import { encodeUtf8 } from "../py/str_utf8.ts";

// Lone surrogates as MicroPython stores them (3 bytes each), not as U+FFFD.
const utf8 = { encode: encodeUtf8 };

/** Serialise a compiled module to .mpy bytes. */
export function writeMpy(mod: CompiledModule): Uint8Array {
  const out = new ByteSink(1024);
  out.byte(MPY_MAGIC);
  out.byte(MPY_VERSION);
  out.byte(encodeFeature(mod.arch));
  out.byte(mod.smallIntBits);
  out.vuint(mod.qstrs.length);
  out.vuint(mod.constants.length);
  for (const q of mod.qstrs) writeQstr(out, q);
  for (const c of mod.constants) writeConst(out, c);
  writeRawCode(out, mod.rawCode);
  return out.result();
}

function writeQstr(out: ByteSink, q: string): void {
  const id = STATIC_QSTR_ID.get(q);
  if (id !== undefined) {
    out.vuint((id << QSTR_SHIFT) | QSTR_STATIC);
    return;
  }
  const b = utf8.encode(q);
  out.vuint(b.length << QSTR_SHIFT);
  out.bytes(b);
  out.byte(0);
}

function writeText(out: ByteSink, text: string): void {
  const b = utf8.encode(text);
  out.vuint(b.length);
  out.bytes(b);
}

function writeConst(out: ByteSink, c: PyConst): void {
  out.byte(CONST_TYPE[c.kind]);
  switch (c.kind) {
    case "str":
      writeText(out, c.value);
      out.byte(0);
      break;
    case "bytes":
      out.vuint(c.value.length);
      out.bytes(c.value);
      out.byte(0);
      break;
    case "int":
      writeText(out, c.value.toString());
      break;
    case "float":
      writeText(out, floatRepr(c.value));
      break;
    case "complex":
      writeText(out, complexRepr(c.real, c.imag));
      break;
    case "tuple":
      out.vuint(c.items.length);
      for (const item of c.items) writeConst(out, item);
      break;
    default:
      break; // singletons: type byte only
  }
}

function writeRawCode(out: ByteSink, rc: RawCode): void {
  const hasChildren = rc.children.length > 0;
  out.vuint(encodeRawCodeHead(rc.data.length, hasChildren, rc.kind));
  out.bytes(rc.data);
  if (rc.kind === RawCodeKind.NATIVE_PY) {
    out.vuint(rc.preludeOffset ?? 0);
  } else if (rc.kind === RawCodeKind.NATIVE_VIPER) {
    out.vuint(rc.scopeFlags ?? 0);
  } else if (rc.kind === RawCodeKind.NATIVE_ASM) {
    out.vuint(rc.scopeFlags ?? 0);
    out.vuint(rc.nPosArgs ?? 0);
    out.vuint(rc.typeSig ?? 0);
  }
  if (hasChildren) {
    out.vuint(rc.children.length);
    for (const child of rc.children) writeRawCode(out, child);
  }
}

// Float and complex constants are stored as MicroPython's repr text (formatfloat.c rules).
export { floatRepr } from "../py/float_format.ts";
export { complexRepr } from "../py/obj_complex.ts";
