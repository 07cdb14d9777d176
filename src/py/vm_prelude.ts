// Decoding a bytecode function once: the prelude (signature, sizes, names, line table, cell
// list) and the module context its operands index into (py/bc.h, shared/spec/bytecode.md §5).
import { Ellipsis, type PyValue } from "./obj.ts";
import { PyBytes } from "./obj_bytes.ts";
import { PyFloat } from "./obj_float.ts";
import { PyComplex } from "./obj_complex.ts";
import { PyTuple } from "./obj_tuple.ts";
import type { CompiledModule, PyConst, RawCode } from "./raw_code.ts";
import { RawCodeKind } from "./raw_code.ts";
import { NotImplementedError, raise } from "./obj_exception.ts";

/** What all functions of one loaded module share: the qstr and constant tables. */
export class ModuleContext {
  /** qstr index → string. */
  qstrs: string[];
  /** Constant table, converted to Python values. */
  consts: PyValue[];
  /** Source file name (qstr 0). */
  file: string;
  constructor(cm: CompiledModule) {
    this.qstrs = cm.qstrs;
    this.consts = cm.constants.map(constToValue);
    this.file = cm.qstrs[0] ?? "<unknown>";
  }
}

/** Convert a .mpy constant to a Python value. */
export function constToValue(c: PyConst): PyValue {
  switch (c.kind) {
    case "none":
      return null;
    case "false":
      return false;
    case "true":
      return true;
    case "ellipsis":
      return Ellipsis;
    case "str":
      return c.value;
    case "bytes":
      return new PyBytes(c.value);
    case "int": {
      const v = c.value;
      return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
    }
    case "float":
      return new PyFloat(c.value);
    case "complex":
      return new PyComplex(c.real, c.imag);
    case "tuple":
      return new PyTuple(c.items.map(constToValue));
    case "funtable":
      return null;
  }
}

/** A decoded bytecode function (decoded on first use, then cached on the raw code). */
export class Code {
  nState = 1;
  nExcStack = 0;
  scopeFlags = 0;
  nPos = 0;
  nKwonly = 0;
  nDefPos = 0;
  /** Function name (simple_name). */
  name = "";
  /** Names of the nPos + nKwonly argument slots. */
  argNames: string[] = [];
  /** Byte range of the line-number table in `bc`. */
  lineStart = 0;
  lineEnd = 0;
  /** Locals to turn into cells at entry. */
  cells: number[] = [];
  /** Offset of the first opcode in `bc`. */
  ip0 = 0;
  bc: Uint8Array;
  children: (Code | undefined)[];
  /** Module-level or class-body code (uses LOAD_NAME/STORE_NAME on a locals dict). */
  isGenerator = false;
  /** Fast-path flag: only positional parameters (no *args, **kwargs, keyword-only). */
  simpleArgs = false;

  constructor(public raw: RawCode, public ctx: ModuleContext) {
    if (raw.kind !== RawCodeKind.BYTECODE) {
      raise(NotImplementedError, "native code not supported");
    }
    const bc = raw.data;
    this.bc = bc;
    this.children = new Array(raw.children.length);
    let ip = 0;
    // Signature (§5.1).
    let z = bc[ip++];
    let S = (z >> 3) & 0xf;
    let E = (z >> 2) & 0x1;
    let F = 0;
    let A = z & 0x3;
    let K = 0;
    let D = 0;
    for (let n = 0; z & 0x80; n++) {
      z = bc[ip++];
      S |= ((z & 0x30) >> 4) << (2 * n + 4);
      E |= ((z & 0x02) >> 1) << (n + 1);
      F |= ((z & 0x40) >> 6) << n;
      A |= ((z & 0x04) >> 2) << (n + 2);
      K |= ((z & 0x08) >> 3) << n;
      D |= (z & 0x01) << n;
    }
    this.nState = S + 1;
    this.nExcStack = E;
    this.scopeFlags = F;
    this.nPos = A;
    this.nKwonly = K;
    this.nDefPos = D;
    // Size (§5.2).
    let nInfo = 0;
    let nCell = 0;
    for (let n = 0;; n++) {
      z = bc[ip++];
      nInfo |= ((z & 0x7e) >> 1) << (6 * n);
      nCell |= (z & 1) << n;
      if (!(z & 0x80)) break;
    }
    const infoStart = ip;
    const infoEnd = ip + nInfo;
    // Source info (§5.3).
    let q: number;
    [q, ip] = readUint(bc, ip);
    this.name = ctx.qstrs[q] ?? "?";
    const nArgs = A + K;
    for (let i = 0; i < nArgs; i++) {
      [q, ip] = readUint(bc, ip);
      this.argNames.push(ctx.qstrs[q] ?? "?");
    }
    this.lineStart = ip;
    this.lineEnd = infoEnd;
    ip = infoEnd;
    for (let i = 0; i < nCell; i++) this.cells.push(bc[ip++]);
    this.ip0 = ip;
    void infoStart;
    this.isGenerator = (F & 1) !== 0;
    this.simpleArgs = (F & 0x0e) === 0 && K === 0;
  }

  /** Source line of the opcode at absolute position `ip` (§5.4). */
  lineOf(ip: number): number {
    const bc = this.bc;
    let offset = ip - this.ip0;
    let line = 1;
    let p = this.lineStart;
    const end = this.lineEnd;
    while (p < end) {
      const c = bc[p];
      let b: number;
      let l: number;
      if ((c & 0x80) === 0) {
        b = c & 0x1f;
        l = c >> 5;
        p += 1;
      } else {
        b = c & 0xf;
        l = ((c & 0x70) << 4) | bc[p + 1];
        p += 2;
      }
      if (offset >= b) {
        offset -= b;
        line += l;
      } else break;
    }
    return line;
  }

  /** The decoded child `i` (MAKE_FUNCTION operand). */
  child(i: number): Code {
    let c = this.children[i];
    if (c === undefined) c = this.children[i] = new Code(this.raw.children[i], this.ctx);
    return c;
  }
}

function readUint(bc: Uint8Array, ip: number): [number, number] {
  let v = 0;
  let b: number;
  do {
    b = bc[ip++];
    v = v * 128 + (b & 0x7f);
  } while (b & 0x80);
  return [v, ip];
}

/** Load a compiled module: the decoded code of its outer function. */
export function loadCode(cm: CompiledModule): Code {
  return new Code(cm.rawCode, new ModuleContext(cm));
}
