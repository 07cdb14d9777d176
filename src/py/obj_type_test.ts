import { deepStrictEqual as assertEquals, throws as assertThrows } from "node:assert/strict";
import { BinaryOp, UnaryOp } from "./bytecode.ts";
import { builtin, intType, objectType, type PyValue, strType, typeOf, typeType } from "./obj.ts";
import { PyDict } from "./obj_dict.ts";
import { Exception, newException, PyBaseException, StopIteration } from "./obj_exception.ts";
import { listType, PyList } from "./obj_list.ts";
import "./obj_dict_methods.ts";
import "./obj_int.ts";
import "./obj_str.ts";
import "./str_methods.ts";
import { isinstance, issubclass, makeClass } from "./obj_type.ts";
import { loadSuperMethod, superType } from "./obj_super.ts";
import { classMethodType, propertyType, staticMethodType } from "./obj_property.ts";
import {
  binaryOp,
  call,
  callMethod,
  getAttr,
  getItem,
  hash,
  len,
  lookupAttr,
  PyBoundMethod,
  repr,
  setAttr,
  str,
  toArray,
  truthy,
  unaryOp,
} from "./runtime.ts";
import { tuple } from "./obj_tuple.ts";
import { Interpreter } from "./interpreter.ts";
import { activate } from "./interp_state.ts";

// Runtime calls below run in an interpreter (heap lock, builtins, streams).
activate(new Interpreter().state);

function dict(entries: [string, PyValue][]): PyDict {
  const d = new PyDict();
  for (const [k, v] of entries) d.set(k, v);
  return d;
}
const fn = (name: string, f: (a: PyValue[]) => PyValue, n = -1) =>
  builtin(name, (a) => f(a), 0, n, false, objectType); // owner set: binds like a def

function pyErr(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof PyBaseException) return `${e.type.name}: ${str(e)}`;
    throw e;
  }
  return "no error";
}

Deno.test("plain class: instances, attributes, repr", () => {
  const A = makeClass("A", [], dict([["k", 5]]));
  assertEquals(repr(A), "<class 'A'>");
  const a = call(A, []);
  assertEquals(typeOf(a), A);
  assertEquals(/^<A object at [0-9a-f]+>$/.test(repr(a)), true);
  setAttr(a, "x", 1);
  assertEquals(getAttr(a, "x"), 1);
  assertEquals(getAttr(a, "k"), 5);
  assertEquals(getAttr(A, "__name__"), "A");
  assertEquals(repr(getAttr(A, "__bases__")), "(<class 'object'>,)");
  assertEquals(getAttr(a, "__class__"), A);
  assertEquals(getItem(getAttr(a, "__dict__"), "x"), 1);
  assertEquals(
    pyErr(() => getAttr(a, "nope")),
    "AttributeError: 'A' object has no attribute 'nope'",
  );
  assertEquals(call(typeType, [a]), A);
});

Deno.test("__init__, __repr__, __str__, dunders", () => {
  const A = makeClass(
    "A",
    [],
    dict([
      ["__init__", fn("__init__", (a) => (setAttr(a[0], "v", a[1]), null))],
      ["__repr__", fn("__repr__", (a) => `A(${repr(getAttr(a[0], "v"))})`)],
      ["__add__", fn("__add__", (a) => binaryOp(BinaryOp.ADD, getAttr(a[0], "v"), a[1]))],
      ["__radd__", fn("__radd__", (a) => binaryOp(BinaryOp.ADD, 100, a[1]))],
      ["__neg__", fn("__neg__", (a) => -(getAttr(a[0], "v") as number))],
      ["__len__", fn("__len__", () => 7)],
      ["__getitem__", fn("__getitem__", (a) => a[1])],
      ["__eq__", fn("__eq__", () => true)],
    ]),
  );
  const a = call(A, [3]);
  assertEquals(repr(a), "A(3)");
  assertEquals(str(a), "A(3)");
  assertEquals(binaryOp(BinaryOp.ADD, a, 4), 7);
  assertEquals(binaryOp(BinaryOp.ADD, 4, a), 104);
  assertEquals(binaryOp(BinaryOp.INPLACE_ADD, a, 1), 4);
  assertEquals(unaryOp(UnaryOp.NEGATIVE, a), -3);
  assertEquals(len(a), 7);
  assertEquals(truthy(a), true);
  assertEquals(getItem(a, "q"), "q");
  assertEquals(binaryOp(BinaryOp.EQUAL, a, 9), true);
  assertEquals(pyErr(() => hash(a)), "TypeError: unsupported type for __hash__: 'A'");
  const bad = makeClass("B", [], dict([["__init__", fn("__init__", () => 1)]]));
  assertEquals(pyErr(() => call(bad, [])), "TypeError: __init__() should return None, not 'int'");
});

Deno.test("inheritance: depth-first lookup and super", () => {
  const A = makeClass("A", [], dict([["f", fn("f", () => "A.f")], ["g", fn("g", () => "A.g")]]));
  const B = makeClass("B", [A], dict([["f", fn("f", () => "B.f")]]));
  const C = makeClass("C", [A], dict([["g", fn("g", () => "C.g")]]));
  const D = makeClass("D", [B, C], dict([]));
  const d = call(D, []);
  assertEquals(callMethod(d, "f", []), "B.f");
  // MicroPython is depth-first: D, B, A, C.
  assertEquals(callMethod(d, "g", []), "A.g");
  const dest: (PyValue | undefined)[] = [undefined, undefined];
  loadSuperMethod(B, d, "f", dest);
  assertEquals(call(dest[0]!, [dest[1]!]), "A.f");
  const s = call(superType, [D, d]);
  assertEquals(call(getAttr(s, "f"), []), "B.f");
  assertEquals(isinstance(d, A), true);
  assertEquals(issubclass(D, tuple([listType, C])), true);
  assertEquals(
    pyErr(() => getAttr(s, "zz")),
    "AttributeError: 'super' object has no attribute 'zz'",
  );
});

Deno.test("subclassing list and Exception", () => {
  const L = makeClass(
    "L",
    [listType],
    dict([["total", fn("total", (a) => (a[0] as PyList).items.length)]]),
  );
  const l = call(L, [tuple([1, 2])]);
  assertEquals(l instanceof PyList, true);
  assertEquals(typeOf(l), L);
  callMethod(l, "append", [3]);
  assertEquals(repr(l), "[1, 2, 3]");
  assertEquals(callMethod(l, "total", []), 3);
  assertEquals(len(l), 3);
  assertEquals(toArray(l), [1, 2, 3]);
  const E = makeClass(
    "E",
    [Exception],
    dict([["__init__", fn("__init__", (a) => (setAttr(a[0], "x", a[1]), null))]]),
  );
  const e = call(E, [5]);
  assertEquals(e instanceof PyBaseException, true);
  assertEquals(repr(e), "E(5,)");
  assertEquals(str(e), "5");
  assertEquals(getAttr(e, "x"), 5);
  assertEquals(repr(getAttr(e, "args")), "(5,)");
  // super().__init__ reaching the native base with other arguments.
  const L2 = makeClass(
    "L2",
    [listType],
    dict([[
      "__init__",
      fn("__init__", (a) => {
        const dest: (PyValue | undefined)[] = [undefined, undefined];
        loadSuperMethod(L2, a[0], "__init__", dest);
        call(dest[0]!, [dest[1]!, a[2]]);
        return null;
      }),
    ]]),
  );
  assertEquals(repr(call(L2, [1, tuple([5, 6])])), "[5, 6]");
});

Deno.test("property descriptor", () => {
  const getter = fn("x", () => 42);
  const p = call(propertyType, [getter]);
  const P = makeClass("P", [], dict([["x", p]]));
  const o = call(P, []);
  assertEquals(getAttr(o, "x"), 42);
  assertEquals(repr(lookupAttr(P, "x")!), "<property>");
  assertEquals(pyErr(() => setAttr(o, "x", 1)), "AttributeError: 'P' object has no attribute 'x'");
  assertThrows(() => makeClass("Z", [listType, Exception], dict([])));
});

Deno.test("subclassing int and str wraps the native value", () => {
  const I = makeClass("I", [intType], dict([]));
  const i = call(I, [5]);
  assertEquals(typeOf(i), I);
  assertEquals(repr(i), "5");
  assertEquals(binaryOp(BinaryOp.ADD, i, 1), 6);
  assertEquals((getAttr(i, "to_bytes") as PyBoundMethod).self, 5);
  const S = makeClass("S", [strType], dict([["twice", fn("twice", (a) => str(a[0]) + str(a[0]))]]));
  const s = call(S, ["ab"]);
  assertEquals(str(s), "ab");
  assertEquals(repr(s), "'ab'");
  assertEquals(callMethod(s, "upper", []), "AB");
  assertEquals(callMethod(s, "twice", []), "abab");
  assertEquals(len(s), 2);
  assertEquals(binaryOp(BinaryOp.ADD, s, "c"), "abc");
});

Deno.test("descriptors, __getattr__, __setattr__, iteration, classmethod", () => {
  const D = makeClass(
    "D",
    [],
    dict([
      ["__get__", fn("__get__", (a) => (a[1] === null ? "cls" : "inst"))],
      ["__set__", fn("__set__", (a) => (setAttr(a[1], "stored", a[2]), null))],
      ["__set_name__", fn("__set_name__", (a) => (setAttr(a[0], "name", a[2]), null))],
    ]),
  );
  const d = call(D, []);
  const C = makeClass(
    "C",
    [],
    dict([
      ["d", d],
      ["__getattr__", fn("__getattr__", (a) => "dyn_" + str(a[1]))],
      ["make", call(classMethodType, [fn("make", (a) => repr(a[0]))])],
      ["st", call(staticMethodType, [fn("st", (a) => a.length)])],
    ]),
  );
  assertEquals(getAttr(d, "name"), "d");
  const c = call(C, []);
  assertEquals(getAttr(c, "d"), "inst");
  assertEquals(getAttr(C, "d"), d); // MicroPython: no __get__ on class lookup
  setAttr(c, "d", 9);
  assertEquals(getAttr(c, "stored"), 9);
  assertEquals(getAttr(c, "zz"), "dyn_zz");
  assertEquals(callMethod(c, "make", []), "<class 'C'>");
  assertEquals(callMethod(C, "make", []), "<class 'C'>");
  assertEquals(callMethod(c, "st", [1, 2]), 2);

  const log: PyValue[] = [];
  const SA = makeClass(
    "SA",
    [],
    dict([["__setattr__", fn("__setattr__", (a) => (log.push(a[1]), null))]]),
  );
  setAttr(call(SA, []), "q", 1);
  assertEquals(log, ["q"]);

  const It = makeClass(
    "It",
    [],
    dict([
      ["__init__", fn("__init__", (a) => (setAttr(a[0], "n", 0), null))],
      ["__iter__", fn("__iter__", (a) => a[0])],
      [
        "__next__",
        fn("__next__", (a) => {
          const n = getAttr(a[0], "n") as number;
          if (n >= 3) throw newException(StopIteration);
          setAttr(a[0], "n", n + 1);
          return n;
        }),
      ],
    ]),
  );
  assertEquals(toArray(call(It, [])), [0, 1, 2]);
  // Dunders assigned after creation take effect.
  const Late = makeClass("Late", [], dict([]));
  const late = call(Late, []);
  setAttr(Late, "__len__", fn("__len__", () => 4));
  assertEquals(len(late), 4);
  assertEquals(unaryOp(UnaryOp.BOOL, late), true);
  const B = makeClass("B", [], dict([["__bool__", fn("__bool__", () => 1)]]));
  assertEquals(truthy(call(B, [])), false); // MicroPython: only True counts
});

Deno.test("type() forms, isinstance errors, object", () => {
  const T = call(typeType, ["T", tuple([]), dict([["z", 3]])]);
  assertEquals(getAttr(call(T, []), "z"), 3);
  assertEquals(pyErr(() => call(typeType, [1, 2])), "TypeError: type takes 1 or 3 arguments");
  assertEquals(
    pyErr(() => isinstance(1, 2)),
    "TypeError: issubclass() arg 2 must be a class or a tuple of classes",
  );
  assertEquals(
    pyErr(() => issubclass(1, intType)),
    "TypeError: issubclass() arg 1 must be a class",
  );
  assertEquals(repr(call(objectType, [])), "<object>");
  assertEquals(
    pyErr(() => call(objectType, [1])),
    "TypeError: function takes 0 positional arguments but 1 were given",
  );
  // object's methods are reached only as object.name or through super() (MicroPython 1.27).
  assertEquals(
    pyErr(() => getAttr(T, "__init__")),
    "AttributeError: type object 'T' has no attribute '__init__'",
  );
  assertEquals(pyErr(() => getAttr(objectType, "__init__")), "no error");
  const A = makeClass("A", [], dict([]));
  assertEquals(repr(call(A, [1, 2])).startsWith("<A object at "), true);
});

Deno.test("None dunders stay None after caching; bool via __len__; read-only __dict__", () => {
  const NoHash = makeClass("NoHash", [], dict([["__hash__", null]]));
  const x = call(NoHash, []);
  // The second lookup comes from the special-method cache: None must not read as "absent".
  for (let i = 0; i < 2; i++) {
    assertEquals(pyErr(() => hash(x)), "TypeError: 'NoneType' object isn't callable");
  }
  const lenOf = (v: PyValue) => fn("__len__", () => v, 1);
  for (const [v, want] of [[0, false], [3, true], [false, true], [null, true]] as const) {
    const L = makeClass("L", [], dict([["__len__", lenOf(v)]]));
    assertEquals(truthy(call(L, [])), want);
  }
  const A = makeClass("A", [], dict([]));
  const a = call(A, []);
  setAttr(a, "k", 1);
  const d = getAttr(a, "__dict__");
  assertEquals(pyErr(() => callMethod(d, "clear", [])), "TypeError: ");
  setAttr(a, "m", 2);
  assertEquals(len(d), 1); // a snapshot
});

Deno.test("type() argument checks and isinstance tuples without nesting", () => {
  assertEquals(
    pyErr(() => call(typeType, [])),
    "TypeError: function missing 1 required positional arguments",
  );
  assertEquals(
    pyErr(() => call(typeType, ["A", tuple([]), new PyDict(), 1])),
    "TypeError: function expected at most 3 arguments, got 4",
  );
  assertEquals(
    pyErr(() => call(typeType, [1, tuple([]), new PyDict()])),
    "TypeError: can't convert 'int' object to str implicitly",
  );
  const A = makeClass("A", [], dict([]));
  const a = call(A, []);
  assertEquals(isinstance(a, tuple([tuple([A])])), false);
  assertEquals(isinstance(a, tuple([1, A])), true);
});
