// re.sub's pieces: the replacement template (modre.c re_sub_helper) and a growable byte
// buffer for the result.
//
// Template rules, on bytes up to the first NUL: `\N` and `\g<N>` insert group N (a missing
// `>` is fine, extra digits belong to N), `\\` is one backslash, and a backslash before
// anything else is dropped (`\n` gives `n`; `\g<name>` gives `name>`).
import { IndexError, raise } from "../py/obj_exception.ts";

/** A parsed template: literal byte runs and group numbers, in order. */
export type Template = (Uint8Array | number)[];

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

export function parseTemplate(t: Uint8Array): Template {
  const nul = t.indexOf(0);
  const n = nul < 0 ? t.length : nul;
  const at = (i: number) => (i < n ? t[i] : 0);
  const parts: Template = [];
  let lit: number[] = [];
  const flush = () => {
    if (lit.length > 0) parts.push(Uint8Array.from(lit));
    lit = [];
  };
  for (let i = 0; i < n;) {
    if (t[i] !== 0x5c) {
      lit.push(t[i++]);
      continue;
    }
    i++;
    let bracketed = false;
    if (at(i) === 0x67 /* g */ && at(i + 1) === 0x3c /* < */) {
      i += 2;
      bracketed = true;
    }
    if (isDigit(at(i))) {
      let group = 0;
      // the group number wraps as a 32-bit unsigned int, as in C
      do group = (group * 10 + (t[i++] - 0x30)) >>> 0; while (isDigit(at(i)));
      if (bracketed && at(i) === 0x3e /* > */) i++;
      flush();
      parts.push(group);
    } else if (at(i) === 0x5c) {
      lit.push(0x5c);
      i++;
    }
  }
  flush();
  return parts;
}

/** Append the expansion of `tpl` for a match (`caps`: byte offsets into `s`, -1 when a group
 * didn't take part). A group number past the pattern's raises IndexError(N). */
export function expandTemplate(
  out: ByteBuilder,
  tpl: Template,
  s: Uint8Array,
  caps: Int32Array,
): void {
  for (const part of tpl) {
    if (typeof part !== "number") {
      out.add(part, 0, part.length);
      continue;
    }
    // reported as a small int: 31 bits, sign-extended
    if (part * 2 >= caps.length) raise(IndexError, (part << 1) >> 1);
    const start = caps[part * 2];
    if (start >= 0) out.add(s, start, caps[part * 2 + 1]);
  }
}

/** Bytes appended in runs (vstr). */
export class ByteBuilder {
  buf: Uint8Array;
  length = 0;
  constructor(capacity: number) {
    this.buf = new Uint8Array(Math.max(16, capacity));
  }
  /** Append src[from:to]. */
  add(src: Uint8Array, from: number, to: number): void {
    const n = to - from;
    if (this.length + n > this.buf.length) {
      const grown = new Uint8Array(Math.max(this.buf.length * 2, this.length + n));
      grown.set(this.buf.subarray(0, this.length));
      this.buf = grown;
    }
    if (n === 1) this.buf[this.length] = src[from];
    else this.buf.set(src.subarray(from, to), this.length);
    this.length += n;
  }
  bytes(): Uint8Array {
    return this.buf.subarray(0, this.length);
  }
}
