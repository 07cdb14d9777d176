// A module as native code sees it (docs/spec/native-abi.md §3): the context (globals, qstr
// table, constant table), and each function's machine code with its child table and function
// object, loaded into the emulator once; viper relocations applied on load (mpy-format.md §6).
import type { PyDict } from "../src/py/obj_dict.ts";
import { raise, RuntimeError } from "../src/py/obj_exception.ts";
import type { RawCode } from "../src/py/raw_code.ts";
import { RawCodeKind } from "../src/py/raw_code.ts";
import { Code, type ModuleContext } from "../src/py/vm_prelude.ts";
import { writeWords } from "./native_run_mem.ts";
import type { NativeRuntime } from "./native_run.ts";

/** One raw code loaded for one module. */
export interface LoadedCode {
  raw: RawCode;
  /** Address of fun_data in the arena. */
  funData: number;
  /** The function object the code receives: +4 context, +8 child table, +12 fun_data. All
   * functions made from this raw code share it (defaults and closures stay on the JS side). */
  funObj: number;
  /** NATIVE_PY: the decoded prelude (names, signature, cells) for binding arguments. */
  prelude?: Code;
}

/** Relocation kinds (ViperReloc.kind) past the text/rodata/bss ones. */
const RELOC_QSTR_TABLE = 6;
const RELOC_CONST_TABLE = 7;
const RELOC_FUN_TABLE = 8;
const RELOC_FUN_ENTRY = 9;

/** Code, tables and function objects live as long as the runtime (never unloaded). */
export class NativeModule {
  /** Address of the module context: +4 globals, +8 qstr table (u16), +12 constant table. */
  readonly context: number;
  readonly qstrTable: number;
  readonly constTable: number;
  private loaded = new Map<RawCode, LoadedCode>();

  constructor(
    private readonly rt: NativeRuntime,
    readonly ctx: ModuleContext,
    readonly globals: PyDict,
  ) {
    const m = rt.m, heap = rt.heap;
    const qstrs = ctx.qstrs, consts = ctx.consts;
    this.qstrTable = heap.alloc(2 * qstrs.length);
    qstrs.forEach((q, i) => m.write16(this.qstrTable + 2 * i, rt.qstr(q)));
    // A bare null constant is the mp_fun_table entry (constToValue maps it so; None is never a
    // constant-table object of its own).
    this.constTable = heap.alloc(4 * consts.length);
    writeWords(
      m,
      this.constTable,
      consts.map((c) => c === null ? rt.funTable : rt.word(c, true)),
    );
    this.context = heap.alloc(16);
    writeWords(m, this.context, [0, rt.word(globals, true), this.qstrTable, this.constTable]);
  }

  /** The raw code's machine code and function object, loading them on first use. */
  load(raw: RawCode): LoadedCode {
    const known = this.loaded.get(raw);
    if (known !== undefined) return known;
    const rt = this.rt, m = rt.m;
    const funData = m.loadCode(raw.data);
    const n = raw.children.length;
    // The extra last slot is the prelude's address (mpy-format.md §6.2).
    const children = rt.heap.alloc(4 * (n + 1));
    writeWords(m, children, raw.children.map((c) => rt.datumWord(c)));
    if (raw.kind === RawCodeKind.NATIVE_PY) {
      m.write32(children + 4 * n, funData + (raw.preludeOffset ?? 0));
    }
    const funObj = rt.heap.alloc(16);
    writeWords(m, funObj, [0, this.context, children, funData]);
    if (raw.relocs !== undefined) this.relocate(raw, funData);
    const loaded: LoadedCode = { raw, funData, funObj };
    if (raw.kind === RawCodeKind.NATIVE_PY) loaded.prelude = this.prelude(raw);
    this.loaded.set(raw, loaded);
    return loaded;
  }

  /** The prelude of a NATIVE_PY raw code, decoded as a bytecode prelude without opcodes. */
  private prelude(raw: RawCode): Code {
    const off = raw.preludeOffset ?? 0;
    if (off > raw.data.length) raise(RuntimeError, "native code: bad prelude offset");
    const data = raw.data.subarray(off);
    return new Code({ kind: RawCodeKind.BYTECODE, data, children: [] }, this.ctx);
  }

  /** mp_native_relocate: add each record's base address to its words. */
  private relocate(raw: RawCode, text: number): void {
    const rt = this.rt, m = rt.m;
    let rodata = 0;
    if (raw.rodata !== undefined) {
      rodata = rt.heap.alloc(raw.rodata.length);
      m.writeBytes(rodata, raw.rodata);
    }
    const bss = raw.bssSize ? rt.heap.alloc(raw.bssSize) : 0;
    for (const r of raw.relocs ?? []) {
      let base: number;
      if (r.kind < RELOC_QSTR_TABLE) base = [text, rodata, bss][r.kind >> 1];
      else if (r.kind === RELOC_QSTR_TABLE) base = this.qstrTable;
      else if (r.kind === RELOC_CONST_TABLE) base = this.constTable;
      else if (r.kind === RELOC_FUN_TABLE) base = rt.funTable;
      else base = m.read32(rt.funTable + 4 * (r.kind - RELOC_FUN_ENTRY));
      const dest = (r.rodata ? rodata : text) + 4 * r.word;
      for (let i = 0; i < r.count; i++) {
        const a = dest + 4 * i;
        m.write32(a, (m.read32(a) + base) >>> 0);
      }
    }
  }
}
