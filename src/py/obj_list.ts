// list: a mutable sequence (py/objlist.c). Methods and slots are installed by
// obj_list_methods.ts; the class lives here so every module can build lists.
import { defineType, PyObject, type PyType, type PyValue } from "./obj.ts";

export const listType: PyType = defineType({ name: "list" });

export class PyList extends PyObject {
  constructor(public items: PyValue[], type: PyType = listType) {
    super(type);
  }
}
