// float: a boxed double, distinct from int (py/objfloat.c). Arithmetic and formatting are
// installed by the numeric modules; the class lives here so every module can build floats.
import { defineType, PyObject, type PyType } from "./obj.ts";

export const floatType: PyType = defineType({ name: "float" });

export class PyFloat extends PyObject {
  constructor(public value: number, type: PyType = floatType) {
    super(type);
  }
}
