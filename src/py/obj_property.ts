// Descriptor types: property, staticmethod, classmethod (py/objproperty.c, objfun.c).
import { defineType, type Kw, PyObject, PyType, type PyValue, typeOf } from "./obj.ts";
import { AttributeError, raise, TypeError } from "./obj_exception.ts";
import { call, PyBoundMethod } from "./runtime.ts";

export class PyStaticMethod extends PyObject {
  constructor(public fn: PyValue) {
    super(staticMethodType);
  }
}

export class PyClassMethod extends PyObject {
  constructor(public fn: PyValue) {
    super(classMethodType);
  }
}

function oneArg(name: string, args: PyValue[], kw: Kw): PyValue {
  if (kw !== undefined && kw.size > 0) raise(TypeError, "function doesn't take keyword arguments");
  if (args.length !== 1) {
    raise(TypeError, `function takes 1 positional arguments but ${args.length} were given`);
  }
  void name;
  return args[0];
}

export const staticMethodType: PyType = defineType({
  name: "staticmethod",
  makeNew: (_t, args, kw) => new PyStaticMethod(oneArg("staticmethod", args, kw)),
  repr: () => "<staticmethod>",
  descrGet: (d) => (d as PyStaticMethod).fn,
});

export const classMethodType: PyType = defineType({
  name: "classmethod",
  makeNew: (_t, args, kw) => new PyClassMethod(oneArg("classmethod", args, kw)),
  repr: () => "<classmethod>",
  descrGet: (d, obj, owner) => {
    // mp_convert_member_lookup: the class of the instance, or the object itself if a type.
    const cls = obj === undefined ? owner : obj instanceof PyType ? obj : typeOf(obj);
    return new PyBoundMethod(cls, (d as PyClassMethod).fn);
  },
});

export class PyProperty extends PyObject {
  constructor(
    public fget: PyValue,
    public fset: PyValue,
    public fdel: PyValue,
    public doc: PyValue = null,
  ) {
    super(propertyType);
  }
}

function propertyNew(_t: PyType, args: PyValue[], kw: Kw): PyValue {
  // mp_arg_parse_all: fget, fset, fdel are positional only; doc may be a keyword.
  const vals: PyValue[] = [null, null, null, null];
  if (args.length > 4) raise(TypeError, "extra positional arguments given");
  for (let i = 0; i < args.length; i++) vals[i] = args[i];
  if (kw !== undefined) {
    for (const [k, v] of kw) {
      if (k !== "doc" || args.length > 3) raise(TypeError, "extra keyword arguments given");
      vals[3] = v;
    }
  }
  return new PyProperty(vals[0], vals[1], vals[2], vals[3]);
}

export const propertyType: PyType = defineType({
  name: "property",
  makeNew: propertyNew,
  repr: () => "<property>",
  descrGet: (d, obj) => {
    if (obj === undefined) return d;
    const p = d as PyProperty;
    if (p.fget === null) return raise(AttributeError, "unreadable attribute");
    return call(p.fget, [obj]);
  },
  descrSet: (d, obj, value, name) => {
    const p = d as PyProperty;
    const f = value === undefined ? p.fdel : p.fset;
    if (f === null) {
      return raise(AttributeError, `'${typeOf(obj).name}' object has no attribute '${name}'`);
    }
    if (value === undefined) call(f, [obj]);
    else call(f, [obj, value]);
    return true;
  },
  methods: [
    [
      "getter",
      (a) => {
        const p = a[0] as PyProperty;
        return new PyProperty(a[1], p.fset, p.fdel, p.doc);
      },
      2,
      2,
    ],
    [
      "setter",
      (a) => {
        const p = a[0] as PyProperty;
        return new PyProperty(p.fget, a[1], p.fdel, p.doc);
      },
      2,
      2,
    ],
    [
      "deleter",
      (a) => {
        const p = a[0] as PyProperty;
        return new PyProperty(p.fget, p.fset, a[1], p.doc);
      },
      2,
      2,
    ],
  ],
});
