// A readable listing of a .mpy file: header, qstr table, constants and the disassembly of every
// code object, laid out loosely like MicroPython's `tools/mpy-tool.py -xd`. Opcode names and
// operand formats come from src/py/bytecode.ts; instructions are decoded by vm_prelude.ts.
import {
  BINARY_OP_SYMBOL,
  CALL_COUNT_MASK,
  CALL_NKW_SHIFT,
  multiRange,
  Op,
  OP_NAMES,
  UNWIND_COUNT_MASK,
  UNWIND_POP_ITER,
} from "../py/bytecode.ts";
import { floatRepr } from "../py/float_format.ts";
import { complexRepr } from "../py/obj_complex.ts";
import { Code, decodeInstr, ModuleContext } from "../py/vm_prelude.ts";
import type { PyConst, RawCode } from "../py/raw_code.ts";
import { RawCodeKind } from "../py/raw_code.ts";
import { readMpy } from "./reader.ts";
import { ARCH_NAMES } from "./arch.ts";

/** RawCodeKind names by kind number. */
const KIND_NAMES: string[] = [];
for (const [name, kind] of Object.entries(RawCodeKind)) KIND_NAMES[kind] = name;

const hex2 = (b: number) => b.toString(16).padStart(2, "0");
const hexBytes = (b: Uint8Array, sep = ":") => Array.from(b, hex2).join(sep);

/** repr() of a constant, as MicroPython prints it. */
export function constRepr(c: PyConst): string {
  switch (c.kind) {
    case "none":
      return "None";
    case "false":
      return "False";
    case "true":
      return "True";
    case "ellipsis":
      return "Ellipsis";
    case "funtable":
      return "<fun_table>";
    case "str":
      return strRepr(c.value);
    case "bytes":
      return "b" + strRepr(Array.from(c.value, (b) => String.fromCharCode(b)).join(""), true);
    case "int":
      return c.value.toString();
    case "float":
      return floatRepr(c.value);
    case "complex":
      return complexRepr(c.real, c.imag);
    case "tuple":
      return c.items.length === 1
        ? `(${constRepr(c.items[0])},)`
        : `(${c.items.map(constRepr).join(", ")})`;
  }
}

/** Python-style string literal: single quotes unless the text has ' and no ". */
function strRepr(s: string, bytes = false): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = q;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === q || ch === "\\") out += "\\" + ch;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (c < 0x20 || c === 0x7f || (bytes && c > 0x7e)) out += "\\x" + hex2(c);
    else out += ch;
  }
  return out + q;
}

/** The whole listing for a .mpy file's bytes; a file that does not parse raises ValueError. */
export function disassembleMpy(data: Uint8Array, fileName = "<mpy>"): string {
  const cm = readMpy(data, { native: true });
  const lines: string[] = [];
  const arch = cm.arch;
  lines.push(`mpy_source_file: ${fileName}`);
  lines.push(`source_file: ${cm.qstrs[0] ?? ""}`);
  lines.push(`header: ${hexBytes(data.subarray(0, 4))}`);
  lines.push(`arch: ${ARCH_NAMES[arch] ?? `unknown (${arch})`}`);
  lines.push(`small_int_bits: ${cm.smallIntBits}`);
  lines.push(`qstr_table[${cm.qstrs.length}]:`);
  cm.qstrs.forEach((q, i) => lines.push(`  ${String(i).padStart(4)}  ${strRepr(q)}`));
  lines.push(`obj_table[${cm.constants.length}]:`);
  cm.constants.forEach((c, i) => lines.push(`  ${String(i).padStart(4)}  ${constRepr(c)}`));
  const d: Dump = { lines, ctx: new ModuleContext(cm, false), consts: cm.constants.map(constRepr) };
  dumpRawCode(d, cm.rawCode, "0");
  return lines.join("\n") + "\n";
}

interface Dump {
  lines: string[];
  ctx: ModuleContext;
  /** repr of each constant, from the .mpy encoding. */
  consts: string[];
}

function dumpRawCode(d: Dump, rc: RawCode, path: string): void {
  const lines = d.lines;
  lines.push("");
  const kind = KIND_NAMES[rc.kind] ?? String(rc.kind);
  if (rc.kind !== RawCodeKind.BYTECODE) {
    dumpNative(lines, rc, path, kind, nativeName(d, rc));
  } else {
    let code: Code | undefined;
    try {
      code = new Code(rc, d.ctx);
    } catch {
      lines.push(`raw_code ${path}: ${kind}, ${rc.data.length} bytes (bad prelude)`);
      lines.push(`  raw bytecode: ${hexBytes(rc.data)}`);
    }
    if (code !== undefined) dumpBytecode(d, code, path);
  }
  rc.children.forEach((child, i) => dumpRawCode(d, child, `${path}.${i}`));
}

function dumpBytecode(d: Dump, code: Code, path: string): void {
  const lines = d.lines;
  const rc = code.raw;
  lines.push(`raw_code ${path}: ${code.name} (BYTECODE, ${rc.data.length} bytes)`);
  lines.push(
    `  prelude: n_state=${code.nState} n_exc_stack=${code.nExcStack} ` +
      `scope_flags=0x${hex2(code.scopeFlags)} n_pos_args=${code.nPos} ` +
      `n_kwonly_args=${code.nKwonly} n_def_pos_args=${code.nDefPos}`,
  );
  lines.push(`  args: [${code.argNames.map((a) => strRepr(a)).join(", ")}]`);
  if (code.cells.length > 0) lines.push(`  cells: [${code.cells.join(", ")}]`);
  lines.push(`  line info: ${hexBytes(code.bc.subarray(code.lineStart, code.lineEnd))}`);
  lines.push(`  children: [${rc.children.map(childName(code)).join(", ")}]`);
  const bc = code.bc;
  let lastLine = -1;
  for (let ip = code.ip0; ip < bc.length;) {
    const ins = decodeInstr(bc, ip);
    const off = (ip - code.ip0).toString().padStart(5);
    if (ins === undefined) {
      lines.push(`  ${off}  ${hexBytes(bc.subarray(ip, ip + 1)).padEnd(12)} <bad opcode>`);
      ip += 1;
      continue;
    }
    const line = code.lineOf(ip);
    const lineCol = line !== lastLine ? `L${line}`.padStart(6) : "      ";
    lastLine = line;
    const raw = hexBytes(bc.subarray(ip, ip + ins.size));
    const text = `${opName(ins.op)} ${operandText(d, code, ins.op, ins)}`.trimEnd();
    lines.push(`  ${off} ${lineCol}  ${raw.padEnd(12)} ${text}`);
    ip += ins.size;
  }
}

function childName(code: Code): (rc: RawCode, i: number) => string {
  return (rc, i) => {
    if (rc.kind !== RawCodeKind.BYTECODE) return `#${i} ${KIND_NAMES[rc.kind]}`;
    try {
      return code.child(i).name;
    } catch {
      return `#${i} ?`;
    }
  };
}

function opName(op: number): string {
  return multiRange(op)?.name ?? OP_NAMES[op] ?? `?${hex2(op)}`;
}

const UNARY_NAMES = ["__pos__", "__neg__", "__invert__", "<not>"];

/** Opcodes whose uint operand packs positional and keyword argument counts. */
const CALL_OPS: ReadonlySet<number> = new Set([
  Op.CALL_FUNCTION,
  Op.CALL_FUNCTION_VAR_KW,
  Op.CALL_METHOD,
  Op.CALL_METHOD_VAR_KW,
]);

function unwindText(extra: number): string {
  return `${extra & UNWIND_COUNT_MASK}${extra & UNWIND_POP_ITER ? " pop_iter" : ""}`;
}

function operandText(
  d: Dump,
  code: Code,
  op: number,
  ins: { format: string; arg: number; extra: number; target: number; size: number },
): string {
  const multi = multiRange(op);
  if (multi !== undefined) {
    const n = op - multi.zero;
    const symbol = multi.first === Op.UNARY_OP_MULTI
      ? UNARY_NAMES[n]
      : multi.first === Op.BINARY_OP_MULTI
      ? BINARY_OP_SYMBOL[n]
      : "";
    return `${n} ${symbol}`.trimEnd();
  }
  const { arg, extra } = ins;
  switch (ins.format) {
    case "qstr":
      return `${code.ctx.qstrs[arg] ?? `<qstr ${arg}?>`}`;
    case "obj":
      return d.consts[arg] ?? `<const ${arg}?>`;
    case "child": {
      const name = childName(code)(code.raw.children[arg] ?? code.raw, arg);
      return `${arg} (${name})` + (extra >= 0 ? ` n_closed=${extra}` : "");
    }
    case "sjump":
    case "ujump":
      return `${arg >= 0 && ins.format === "sjump" ? "+" : ""}${arg} -> ${ins.target - code.ip0}` +
        (extra >= 0 ? ` unwind=${unwindText(extra)}` : "");
    case "uint":
      if (CALL_OPS.has(op)) {
        return `n_pos=${arg & CALL_COUNT_MASK} n_kw=${(arg >> CALL_NKW_SHIFT) & CALL_COUNT_MASK}`;
      }
      return String(arg);
    case "sint":
      return String(arg);
    default:
      return "";
  }
}

/** A NATIVE_PY function's name and args, from the bytecode-style prelude inside its code. */
function nativeName(d: Dump, rc: RawCode): string {
  if (rc.kind !== RawCodeKind.NATIVE_PY) return "";
  try {
    const data = rc.data.subarray(rc.preludeOffset ?? 0);
    const c = new Code({ kind: RawCodeKind.BYTECODE, data, children: [] }, d.ctx);
    return `${c.name}(${c.argNames.join(", ")}) `;
  } catch {
    return "";
  }
}

function dumpNative(lines: string[], rc: RawCode, path: string, kind: string, name: string): void {
  lines.push(`raw_code ${path}: ${name}(${kind}, ${rc.data.length} bytes of machine code)`);
  if (rc.kind === RawCodeKind.NATIVE_PY) lines.push(`  prelude_offset: ${rc.preludeOffset}`);
  if (rc.kind === RawCodeKind.NATIVE_VIPER) lines.push(`  scope_flags: ${rc.scopeFlags}`);
  if (rc.kind === RawCodeKind.NATIVE_ASM) {
    lines.push(`  n_pos_args: ${rc.nPosArgs} type_sig: ${rc.typeSig}`);
  }
  for (let i = 0; i < rc.data.length; i += 16) {
    lines.push(
      `  ${i.toString(16).padStart(4, "0")}  ${hexBytes(rc.data.subarray(i, i + 16), " ")}`,
    );
  }
}
