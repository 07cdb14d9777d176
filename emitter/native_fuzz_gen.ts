// Random but legal Python functions for the native/viper fuzz test (native_fuzz_test.ts): a
// seeded, grammar-driven generator of @micropython.native and @micropython.viper functions, each
// with the calls that run it, batched into modules with a bytecode prelude of helpers.
//
// Every generated program terminates quickly: loops run over literal ranges, sliced copies or
// with a counter; values stored anywhere pass through the prelude's `_c` (which bounds ints and
// container sizes) whenever they may have grown. Viper functions keep their locals' types (the
// first assignment fixes a viper local's type), index pointers only inside their buffers, and in
// "viper-small" mode keep every machine word far from 32-bit overflow, so the same source run as
// bytecode must give the same result.
//
// KNOWN LIMITATIONS. upy's native emitter produces mpy-cross 1.27's machine code byte for byte,
// so it shares the native emitter's own bugs; programs that hit them are not generated. Each was
// checked on the real firmware (qemu mps2-an385, ../shared/firmware) and behaves there as in upy:
//  - a native generator whose n_state (locals + stack) is 28 or more faults (HardFault) when it
//    handles an exception (Thumb only; the x86-64 unix port is fine): MAX_GENERATOR_STATE;
//  - `raise X from Y` raises Y, and a bare `raise` pops whatever is on the value stack;
//  - break/continue out of a try/finally or with block, in a function with a later try/finally
//    holding a return, corrupts control flow (HardFault): break/continue never cross one;
//  - a try/finally or with inside a finally block loses the pending exception (one EXC_VAL
//    slot), and so does a yield inside a finally block of a generator;
//  - native code reads an unbound local as NULL without a check: variables are always bound;
//  - viper: making a function (lambda, comprehension) while a machine word is pending in r1
//    clobbers it (emit_native_make_function loads REG_ARG_2 before need_reg_all);
//  - viper: bool(<constant>) is boxed as mp_fun_table[CONST_FALSE + value] (HardFault);
//  - viper: slice bounds are passed as raw words (x[:4] gives x[NULL:raw 4]);
//  - viper: a second except clause gets the stack type of an earlier and/or (stale
//    saved_stack_vtype), a ViperTypeError; `except E as e` is one too (e = None on exit);
//  - viper: shifts by 32 or more are the machine's, not Python's (only constant counts in
//    "viper-small").

import { Rng } from "./native_fuzz_support.ts";
import { MAX_GENERATOR_STATE, NativeGen, nativeStateSizes } from "./native_fuzz_native.ts";
import { ViperGen } from "./native_fuzz_viper.ts";

export { Rng };

/** What a batch is made of: native functions (compared with bytecode), viper functions (only
 * checked not to crash), or viper functions on small ints (compared with bytecode). */
export type FuzzKind = "native" | "viper" | "viper-small";

export interface FuzzFunction {
  index: number;
  name: string;
  kind: FuzzKind;
  /** The function's source, starting with its decorator line. */
  source: string;
  /** Python expressions that call it (each run through `_run`). */
  calls: string[];
}

/** Helpers every batch module starts with (bytecode; `vh` is viper in viper batches). */
const PRELUDE = `import micropython
import array
LOG = []
G = 7


class H:
    def __init__(self, v=0):
        self.v = v

    def m(self, x):
        return self.v + x

    def __repr__(self):
        return "H(%r)" % (self.v,)


class MyErr(Exception):
    pass


class CM:
    def __init__(self, k=0):
        self.k = k

    def __enter__(self):
        h_note("enter", self.k)
        return self.k

    def __exit__(self, t, v, tb):
        h_note("exit", self.k, t is None)
        return self.k == 3


def h_add(a, b=1):
    return a + b


def h_inc(x):
    return x + 1


def h_raise(x):
    raise ValueError(x)


def h_none(*a):
    return None


def h_var(*a):
    return a


def h_kw(**k):
    return sorted(k.items())


def h_gen(n):
    for i in range(n):
        yield i * 2


def h_note(*a):
    if len(LOG) < 100:
        LOG.append(a)


def _c(v, d=0):
    t = type(v)
    if t is int:
        if -1000000000000 < v < 1000000000000:
            return v
        return v % 1000000007
    if d > 3:
        return 0
    if t is str or t is bytes:
        return v[:40]
    if t is list:
        return [_c(x, d + 1) for x in v[:40]]
    if t is tuple:
        return tuple([_c(x, d + 1) for x in v[:40]])
    if t is dict:
        r = {}
        for k in list(v)[:24]:
            r[k] = _c(v[k], d + 1)
        return r
    return v


def _isgen(r):
    return type(r).__name__ == "generator"


def _run(i, f):
    global G
    print("@@", i)
    try:
        r = f()
        if _isgen(r):
            r = list(r)
        s = repr(r)
    except BaseException as e:
        s = "EXC " + type(e).__name__ + ": " + str(e)
    print(s[:3000])
    if LOG:
        print("LOG", repr(LOG)[:3000])
        LOG.clear()
    G = 7
`;

const VIPER_HELPERS = `

@micropython.viper
def vh(x: int) -> int:
    return x * 3 + 1
`;

/** A batch module's source; `decorated` false gives the same program as plain bytecode. */
export function moduleSource(
  kind: FuzzKind,
  functions: readonly FuzzFunction[],
  decorated: boolean,
): string {
  const strip = (s: string) => decorated ? s : s.replace(/^@micropython\.\w+\n/gm, "");
  const parts = [PRELUDE];
  if (kind !== "native") parts.push(strip(VIPER_HELPERS));
  for (const f of functions) parts.push("\n\n" + strip(f.source));
  parts.push("\n\n");
  for (const f of functions) {
    for (const c of f.calls) parts.push(`_run(${f.index}, lambda: ${c})\n`);
  }
  return parts.join("");
}

/** Generate `count` functions of one kind, numbered from `first`. */
export function generateFunctions(
  rng: Rng,
  kind: FuzzKind,
  count: number,
  first: number,
): FuzzFunction[] {
  const out: FuzzFunction[] = [];
  for (let i = 0; i < count; i++) {
    const index = first + i;
    const name = `f${index}`;
    let g: { source: string; calls: string[]; generator?: boolean } = kind === "native"
      ? new NativeGen(rng).function(name)
      : new ViperGen(rng, kind === "viper-small").function(name);
    // A native generator with a large state is not run (see KNOWN LIMITATIONS): make another.
    while (g.generator && Math.max(...nativeStateSizes(g.source)) > MAX_GENERATOR_STATE) {
      g = new NativeGen(rng).function(name);
    }
    out.push({ index, name, kind, ...g });
  }
  return out;
}
