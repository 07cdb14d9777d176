// The .mpy v6.3 container's numbers, shared by reader.ts, writer.ts and disasm.ts
// (docs/spec/mpy-format.md; MicroPython's py/persistentcode.h).
import { RawCodeKind } from "../py/raw_code.ts";
import type { PyConst } from "../py/raw_code.ts";

/** Header byte 0 ('M') and byte 1 (major version). */
export const MPY_MAGIC = 0x4d;
export const MPY_VERSION = 6;

/** Feature byte (header byte 2): sub-version in bits 1..0, arch code from bit 2, and a flag
 * saying an arch-flags vuint follows the header (RISC-V only). */
export const MPY_SUB_VERSION = 3;
export const FEATURE_SUB_VERSION_MASK = 0x03;
export const FEATURE_ARCH_SHIFT = 2;
/** The arch mask after the shift, as MicroPython's loaders apply it (not 0x0f). */
export const FEATURE_ARCH_MASK = 0x2f;
export const FEATURE_ARCH_FLAGS = 0x40;

/** The feature byte mpy-cross writes: 0 without machine code (no sub-version either). */
export function encodeFeature(arch: number): number {
  return arch === 0 ? 0 : (arch << FEATURE_ARCH_SHIFT) | MPY_SUB_VERSION;
}

/** Arch code of a feature byte. */
export function featureArch(feature: number): number {
  return (feature >> FEATURE_ARCH_SHIFT) & FEATURE_ARCH_MASK;
}

/** A qstr-table entry's vuint: bit 0 set = static qstr id above it; else the byte length. */
export const QSTR_STATIC = 1;
export const QSTR_SHIFT = 1;

/** Type byte of each constant-table entry. */
export const CONST_TYPE: Readonly<Record<PyConst["kind"], number>> = {
  funtable: 0,
  none: 1,
  false: 2,
  true: 3,
  ellipsis: 4,
  str: 5,
  bytes: 6,
  int: 7,
  float: 8,
  complex: 9,
  tuple: 10,
};

/** A raw code's head vuint: (data length << RC_LEN_SHIFT) | RC_HAS_CHILDREN? | kind offset. */
export const RC_LEN_SHIFT = 3;
export const RC_HAS_CHILDREN = 4;
export const RC_KIND_MASK = 3;

/** The head vuint of a raw code. */
export function encodeRawCodeHead(dataLength: number, hasChildren: boolean, kind: number): number {
  return (dataLength << RC_LEN_SHIFT) | (hasChildren ? RC_HAS_CHILDREN : 0) |
    (kind - RawCodeKind.BYTECODE);
}

/** Viper relocation records: ended by RELOC_END; bit 0 of a record = a target address follows;
 * op >> 1 = kind, where kinds up to RELOC_COUNTED_MAX with bit 0 set carry a count. */
export const RELOC_END = 0xff;
export const RELOC_HAS_ADDR = 1;
export const RELOC_COUNTED_MAX = 5;
