// The object model's foundation: how Python values are represented in JS, and how types are
// declared as data (MicroPython's mp_obj_type_t slot design, py/obj.h).
//
// Value representation (hot values are plain JS values):
//   int       number (always a safe integer) | bigint (only outside the safe range)
//   bool      boolean
//   None      null
//   str       string (JS UTF-16; code-point semantics are handled by the str type)
//   others    instances of PyObject subclasses, each carrying its `type`
// `undefined` is MicroPython's MP_OBJ_NULL: "no value" (empty local, NULL on the VM stack,
// exhausted iterator, NotImplemented from a slot). It never escapes to Python code.

/** Any Python value. */
export type PyValue = number | bigint | boolean | null | string | PyObject;

/** Keyword arguments as passed to builtins (insertion ordered). */
export type Kw = Map<string, PyValue> | undefined;

/** Base of every heap object. Subclasses set all their fields in the constructor. */
export class PyObject {
  /** Attributes of instances of user classes (and of native objects subclassed by them). */
  dict: Map<string, PyValue> | undefined;
  constructor(public type: PyType) {
    this.dict = undefined;
  }
}

/** A native function: receives positional args and optional keyword args. */
export type NativeFn = (args: PyValue[], kw: Kw) => PyValue;

/** Slot functions of a type; any may be absent (py/obj.h mp_obj_type_t). */
export interface TypeSlots {
  /** Called when the type object is called: `type(args...)`. */
  makeNew?: (type: PyType, args: PyValue[], kw: Kw) => PyValue;
  /** repr() of an instance. */
  repr?: (self: PyValue) => string;
  /** str() of an instance; defaults to repr. */
  str?: (self: PyValue) => string;
  /** Calling an instance. */
  call?: (self: PyValue, args: PyValue[], kw: Kw) => PyValue;
  /** Unary op (numbering in bytecode.ts UnaryOp); undefined = not supported. */
  unaryOp?: (op: number, self: PyValue) => PyValue | undefined;
  /** Binary op with self on the left (numbering in bytecode.ts BinaryOp); undefined = not
   * supported. For CONTAINS, `self` is the container and `other` the item. */
  binaryOp?: (op: number, self: PyValue, other: PyValue) => PyValue | undefined;
  /** Attribute load hook, tried before the type's locals; undefined = not found here. */
  getAttr?: (self: PyValue, name: string) => PyValue | undefined;
  /** Attribute store/delete hook (value undefined = delete); false = not handled. */
  setAttr?: (self: PyValue, name: string, value: PyValue | undefined) => boolean;
  /** self[index]; throw IndexError/KeyError/TypeError as appropriate. */
  getItem?: (self: PyValue, index: PyValue) => PyValue;
  setItem?: (self: PyValue, index: PyValue, value: PyValue) => void;
  delItem?: (self: PyValue, index: PyValue) => void;
  /** iter(self). */
  getIter?: (self: PyValue) => PyValue;
  /** next(self); undefined = exhausted (no StopIteration allocated). */
  iterNext?: (self: PyValue) => PyValue | undefined;
  /** hash(self); absent = identity hash (unless eq is overridden: then unhashable). */
  hash?: (self: PyValue) => number;
  /** Raw bytes view for the buffer protocol. */
  buffer?: (self: PyValue, writable: boolean) => Uint8Array | undefined;
  /** len(self), when the type has a length. */
  len?: (self: PyValue) => number;
  /** Descriptor protocol: an attribute of this type found on a class is turned into what the
   * lookup returns (functions bind, properties call their getter). `obj` is undefined when
   * looked up on the class itself. */
  descrGet?: (descr: PyValue, obj: PyValue | undefined, owner: PyType) => PyValue;
  /** Descriptor store (property setters/deleters): false = not handled. */
  descrSet?: (descr: PyValue, obj: PyValue, value: PyValue | undefined, name?: string) => boolean;
  /** Functions (native and Python): LOAD_METHOD may skip creating a bound method. */
  isMethodLike?: boolean;
  /** Not usable as a base class (MicroPython's types without make_new: functions, generators):
   * `class X(type(f))` is a TypeError. */
  notBase?: boolean;
}

/** A type object. `locals` holds methods and class attributes. */
export class PyType extends PyObject implements TypeSlots {
  name: string;
  bases: PyType[];
  /** Linearised lookup order starting with this type (MicroPython's depth-first rules). */
  mro: PyType[];
  locals: Map<string, PyValue>;
  /** True for classes made by a `class` statement. */
  isUserClass: boolean;
  /** The first native (non-user) type in the MRO other than object, if any. */
  nativeBase: PyType | undefined;
  makeNew?: TypeSlots["makeNew"];
  repr?: TypeSlots["repr"];
  str?: TypeSlots["str"];
  call?: TypeSlots["call"];
  unaryOp?: TypeSlots["unaryOp"];
  binaryOp?: TypeSlots["binaryOp"];
  getAttr?: TypeSlots["getAttr"];
  setAttr?: TypeSlots["setAttr"];
  getItem?: TypeSlots["getItem"];
  setItem?: TypeSlots["setItem"];
  delItem?: TypeSlots["delItem"];
  getIter?: TypeSlots["getIter"];
  iterNext?: TypeSlots["iterNext"];
  hash?: TypeSlots["hash"];
  buffer?: TypeSlots["buffer"];
  len?: TypeSlots["len"];
  descrGet?: TypeSlots["descrGet"];
  descrSet?: TypeSlots["descrSet"];
  isMethodLike?: boolean;
  notBase?: boolean;

  constructor(meta: PyType | null, name: string, bases: PyType[]) {
    // `type` is its own metatype; it is patched in right after creation.
    super(meta as PyType);
    this.name = name;
    this.bases = bases;
    this.mro = [this];
    this.locals = new Map();
    this.isUserClass = false;
    this.nativeBase = undefined;
  }

  /** Find an attribute along the MRO (no descriptor processing). */
  lookup(name: string): PyValue | undefined {
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) {
      const v = mro[i].locals.get(name);
      if (v !== undefined) return v;
    }
    return undefined;
  }
}

/** MicroPython's MRO: depth-first, left-to-right, each type once (py/objtype.c). */
export function linearise(type: PyType): PyType[] {
  const out: PyType[] = [type];
  const seen = new Set<PyType>([type]);
  const visit = (t: PyType) => {
    for (const b of t.bases) {
      if (b === objectType) continue;
      if (!seen.has(b)) {
        seen.add(b);
        out.push(b);
      }
      visit(b);
    }
  };
  visit(type);
  if (type !== objectType) out.push(objectType);
  return out;
}

const SLOT_NAMES = [
  "makeNew",
  "repr",
  "str",
  "call",
  "unaryOp",
  "binaryOp",
  "getAttr",
  "setAttr",
  "getItem",
  "setItem",
  "delItem",
  "getIter",
  "iterNext",
  "hash",
  "buffer",
  "len",
  "descrGet",
  "descrSet",
  "isMethodLike",
  "notBase",
] as const;

/** A method row: [name, function taking (self, ...args), minArgs, maxArgs, takesKw]. The
 * counts include self. maxArgs -1 = unlimited. */
export type MethodRow = [
  name: string,
  fn: NativeFn,
  minArgs: number,
  maxArgs: number,
  takesKw?: boolean,
];

export interface TypeSpec extends TypeSlots {
  name: string;
  base?: PyType;
  bases?: PyType[];
  methods?: MethodRow[];
  /** Non-method class attributes (constants, staticmethods, ...). */
  attrs?: [string, PyValue][];
}

/** Declare a native type from data (the design card's `defineType`). */
export function defineType(spec: TypeSpec): PyType {
  const bases = spec.bases ?? (spec.base ? [spec.base] : [objectType]);
  const t = new PyType(typeType, spec.name, bases);
  for (const slot of SLOT_NAMES) {
    // deno-lint-ignore no-explicit-any
    const own = (spec as any)[slot];
    // deno-lint-ignore no-explicit-any
    if (own !== undefined) (t as any)[slot] = own;
    else {
      // Native subtypes inherit their base's slots (e.g. bool from int).
      for (const b of bases) {
        // deno-lint-ignore no-explicit-any
        const inherited = (b as any)[slot];
        if (inherited !== undefined) {
          // deno-lint-ignore no-explicit-any
          (t as any)[slot] = inherited;
          break;
        }
      }
    }
  }
  t.mro = linearise(t);
  for (const row of spec.methods ?? []) t.locals.set(row[0], makeMethod(row, t));
  for (const [name, v] of spec.attrs ?? []) t.locals.set(name, v);
  return t;
}

/** Add methods to an existing type (used when a type's methods live in another file). */
export function addMethods(type: PyType, rows: MethodRow[]): void {
  for (const row of rows) type.locals.set(row[0], makeMethod(row, type));
}

// --- the two root types --------------------------------------------------------------------

export const typeType: PyType = new PyType(null, "type", []);
typeType.type = typeType;
export const objectType: PyType = new PyType(typeType, "object", []);
typeType.bases = [objectType];
typeType.mro = [typeType, objectType];

// --- builtin functions ------------------------------------------------------------------------

/** A builtin function or a native method (then args[0] is self). */
export class PyBuiltin extends PyObject {
  constructor(
    public name: string,
    public fn: NativeFn,
    /** For methods: the type that defines it (for repr and self checks). */
    public owner: PyType | undefined = undefined,
  ) {
    super(builtinFunctionType);
  }
}

export const builtinFunctionType: PyType = defineType({ name: "function" });

/** Error messages for builtins' argument counts (py/argcheck.c). Installed by the exception
 * module to avoid an import cycle. */
export const argErrors = {
  raise: (_msg: string): never => {
    throw new Error(_msg);
  },
};

/** Wrap a native function with MicroPython's argument-count checks. */
export function builtin(
  name: string,
  fn: NativeFn,
  minArgs: number,
  maxArgs: number,
  takesKw = false,
  owner?: PyType,
): PyBuiltin {
  let wrapped: NativeFn;
  if (minArgs === maxArgs && !takesKw) {
    wrapped = (args, kw) => {
      if (kw !== undefined && kw.size > 0) {
        argErrors.raise("function doesn't take keyword arguments");
      }
      if (args.length !== minArgs) {
        argErrors.raise(
          `function takes ${minArgs} positional arguments but ${args.length} were given`,
        );
      }
      return fn(args, kw);
    };
  } else {
    wrapped = (args, kw) => {
      if (!takesKw && kw !== undefined && kw.size > 0) {
        argErrors.raise("function doesn't take keyword arguments");
      }
      if (args.length < minArgs) {
        argErrors.raise(`function missing ${minArgs - args.length} required positional arguments`);
      }
      if (maxArgs >= 0 && args.length > maxArgs) {
        argErrors.raise(`function expected at most ${maxArgs} arguments, got ${args.length}`);
      }
      return fn(args, kw);
    };
  }
  return new PyBuiltin(name, wrapped, owner);
}

function makeMethod(row: MethodRow, owner: PyType): PyBuiltin {
  return builtin(row[0], row[1], row[2], row[3], row[4] ?? false, owner);
}

// --- singletons -------------------------------------------------------------------------------

export class PySingleton extends PyObject {
  constructor(type: PyType, public readonly text: string) {
    super(type);
  }
}

export const noneType: PyType = defineType({ name: "NoneType", repr: () => "None" });
// Both singletons' types are nameless in MicroPython (mp_type_singleton): <class ''>.
export const ellipsisType: PyType = defineType({ name: "", repr: () => "Ellipsis" });
export const notImplementedType: PyType = defineType({
  name: "",
  repr: () => "NotImplemented",
});
/** mp_obj_get_int_maybe's view of a value: ints and bools, and user-class instances that
 * convert (an int subclass's native value, or __int__). */
export function intLike(v: PyValue): number | bigint | undefined {
  switch (typeof v) {
    case "number":
    case "bigint":
      return v;
    case "boolean":
      return v ? 1 : 0;
  }
  if (v instanceof PyObject && v.type.isUserClass && v.type.unaryOp !== undefined) {
    const r = v.type.unaryOp(8, /* UnaryOp.INT_MAYBE */ v);
    if (typeof r === "number" || typeof r === "bigint") return r;
  }
  return undefined;
}

export const Ellipsis: PySingleton = new PySingleton(ellipsisType, "Ellipsis");
export const NotImplemented: PySingleton = new PySingleton(notImplementedType, "NotImplemented");

// Types of the primitive representations; their behaviour is filled in by obj_int.ts (int and
// bool) and obj_str.ts through `Object.assign(intType, {...slots})` and addMethods.
export const intType: PyType = defineType({ name: "int" });
// MicroPython's bool has no parent type (bool.__bases__ is (object,), True.to_bytes doesn't
// exist); it still does int arithmetic through its own slots.
export const boolType: PyType = defineType({ name: "bool" });
export const strType: PyType = defineType({ name: "str" });

/** The type of any value (mp_obj_get_type). */
export function typeOf(v: PyValue): PyType {
  switch (typeof v) {
    case "number":
    case "bigint":
      return intType;
    case "string":
      return strType;
    case "boolean":
      return boolType;
    default:
      return v === null ? noneType : v.type;
  }
}

/** True if `t` is `base` or derives from it. */
export function isSubtype(t: PyType, base: PyType): boolean {
  if (t === base) return true;
  const mro = t.mro;
  for (let i = 1; i < mro.length; i++) if (mro[i] === base) return true;
  return false;
}

/** isinstance for a single type. */
export function isInstance(v: PyValue, base: PyType): boolean {
  return isSubtype(typeOf(v), base);
}
