// super (py/objtype.c super_*): attribute lookup that starts at the bases of a class.
// MicroPython searches the bases of `cls` depth-first (not the MRO of type(obj) after cls),
// then `object`; `__init__` may reach a native base's constructor.
import { builtin, type Kw, objectType, PyObject, PyType, type PyValue, typeOf } from "./obj.ts";
import { defineType } from "./obj.ts";
import { AttributeError, raise, TypeError } from "./obj_exception.ts";
import { PyBoundMethod, repr } from "./runtime.ts";
import { initNative, issubclass, objectMethods, PyInstance } from "./obj_type.ts";
import { PyClassMethod, PyStaticMethod } from "./obj_property.ts";

export class PySuper extends PyObject {
  constructor(public cls: PyType, public obj: PyValue) {
    super(superType);
  }
}

/** Result of a super lookup: the raw value and the type it was found on. */
interface Found {
  value: PyValue;
  owner: PyType;
}

const nativeInits = new WeakMap<PyType, PyValue>();
/** The callable standing for a native base's constructor (MicroPython's init wrapper). */
function nativeInit(t: PyType): PyValue {
  let f = nativeInits.get(t);
  if (f === undefined) {
    f = builtin(
      "__init__",
      (a, kw) => {
        initNative(a[0], a.slice(1), kw);
        return null;
      },
      1,
      -1,
      true,
      t,
    );
    nativeInits.set(t, f);
  }
  return f;
}

function searchType(t: PyType, name: string, seen: Set<PyType>): Found | undefined {
  // Depth-first over t and its bases, skipping object (mp_obj_class_lookup).
  if (t === objectType || seen.has(t)) return undefined;
  seen.add(t);
  const v = t.locals.get(name);
  if (v !== undefined) return { value: v, owner: t };
  if (!t.isUserClass && name === "__init__" && t.makeNew !== undefined) {
    return { value: nativeInit(t), owner: t };
  }
  for (const b of t.bases) {
    const r = searchType(b, name, seen);
    if (r !== undefined) return r;
  }
  return undefined;
}

function superSearch(cls: PyType, name: string): Found | undefined {
  const seen = new Set<PyType>();
  for (const b of cls.bases) {
    const r = searchType(b, name, seen);
    if (r !== undefined) return r;
  }
  // object's own methods (__class__ and __dict__ are not among them in MicroPython).
  const v = objectMethods.get(name);
  return v === undefined ? undefined : { value: v, owner: objectType };
}

/** The instance a found value binds to: the native value for natively-owned methods. */
function selfFor(found: Found, obj: PyValue): PyValue {
  if (obj instanceof PyInstance && !found.owner.isUserClass && found.owner !== objectType) {
    if (found.value !== nativeInits.get(found.owner) && obj.native !== undefined) return obj.native;
  }
  return obj;
}

/** mp_convert_member_lookup for a super lookup: staticmethods unwrap, classmethods bind the
 * class, functions bind the instance; anything else (property, user descriptors, types) is
 * returned as it is. Sets dest[0] (and dest[1] = self to bind, else undefined). */
function convertMember(found: Found, obj: PyValue, dest: (PyValue | undefined)[]): void {
  const v = found.value;
  const vt = typeOf(v);
  dest[1] = undefined;
  if (vt.isMethodLike) {
    dest[0] = v;
    dest[1] = selfFor(found, obj);
  } else if (v instanceof PyStaticMethod) {
    dest[0] = v.fn;
  } else if (v instanceof PyClassMethod) {
    dest[0] = v.fn;
    dest[1] = obj instanceof PyType ? obj : typeOf(obj);
  } else {
    dest[0] = v;
  }
}

/** LOAD_SUPER_METHOD: fills dest like runtime.loadMethod (dest[1] = self, or undefined when
 * dest[0] is already bound). */
export function loadSuperMethod(
  cls: PyType,
  self: PyValue,
  name: string,
  dest: (PyValue | undefined)[],
): void {
  const found = superSearch(cls, name);
  if (found === undefined) {
    raise(AttributeError, `'super' object has no attribute '${name}'`);
  }
  convertMember(found, self, dest);
}

function superAttr(self: PyValue, name: string): PyValue | undefined {
  const s = self as PySuper;
  const found = superSearch(s.cls, name);
  if (found === undefined) return undefined;
  const dest: (PyValue | undefined)[] = [undefined, undefined];
  convertMember(found, s.obj, dest);
  return dest[1] === undefined ? dest[0] : new PyBoundMethod(dest[1], dest[0]!);
}

function superNew(_t: PyType, args: PyValue[], kw: Kw): PyValue {
  // The compiler turns a zero-argument super() into super(__class__, self); any other call
  // must give both (super_make_new: mp_arg_check_num(n_args, n_kw, 2, 2, false)).
  if (kw !== undefined && kw.size > 0) raise(TypeError, "function doesn't take keyword arguments");
  if (args.length !== 2) {
    raise(TypeError, `function takes 2 positional arguments but ${args.length} were given`);
  }
  const [cls, obj] = args;
  if (!issubclass(obj instanceof PyType ? obj : typeOf(obj), cls) || !(cls instanceof PyType)) {
    raise(TypeError);
  }
  return new PySuper(cls, obj);
}

export const superType: PyType = defineType({
  name: "super",
  makeNew: superNew,
  repr: (self) => {
    const s = self as PySuper;
    return `<super: ${repr(s.cls)}, ${repr(s.obj)}>`;
  },
  getAttr: superAttr,
});
