// `micropython -v -v`: the bytecode of every function a compile made, printed as py/showbc.c
// mp_bytecode_print does it (the unix port is built with MICROPY_DEBUG_PRINTERS). Addresses
// of descriptors, bytecode and constant objects are made up (stable within one run): the real
// ones are heap pointers that differ from run to run anyway.
import { BinaryOp, multiRange, Op, OP_NAMES } from "../../src/py/bytecode.ts";
import { binaryOpName } from "../../src/py/runtime.ts";
import { Code, decodeInstr, ModuleContext } from "../../src/py/vm_prelude.ts";
import { type CompiledModule, type RawCode, RawCodeKind } from "../../src/py/raw_code.ts";
import { constRepr } from "../../src/mpy/disasm.ts";

/** mp_binary_op_method_name as the unix port has it: the runtime's names, except that `in` and
 * the in-place ops other than += and -= have none in that table. */
function binaryOpMethod(op: number): string {
  const unnamed = op === BinaryOp.IN ||
    (op >= BinaryOp.INPLACE_OR && op <= BinaryOp.INPLACE_POWER && op !== BinaryOp.INPLACE_ADD &&
      op !== BinaryOp.INPLACE_SUBTRACT);
  return unnamed ? "" : binaryOpName(op);
}

/** mp_unary_op_method_name for the four unary opcodes (`not` has no method). */
const UNARY_OP_METHOD: readonly string[] = ["__pos__", "__neg__", "__invert__", ""];

/** Jump opcodes: their operand prints as the target offset. */
const CALL_OPS: ReadonlySet<number> = new Set([
  Op.CALL_FUNCTION,
  Op.CALL_FUNCTION_VAR_KW,
  Op.CALL_METHOD,
  Op.CALL_METHOD_VAR_KW,
]);

/** Made-up addresses, handed out in order and remembered per object. */
class Addresses {
  private next = 0x7f0000001000;
  private readonly known = new Map<unknown, string>();
  of(thing: unknown): string {
    let a = this.known.get(thing);
    if (a === undefined) {
      a = this.next.toString(16);
      this.next += 0x20;
      this.known.set(thing, a);
    }
    return a;
  }
}

const addresses = new Addresses();

/** The dump of every bytecode function of a freshly compiled module, in the compiler's scope
 * order (the module, then nested scopes breadth first), as compile.c prints them. */
export function showModule(cm: CompiledModule): string {
  const ctx = new ModuleContext(cm, false);
  const consts = cm.constants.map((c) => ({ addr: addresses.of(c), repr: constRepr(c) }));
  let out = "";
  const queue: RawCode[] = [cm.rawCode];
  for (let i = 0; i < queue.length; i++) {
    const rc = queue[i];
    queue.push(...rc.children);
    if (rc.kind === RawCodeKind.BYTECODE) out += showRawCode(rc, ctx, consts);
  }
  return out;
}

function showRawCode(
  rc: RawCode,
  ctx: ModuleContext,
  consts: { addr: string; repr: string }[],
): string {
  const code = new Code(rc, ctx);
  const data = rc.data;
  const lines: string[] = [];
  lines.push(
    `File ${ctx.file}, code block '${code.name}' (descriptor: ${addresses.of(rc)}, ` +
      `bytecode @${addresses.of(data)} ${data.length} bytes)`,
  );
  lines.push(
    `Raw bytecode (code_info_size=${code.ip0}, bytecode_size=${data.length - code.ip0}):`,
  );
  let hex = "";
  data.forEach((b, i) => {
    if (i > 0 && i % 16 === 0) hex += "\n";
    hex += " " + b.toString(16).padStart(2, "0");
  });
  lines.push(hex);
  lines.push("arg names:" + code.argNames.map((n) => " " + n).join(""));
  lines.push(`(N_STATE ${code.nState})`);
  lines.push(`(N_EXC_STACK ${code.nExcStack})`);
  for (const c of code.cells) lines.push(`(INIT_CELL ${c})`);
  for (const [bc, line] of lineTable(data, code.lineStart, code.lineEnd)) {
    lines.push(`  bc=${bc} line=${line}`);
  }
  for (let ip = code.ip0; ip < data.length;) {
    const ins = decodeInstr(data, ip);
    const at = String(ip - code.ip0).padStart(2, "0");
    if (ins === undefined) {
      lines.push(`${at} code ${addresses.of(data)}, byte code 0x${data[ip].toString(16)}`);
      break;
    }
    lines.push(`${at} ${instrText(rc, code, ins, consts)}`);
    ip += ins.size;
  }
  return lines.join("\n") + "\n";
}

/** (bytecode offset, line) pairs of the line-number table, starting with (0, 1). */
function lineTable(bc: Uint8Array, start: number, end: number): [number, number][] {
  let offset = 0;
  let line = 1;
  const out: [number, number][] = [[0, 1]];
  for (let p = start; p < end;) {
    const c = bc[p];
    if ((c & 0x80) === 0) {
      offset += c & 0x1f;
      line += c >> 5;
      p += 1;
    } else {
      offset += c & 0x0f;
      line += ((c << 4) & 0x700) | bc[p + 1];
      p += 2;
    }
    out.push([offset, line]);
  }
  return out;
}

function instrText(
  rc: RawCode,
  code: Code,
  ins: NonNullable<ReturnType<typeof decodeInstr>>,
  consts: { addr: string; repr: string }[],
): string {
  const op = ins.op;
  const multi = multiRange(op);
  if (multi !== undefined) {
    const n = op - multi.zero;
    if (multi.first === Op.UNARY_OP_MULTI) return `UNARY_OP ${n} ${UNARY_OP_METHOD[n]}`;
    if (multi.first === Op.BINARY_OP_MULTI) return `BINARY_OP ${n} ${binaryOpMethod(n)}`;
    return `${multi.name} ${n}`;
  }
  const name = OP_NAMES[op]!;
  const arg = ins.arg;
  switch (ins.format) {
    case "none":
      return name;
    case "qstr": {
      const q = code.ctx.qstrs[arg];
      const quoted = op === Op.LOAD_CONST_STRING || op === Op.IMPORT_NAME ||
        op === Op.IMPORT_FROM;
      return quoted ? `${name} '${q}'` : `${name} ${q}`;
    }
    case "obj":
      return `${name} ${consts[arg].addr}=${consts[arg].repr}`;
    case "child": {
      const child = addresses.of(rc.children[arg]);
      return ins.extra >= 0 ? `${name} ${child} ${ins.extra}` : `${name} ${child}`;
    }
    case "sjump":
    case "ujump": {
      const target = ins.target - code.ip0;
      return op === Op.UNWIND_JUMP ? `${name} ${target} ${ins.extra}` : `${name} ${target}`;
    }
    case "uint":
      return CALL_OPS.has(op)
        ? `${name} n=${arg & 0xff} nkw=${(arg >> 8) & 0xff}`
        : `${name} ${arg}`;
    default:
      return `${name} ${arg}`;
  }
}
