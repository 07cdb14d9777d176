// What a compiled module is, independent of where it came from (our compiler or a .mpy file)
// and of the object model: the VM turns constants into objects when it loads a module.

/** A constant-table entry (the .mpy constant encodings, docs/spec/mpy-format.md §5). */
export type PyConst =
  | { kind: "none" }
  | { kind: "false" }
  | { kind: "true" }
  | { kind: "ellipsis" }
  | { kind: "str"; value: string }
  | { kind: "bytes"; value: Uint8Array }
  | { kind: "int"; value: bigint }
  | { kind: "float"; value: number }
  | { kind: "complex"; real: number; imag: number }
  | { kind: "tuple"; items: PyConst[] }
  | { kind: "funtable" }; // native code only

/** Kinds of raw code as numbered in .mpy files (emitglue.h). */
export const RawCodeKind = {
  BYTECODE: 2,
  NATIVE_PY: 3,
  NATIVE_VIPER: 4,
  NATIVE_ASM: 5,
} as const;
export type RawCodeKindValue = typeof RawCodeKind[keyof typeof RawCodeKind];

/** One function's code: for bytecode, `data` is prelude + opcodes exactly as in a .mpy. */
export interface RawCode {
  kind: RawCodeKindValue;
  data: Uint8Array;
  children: RawCode[];
  /** NATIVE_PY: offset of the bytecode-style prelude inside `data`. */
  preludeOffset?: number;
  /** NATIVE_VIPER / NATIVE_ASM fields. */
  scopeFlags?: number;
  nPosArgs?: number;
  typeSig?: number;
  /** NATIVE_VIPER with VIPERRODATA / VIPERBSS / VIPERRELOC (dynamic native modules): the
   * read-only data, the zeroed data size and the relocations applied when loading. */
  rodata?: Uint8Array;
  bssSize?: number;
  relocs?: ViperReloc[];
  /** NATIVE_PY compiled on the desktop: the same function as bytecode, which the desktop runs
   * in its place (compiled by the JIT tier; no traceback lines, as native code has none). */
  twin?: RawCode;
  /** A twin: its frames add no traceback lines. */
  noTraceback?: boolean;
}

/** One viper relocation run (docs/spec/mpy-format.md §6): `count` machine words from word
 * `word` of the text (or of rodata) get a base address added; `kind` is the record's `op >> 1`
 * (0-5: text/rodata/bss, 6: qstr table, 7: constant table, 8: mp_fun_table, 9+: the value of
 * mp_fun_table[kind - 9]). */
export interface ViperReloc {
  rodata: boolean;
  word: number;
  count: number;
  kind: number;
}

/** A whole compiled module: the shared qstr and constant tables plus the outer raw code. */
export interface CompiledModule {
  /** qstr table; index 0 is the source file name. */
  qstrs: string[];
  constants: PyConst[];
  rawCode: RawCode;
  /** Native architecture code (docs/spec/mpy-format.md §3), 0 when there is no machine code. */
  arch: number;
  /** Small-int bits recorded in the header (mpy-cross default 31). */
  smallIntBits: number;
}
