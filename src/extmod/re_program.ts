// re1.5 byte code turned into the form the matcher runs (re_exec.ts): per byte address an
// opcode, an argument (absolute jump target, byte, group slot or class table) and the next
// address, classes and named classes as 256-entry tables. Also works out which bytes can
// begin a match, so a search can skip the positions where every attempt fails at once.
import {
  type ByteProgram,
  NAMED_PAIR,
  OP_ANY,
  OP_BOL,
  OP_CHAR,
  OP_CLASS,
  OP_CLASS_NOT,
  OP_EOL,
  OP_JMP,
  OP_MATCH,
  OP_NAMED_CLASS,
  OP_RSPLIT,
  OP_SAVE,
  OP_SPLIT,
  SEARCH_PREFIX,
} from "./re_compile.ts";

// Opcodes of the runnable form.
export const X_CHAR = 1;
export const X_ANY = 2;
export const X_TABLE = 3;
export const X_BOL = 4;
export const X_EOL = 5;
export const X_JMP = 6;
export const X_SPLIT = 7;
export const X_RSPLIT = 8;
export const X_SAVE = 9;
export const X_MATCH = 10;

/** Where an anchored match starts (the `Save 0` after the search loop). */
export const MAIN_PC = SEARCH_PREFIX;

export interface Program {
  /** Capturing groups, not counting group 0. */
  nsub: number;
  op: Uint8Array;
  /** X_CHAR: the byte; jumps: the target; X_SAVE: the slot; X_TABLE: offset in `tables`. */
  arg: Int32Array;
  next: Int32Array;
  tables: Uint8Array;
  /** Bytes a match can begin with at a position other than the subject's start or end, or
   * null when any position may match (or the analysis gave up). */
  first: Uint8Array | null;
}

/** re1.5 compares bytes as (signed) C chars: `[a-\xff]` is empty, `[\x80-\xff]` is not. */
const signed = (b: number) => (b << 24) >> 24;

/** Membership of byte `b` in \d \s \w; the upper-case letter negates (charclass.c). */
function inNamedClass(name: number, b: number): boolean {
  const lower = name | 0x20;
  let hit: boolean;
  if (lower === 0x64) hit = b >= 0x30 && b <= 0x39;
  else if (lower === 0x73) hit = b === 0x20 || (b >= 9 && b <= 13);
  else {
    hit = (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || (b >= 0x30 && b <= 0x39) ||
      b === 0x5f;
  }
  return hit === ((name & 0x20) !== 0);
}

/** Decode re1.5 byte code. */
export function buildProgram(bp: ByteProgram): Program {
  const code = bp.code;
  const n = code.length;
  const op = new Uint8Array(n);
  const arg = new Int32Array(n);
  const next = new Int32Array(n);
  const tables: number[][] = [];
  const addTable = (member: (b: number) => boolean) => {
    const t: number[] = [];
    for (let b = 0; b < 256; b++) t.push(member(b) ? 1 : 0);
    tables.push(t);
    return (tables.length - 1) * 256;
  };
  for (let pc = 0; pc < n;) {
    const c = code[pc];
    let size = 2;
    switch (c) {
      case OP_CHAR:
        op[pc] = X_CHAR;
        arg[pc] = code[pc + 1] & 0xff;
        break;
      case OP_ANY:
        op[pc] = X_ANY;
        size = 1;
        break;
      case OP_CLASS:
      case OP_CLASS_NOT: {
        const count = code[pc + 1];
        const pairs = code.slice(pc + 2, pc + 2 + 2 * count);
        const positive = c === OP_CLASS;
        op[pc] = X_TABLE;
        arg[pc] = addTable((b) => {
          for (let k = 0; k < pairs.length; k += 2) {
            const hit = pairs[k] === NAMED_PAIR
              ? inNamedClass(pairs[k + 1], b)
              : signed(b) >= signed(pairs[k]) && signed(b) <= signed(pairs[k + 1]);
            if (hit) return positive;
          }
          return !positive;
        });
        size = 2 + 2 * count;
        break;
      }
      case OP_NAMED_CLASS: {
        const name = code[pc + 1];
        op[pc] = X_TABLE;
        arg[pc] = addTable((b) => inNamedClass(name, b));
        break;
      }
      case OP_BOL:
      case OP_EOL:
        op[pc] = c === OP_BOL ? X_BOL : X_EOL;
        size = 1;
        break;
      case OP_JMP:
      case OP_SPLIT:
      case OP_RSPLIT:
        op[pc] = c === OP_JMP ? X_JMP : c === OP_SPLIT ? X_SPLIT : X_RSPLIT;
        arg[pc] = pc + 2 + signed(code[pc + 1]);
        break;
      case OP_SAVE:
        op[pc] = X_SAVE;
        arg[pc] = code[pc + 1];
        break;
      case OP_MATCH:
        op[pc] = X_MATCH;
        size = 1;
        break;
      default:
        throw new Error(`re: bad opcode ${c} at ${pc}`);
    }
    next[pc] = pc + size;
    pc += size;
  }
  const flat = new Uint8Array(tables.length * 256);
  tables.forEach((t, i) => flat.set(t, i * 256));
  const prog: Program = { nsub: bp.nsub, op, arg, next, tables: flat, first: null };
  prog.first = firstBytes(prog);
  return prog;
}

/** Instructions the start-set analysis explores before giving up. Kept far below the
 * matcher's frame limit, so skipping a position can never hide a recursion error. */
const MAX_EXPLORED = 200;

/** The bytes that some path from MAIN_PC consumes first. Paths through `^` or `$` only match
 * at the start or end, which a search always tries. Null when a path reaches Match without
 * consuming (an empty match is possible anywhere), when `.` can come first, or when a loop
 * consumes nothing (the real matcher then recurses until it fails with RuntimeError). */
function firstBytes(p: Program): Uint8Array | null {
  const set = new Uint8Array(256);
  const state = new Uint8Array(p.op.length); // 0 new, 1 on the current path, 2 done
  let explored = 0;
  const visit = (pc: number): boolean => {
    if (state[pc] === 2) return true;
    if (state[pc] === 1 || ++explored > MAX_EXPLORED) return false;
    state[pc] = 1;
    let ok = true;
    switch (p.op[pc]) {
      case X_CHAR:
        set[p.arg[pc]] = 1;
        break;
      case X_TABLE:
        for (let b = 0; b < 256; b++) set[b] |= p.tables[p.arg[pc] + b];
        break;
      case X_ANY:
      case X_MATCH:
        ok = false;
        break;
      case X_BOL:
      case X_EOL:
        break;
      case X_JMP:
        ok = visit(p.arg[pc]);
        break;
      case X_SPLIT:
      case X_RSPLIT:
        ok = visit(p.next[pc]) && visit(p.arg[pc]);
        break;
      case X_SAVE:
        ok = visit(p.next[pc]);
        break;
    }
    state[pc] = 2;
    return ok;
  };
  return visit(MAIN_PC) ? set : null;
}
