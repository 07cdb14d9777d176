// Prelude encoders: signature, size header and line-number steps (docs/spec/bytecode.md §5).
import type { ByteSink } from "./emit_bc_encode.ts";
import {
  PRELUDE_MORE,
  PRELUDE_SCOPE_FLAGS,
  PRELUDE_SIG,
  PRELUDE_SIZE,
  type PreludeField,
} from "./bytecode.ts";

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
  writePreludeGroup(out, PRELUDE_SIG, {
    S: nState - 1,
    E: nExcStack,
    F: scopeFlags & PRELUDE_SCOPE_FLAGS,
    A: nPosArgs,
    K: nKwonlyArgs,
    D: nDefPosArgs,
  });
}

/** MP_BC_PRELUDE_SIZE_ENCODE: n_info and n_cell. */
export function writeSizeHeader(out: ByteSink, nInfo: number, nCell: number): void {
  writePreludeGroup(out, PRELUDE_SIZE, { I: nInfo, C: nCell });
}

/** One prelude byte group, laid out by the same table the VM decodes it with: the fields' low
 * bits in the first byte, then extension bytes while any field has bits left. */
function writePreludeGroup<K extends string>(
  out: ByteSink,
  layout: Record<K, PreludeField>,
  values: Record<K, number>,
): void {
  const names = Object.keys(layout) as K[];
  const left = { ...values };
  const pack = (part: 0 | 1): number => {
    let z = 0;
    for (const k of names) {
      const [shift, width] = layout[k][part];
      z |= (left[k] & ((1 << width) - 1)) << shift;
      left[k] = Math.floor(left[k] / (1 << width));
    }
    return z;
  };
  let z = pack(0);
  while (names.some((k) => left[k] !== 0)) {
    out.byte(PRELUDE_MORE | z);
    z = pack(1);
  }
  out.byte(z);
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
