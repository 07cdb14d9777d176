// Prelude encoders: signature, size header and line-number steps (bytecode.md §5).
import type { ByteSink } from "./emit_bc_encode.ts";

/** MP_BC_PRELUDE_SIG_ENCODE: n_state, n_exc_stack, scope flags and argument counts. */
export function writeSignature(
  out: ByteSink,
  nState: number,
  nExcStack: number,
  scopeFlags: number,
  nPosArgs: number,
  nKwonlyArgs: number,
  nDefPosArgs: number,
): void {
  let s = nState - 1, e = nExcStack, f = scopeFlags & 0x0f, a = nPosArgs;
  let k = nKwonlyArgs, d = nDefPosArgs;
  let z = ((s & 0xf) << 3) | ((e & 1) << 2) | (a & 3);
  s >>= 4;
  e >>= 1;
  a >>= 2;
  while (s | e | f | a | k | d) {
    out.byte(0x80 | z);
    z = ((f & 1) << 6) | ((s & 3) << 4) | ((k & 1) << 3) | ((a & 1) << 2) | ((e & 1) << 1) |
      (d & 1);
    s >>= 2;
    e >>= 1;
    f >>= 1;
    a >>= 1;
    k >>= 1;
    d >>= 1;
  }
  out.byte(z);
}

/** MP_BC_PRELUDE_SIZE_ENCODE: n_info and n_cell. */
export function writeSizeHeader(out: ByteSink, nInfo: number, nCell: number): void {
  let i = nInfo, c = nCell;
  for (;;) {
    let z = ((i & 0x3f) << 1) | (c & 1);
    i >>= 6;
    c >>= 1;
    if (i | c) z |= 0x80;
    out.byte(z);
    if (!(z & 0x80)) break;
  }
}

/** Line-table steps covering `bytes` bytecode bytes and `lines` source lines (emitbc.c). */
export function writeLineSteps(out: ByteSink, bytes: number, lines: number): void {
  while (bytes > 0 || lines > 0) {
    if (lines <= 6 || bytes > 15) {
      const b = Math.min(bytes, 31);
      const l = b < bytes ? 0 : Math.min(lines, 3);
      out.byte((l << 5) | b);
      bytes -= b;
      lines -= l;
    } else {
      const b = Math.min(bytes, 15);
      const l = Math.min(lines, 2047);
      out.byte(0x80 | ((l >> 4) & 0x70) | b);
      out.byte(l & 0xff);
      bytes -= b;
      lines -= l;
    }
  }
}
