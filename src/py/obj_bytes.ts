// bytes and bytearray share one representation: a Uint8Array view (py/objstr.c, objarray.c).
// Methods and slots are installed by the string/bytes modules.
import { defineType, PyObject, type PyType } from "./obj.ts";

export const bytesType: PyType = defineType({ name: "bytes" });
export const bytearrayType: PyType = defineType({ name: "bytearray" });

export class PyBytes extends PyObject {
  constructor(public data: Uint8Array, type: PyType = bytesType) {
    super(type);
  }
}

/** A bytearray owns a growable buffer: `data` is always `buf.subarray(0, length)`. */
export class PyByteArray extends PyObject {
  constructor(public data: Uint8Array, type: PyType = bytearrayType) {
    super(type);
  }
}
