// Names become qstrs in MicroPython, whose length is one byte: a name of 256 bytes or more
// (UTF-8) is refused wherever one is made (py/qstr.c qstr_from_strn), in source and at run time.
import { newException, RuntimeError } from "./obj_exception.ts";
import { byteLength } from "./str_utf8.ts";

const MAX_NAME_BYTES = 255;

/** `name`, or RuntimeError("name too long") when it could not be a qstr. */
export function checkName(name: string): string {
  if (name.length > MAX_NAME_BYTES / 3 && byteLength(name) > MAX_NAME_BYTES) {
    throw newException(RuntimeError, "name too long");
  }
  return name;
}
