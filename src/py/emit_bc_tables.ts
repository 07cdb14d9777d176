// Module-wide qstr and constant tables, shared by every scope's emitter (py/emitcommon.c).
import type { PyConst } from "./raw_code.ts";

/** First-use ordered qstr table and constant table of one compiled module. */
export class ModuleTables {
  readonly qstrs: string[] = [];
  readonly constants: PyConst[] = [];
  private readonly qstrIndex = new Map<string, number>();

  constructor(fileName: string) {
    this.useQstr(fileName);
  }

  /** Index of `q` in the qstr table, appending it on first use. */
  useQstr(q: string): number {
    let i = this.qstrIndex.get(q);
    if (i === undefined) {
      i = this.qstrs.length;
      this.qstrs.push(q);
      this.qstrIndex.set(q, i);
    }
    return i;
  }

  /** Index of a constant, reusing a strictly equal earlier entry (same type and value). */
  useConst(c: PyConst): number {
    const list = this.constants;
    for (let i = 0; i < list.length; i++) if (constStrictEqual(list[i], c)) return i;
    list.push(c);
    return list.length - 1;
  }
}

function floatSame(a: number, b: number): boolean {
  // 0.0 and -0.0 are distinct entries; NaN never equals (each literal is its own object).
  return a === b && (a !== 0 || Object.is(a, b));
}

/** Same type and equal value, tuples item by item (mpy-cross's strictly_equal). */
export function constStrictEqual(a: PyConst, b: PyConst): boolean {
  switch (a.kind) {
    case "str":
      return b.kind === "str" && a.value === b.value;
    case "bytes":
      return b.kind === "bytes" && a.value.length === b.value.length &&
        a.value.every((x, i) => x === b.value[i]);
    case "int":
      return b.kind === "int" && a.value === b.value;
    case "float":
      return b.kind === "float" && floatSame(a.value, b.value);
    case "complex":
      return b.kind === "complex" && floatSame(a.real, b.real) && floatSame(a.imag, b.imag);
    case "tuple":
      return b.kind === "tuple" && a.items.length === b.items.length &&
        a.items.every((x, i) => constStrictEqual(x, b.items[i]));
    default:
      return a.kind === b.kind;
  }
}
