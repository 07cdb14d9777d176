// Regex compiler for MicroPython's dialect (lib/re1.5 compilecode.c): one pass over the
// pattern's bytes emits re1.5's byte code, in the same layout, because the layout is
// observable: every jump offset and class size is a signed byte, and one that doesn't fit
// makes the pattern "too complex". Repetition wraps the last term by inserting a split in
// front of it; alternation inserts one in front of the current group.
//
// Dialect: literals, `.`, `[...]`/`[^...]` (ranges, \d\w\s\D\W\S), `\d\w\s\D\W\S`, any other
// escaped byte as a literal, `*` `+` `?` and their lazy `*?` `+?` `??`, `(...)`, `(?:...)`,
// `|`, `^`, `$`. No counted repetition: `{` is a literal.

/** Opcodes (re1.5.h): consumers below 0x50, then asserts, jumps, save and match. */
export const OP_CHAR = 1;
export const OP_ANY = 2;
export const OP_CLASS = 3;
export const OP_CLASS_NOT = 4;
export const OP_NAMED_CLASS = 5;
export const OP_BOL = 0x50;
export const OP_EOL = 0x51;
export const OP_JMP = 0x60;
export const OP_SPLIT = 0x61;
export const OP_RSPLIT = 0x62;
export const OP_SAVE = 0x7e;
export const OP_MATCH = 0x7f;

/** Bytes before the pattern's own code: the search loop `RSplit +3; Any; Jmp -5`. */
export const SEARCH_PREFIX = 5;
/** First byte of the first class pair that names a class (\d...) instead of a range. */
export const NAMED_PAIR = 0;

/** Why a pattern was refused: MicroPython raises ValueError with these texts. */
export type CompileError = "regex too complex" | "error in regex";

/** Compiled byte code: `code` holds signed bytes (-128..255 as written); `nsub` counts the
 * capturing groups. */
export interface ByteProgram {
  code: number[];
  nsub: number;
}

const BACKSLASH = 0x5c;
const isNamedClassChar = (c: number) => (c | 0x20) === 0x64 || (c | 0x24) === 0x77; // dDsSwW

/** One nesting level of groups: where it starts, its last term, the pending alternation
 * jump, and the group number to close (0 for `(?:...)` and the top level). */
interface Level {
  start: number;
  term: number;
  altLabel: number;
  sub: number;
}

class TooComplex {}

/** Compile a pattern given as bytes (already cut at the first NUL, as C strings are). */
export function compileRegex(re: Uint8Array): ByteProgram | CompileError {
  const code: number[] = [OP_RSPLIT, 3, OP_ANY, OP_JMP, -5, OP_SAVE, 0];
  let nsub = 0;
  const at = (i: number) => (i < re.length ? re[i] : 0);
  const checked = (pos: number, v: number) => {
    if (v < -128 || v > 127) throw new TooComplex();
    code[pos] = v;
  };
  const rel = (from: number, to: number) => to - from - 2;
  const insert = (pos: number, n: number) => code.splice(pos, 0, ...new Array(n).fill(0));

  const levels: Level[] = [];
  let cur: Level = { start: code.length, term: code.length, altLabel: 0, sub: 0 };
  try {
    for (let i = 0;; i++) {
      let c = at(i);
      if (c === 0 || c === 0x29 /* ) */) {
        if (cur.altLabel) checked(cur.altLabel, rel(cur.altLabel, code.length) + 1);
        const outer = levels.pop();
        if (outer === undefined) {
          // A `)` with no group open: the size pass (which raises "too complex") accepts it.
          if (c !== 0) return "error in regex";
          break;
        }
        if (c === 0) return "regex too complex"; // unclosed group
        if (cur.sub) {
          code.push(OP_SAVE);
          checked(code.length, 2 * cur.sub + 1);
        }
        cur = outer;
        continue;
      }
      const pc = code.length;
      switch (c) {
        case BACKSLASH:
          c = at(++i);
          if (c === 0) return "regex too complex";
          cur.term = pc;
          code.push(isNamedClassChar(c) ? OP_NAMED_CLASS : OP_CHAR, c);
          break;
        default:
          cur.term = pc;
          code.push(OP_CHAR, c);
          break;
        case 0x2e: // .
          cur.term = pc;
          code.push(OP_ANY);
          break;
        case 0x5b: { // [
          cur.term = pc;
          i++;
          if (at(i) === 0x5e /* ^ */) {
            code.push(OP_CLASS_NOT, 0);
            i++;
          } else code.push(OP_CLASS, 0);
          let count = 0;
          for (; at(i) !== 0x5d /* ] */; i++, count++) {
            let lo = at(i);
            if (lo === BACKSLASH) {
              lo = at(++i);
              if (isNamedClassChar(lo)) {
                code.push(NAMED_PAIR, lo);
                continue;
              }
            }
            if (lo === 0) return "regex too complex";
            // `a-]` is `a` then `-`; a range may end in a backslash: `[a-\]` is a..\ then `]`.
            if (at(i + 1) === 0x2d /* - */ && at(i + 2) !== 0x5d) i += 2;
            code.push(lo, at(i));
          }
          checked(pc + 1, count);
          break;
        }
        case 0x28: { // (
          cur.term = pc;
          let sub = 0;
          if (at(i + 1) === 0x3f /* ? */ && at(i + 2) === 0x3a /* : */) i += 2;
          else {
            sub = ++nsub;
            code.push(OP_SAVE);
            checked(code.length, 2 * sub);
          }
          levels.push(cur);
          cur = { start: code.length, term: code.length, altLabel: 0, sub };
          break;
        }
        case 0x3f: { // ?
          if (pc === cur.term) return "regex too complex"; // nothing to repeat
          insert(cur.term, 2);
          code[cur.term] = lazy(at(i + 1)) ? OP_RSPLIT : OP_SPLIT;
          if (lazy(at(i + 1))) i++;
          checked(cur.term + 1, rel(cur.term, code.length));
          cur.term = code.length;
          break;
        }
        case 0x2a: { // *
          if (pc === cur.term) return "regex too complex";
          insert(cur.term, 2);
          const jmp = code.length;
          code.push(OP_JMP, 0);
          checked(jmp + 1, rel(jmp, cur.term));
          code[cur.term] = lazy(at(i + 1)) ? OP_RSPLIT : OP_SPLIT;
          if (lazy(at(i + 1))) i++;
          checked(cur.term + 1, rel(cur.term, code.length));
          cur.term = code.length;
          break;
        }
        case 0x2b: { // +
          if (pc === cur.term) return "regex too complex";
          code.push(lazy(at(i + 1)) ? OP_SPLIT : OP_RSPLIT, 0);
          if (lazy(at(i + 1))) i++;
          checked(pc + 1, rel(pc, cur.term));
          cur.term = code.length;
          break;
        }
        case 0x7c: { // |
          if (cur.altLabel) checked(cur.altLabel, rel(cur.altLabel, pc) + 1);
          insert(cur.start, 2);
          code.push(OP_JMP, 0);
          cur.altLabel = code.length - 1;
          code[cur.start] = OP_SPLIT;
          checked(cur.start + 1, rel(cur.start, code.length));
          cur.term = code.length;
          break;
        }
        case 0x5e: // ^
          code.push(OP_BOL);
          cur.term = code.length;
          break;
        case 0x24: // $
          code.push(OP_EOL);
          cur.term = code.length;
          break;
      }
    }
  } catch (e) {
    if (e instanceof TooComplex) return "regex too complex";
    throw e;
  }
  code.push(OP_SAVE, 1, OP_MATCH);
  return { code, nsub };
}

/** A `?` after a repeat makes it lazy. */
function lazy(next: number): boolean {
  return next === 0x3f;
}
