// The matcher: re1.5's recursive backtracking loop (recursiveloop.c) run iteratively. Each
// recursive call of the C code (a split trying its first branch, a save awaiting the rest of
// the match) is a record on an explicit stack, so the first match found and the captures
// are the same as MicroPython's. MicroPython checks the C stack on every call and raises
// RuntimeError when it runs out; the unix port does so at the 983rd nested call of a
// top-level match, which the frame limit here reproduces (the WebAssembly build has no such
// check and overflows the JS stack instead).
import { raise, RuntimeError } from "../py/obj_exception.ts";
import {
  MAIN_PC,
  type Program,
  X_ANY,
  X_BOL,
  X_CHAR,
  X_EOL,
  X_JMP,
  X_MATCH,
  X_RSPLIT,
  X_SAVE,
  X_SPLIT,
  X_TABLE,
} from "./re_program.ts";

/** Nested matcher calls MicroPython's unix port allows (counting the outermost). */
export const MAX_FRAMES = 982;

// One record per live call: a branch to resume (pc >= 0, with its position) or a capture
// slot to restore (~slot, with the old value). Shared: matching never re-enters itself.
const stackPc = new Int32Array(MAX_FRAMES);
const stackVal = new Int32Array(MAX_FRAMES);

function tooDeep(): never {
  return raise(RuntimeError, "maximum recursion depth exceeded");
}

/** Run the pattern from MAIN_PC at `sp`. `caps` (all -1 on entry) receives the captures on
 * success and is left all -1 on failure. `frames` is how many calls are live already. */
function matchHere(
  p: Program,
  s: Uint8Array,
  sp: number,
  end: number,
  bol: number,
  caps: Int32Array,
  frames: number,
): boolean {
  const op = p.op, arg = p.arg, next = p.next, tables = p.tables;
  const limit = MAX_FRAMES - frames;
  let pc = MAIN_PC;
  let top = 0;
  for (;;) {
    switch (op[pc]) {
      case X_CHAR:
        if (sp < end && s[sp] === arg[pc]) {
          sp++;
          pc += 2;
          continue;
        }
        break;
      case X_TABLE:
        if (sp < end && tables[arg[pc] + s[sp]] !== 0) {
          sp++;
          pc = next[pc];
          continue;
        }
        break;
      case X_ANY:
        if (sp < end) {
          sp++;
          pc++;
          continue;
        }
        break;
      case X_SPLIT:
        if (top >= limit) tooDeep();
        stackPc[top] = arg[pc];
        stackVal[top++] = sp;
        pc += 2;
        continue;
      case X_RSPLIT:
        if (top >= limit) tooDeep();
        stackPc[top] = pc + 2;
        stackVal[top++] = sp;
        pc = arg[pc];
        continue;
      case X_JMP:
        pc = arg[pc];
        continue;
      case X_SAVE: {
        if (top >= limit) tooDeep();
        const slot = arg[pc];
        stackPc[top] = ~slot;
        stackVal[top++] = caps[slot];
        caps[slot] = sp;
        pc += 2;
        continue;
      }
      case X_BOL:
        if (sp === bol) {
          pc++;
          continue;
        }
        break;
      case X_EOL:
        if (sp === end) {
          pc++;
          continue;
        }
        break;
      case X_MATCH:
        return true;
    }
    // This call failed: return into the callers until one has a branch left to try.
    for (;;) {
      if (top === 0) return false;
      const r = stackPc[--top];
      if (r >= 0) {
        pc = r;
        sp = stackVal[top];
        break;
      }
      caps[~r] = stackVal[top];
    }
  }
}

/** re.match: the pattern anchored at `begin`. `bol` is where `^` matches (the subject's
 * real start, even when a start position is given). */
export function matchAt(
  p: Program,
  s: Uint8Array,
  begin: number,
  end: number,
  bol: number,
  caps: Int32Array,
): boolean {
  return matchHere(p, s, begin, end, bol, caps, 1);
}

/** re.search: the leftmost position from `begin` to `end` (inclusive) where the pattern
 * matches. Positions whose byte no path can begin with are skipped without running. */
export function searchFrom(
  p: Program,
  s: Uint8Array,
  begin: number,
  end: number,
  bol: number,
  caps: Int32Array,
): boolean {
  const first = p.first;
  for (let pos = begin;; pos++) {
    if (first !== null) {
      while (pos < end && first[s[pos]] === 0 && pos !== bol) pos++;
    }
    // The search loop's own call plus the one it makes for each position (compilecode.c).
    if (matchHere(p, s, pos, end, bol, caps, 2)) return true;
    if (pos >= end) return false;
  }
}
