// Names become qstrs in MicroPython, whose length is one byte: a name of 256 bytes or more
// (UTF-8) is refused wherever one is made (py/qstr.c qstr_from_strn), in source and at run time.
import { newException, RuntimeError } from "./obj_exception.ts";

const MAX_NAME_BYTES = 255;

/** The UTF-8 length of `s` (surrogate halves counted as MicroPython stores them, 3 bytes). */
function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) (n += 4), i++;
      else n += 3;
    } else n += 3;
  }
  return n;
}

/** `name`, or RuntimeError("name too long") when it could not be a qstr. */
export function checkName(name: string): string {
  if (name.length > MAX_NAME_BYTES / 3 && utf8Length(name) > MAX_NAME_BYTES) {
    throw newException(RuntimeError, "name too long");
  }
  return name;
}
