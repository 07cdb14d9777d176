// Binding call arguments into a new frame's locals (py/bc.c mp_setup_code_state), and
// flattening `*args`/`**kwargs` call sites (py/runtime.c mp_call_prepare_args_n_kw_var).
import { checkName } from "./qstr_limit.ts";
import { ScopeFlag } from "./bytecode.ts";
import { isSubtype, type Kw, PyBuiltin, PyType, type PyValue, typeOf } from "./obj.ts";
import { dictType, PyDict } from "./obj_dict.ts";
import { raise, TypeError } from "./obj_exception.ts";
import { PyCell, type PyFunction } from "./obj_fun.ts";
import { EMPTY_TUPLE, PyTuple, tuple } from "./obj_tuple.ts";
import { callMethod, getItem, getIter, iterNext, PyBoundMethod, toArray } from "./runtime.ts";
import type { Slot } from "./vm_frame.ts";

function posMismatch(fn: PyFunction, expected: number, given: number): never {
  return raise(
    TypeError,
    `${fn.code.name}() takes ${expected} positional arguments but ${given} were given`,
  );
}

/** Fill `regs` (locals of a fresh frame for `fn`) from the full positional list `args`
 * (closure cells and self already prepended) and keywords. */
export function bindArgs(fn: PyFunction, regs: Slot[], args: PyValue[], kw: Kw): void {
  const code = fn.code;
  const nPosArgs = code.nPos;
  const nKwonly = code.nKwonly;
  const flags = code.scopeFlags;
  const nDef = code.nDefPos;
  let nArgs = args.length;
  const nKw = kw === undefined ? 0 : kw.size;
  let varIdx = nPosArgs + nKwonly;
  if (nArgs > nPosArgs) {
    if ((flags & ScopeFlag.VARARGS) === 0) posMismatch(fn, nPosArgs, nArgs);
    regs[varIdx++] = tuple(args.slice(nPosArgs));
    nArgs = nPosArgs;
  } else {
    if ((flags & ScopeFlag.VARARGS) !== 0) regs[varIdx++] = EMPTY_TUPLE;
    if (nKw === 0 && (flags & ScopeFlag.DEFKWARGS) === 0) {
      if (nArgs >= nPosArgs - nDef) {
        const defs = fn.defaults!;
        for (let i = nArgs; i < nPosArgs; i++) regs[i] = defs[i - (nPosArgs - nDef)];
      } else {
        posMismatch(fn, nPosArgs - nDef, nArgs);
      }
    }
  }
  for (let i = 0; i < nArgs; i++) regs[i] = args[i];

  if (nKw !== 0 || (flags & ScopeFlag.DEFKWARGS) !== 0) {
    let dict: PyDict | undefined;
    if ((flags & ScopeFlag.VARKEYWORDS) !== 0) regs[varIdx] = dict = new PyDict(undefined, nKw);
    const names = code.argNames;
    if (kw !== undefined) {
      for (const [name, value] of kw) {
        const j = names.indexOf(name);
        if (j >= 0) {
          if (regs[j] !== undefined) multiple(name);
          regs[j] = value;
          continue;
        }
        if (dict === undefined) raise(TypeError, `unexpected keyword argument '${name}'`);
        if (dict.get(name) !== undefined) multiple(name);
        dict.set(name, value);
      }
    }
    // Positional defaults fill the last nDef positional slots still empty.
    const defs = fn.defaults;
    for (let i = 0; i < nDef; i++) {
      const slot = nPosArgs - 1 - i;
      if (regs[slot] === undefined) regs[slot] = defs![nDef - 1 - i];
    }
    for (let i = nPosArgs - nDef - 1; i >= 0; i--) {
      if (regs[i] === undefined) {
        raise(TypeError, `function missing required positional argument #${i}`);
      }
    }
    for (let i = 0; i < nKwonly; i++) {
      const slot = nPosArgs + i;
      if (regs[slot] === undefined) {
        const d = fn.kwDefaults !== undefined ? fn.kwDefaults.get(names[slot]) : undefined;
        if (d === undefined) {
          raise(TypeError, `function missing required keyword argument '${names[slot]}'`);
        }
        regs[slot] = d;
      }
    }
  } else {
    if (nKwonly !== 0) raise(TypeError, "function missing keyword-only argument");
    if ((flags & ScopeFlag.VARKEYWORDS) !== 0) regs[varIdx] = new PyDict(undefined, 0);
  }
  const cells = code.cells;
  for (let i = 0; i < cells.length; i++) regs[cells[i]] = new PyCell(regs[cells[i]]);
}

function multiple(name: string): never {
  return raise(TypeError, `function got multiple values for argument '${name}'`);
}

/** Flatten a CALL_*_VAR_KW site: `src[off..]` holds nPos args then nKw (name, value) pairs
 * (name undefined = a `**mapping`); `star` is the bitmap of `*iterable` positions. */
export function flattenVarArgs(
  src: Slot[],
  off: number,
  nPos: number,
  nKw: number,
  star: number,
  out: PyValue[],
  /** What is called, which decides how a repeated keyword fails (unknown: the last wins). */
  callee?: PyValue,
): Kw {
  for (let i = 0; i < nPos; i++) {
    const a = src[off + i] as PyValue;
    if (i < 31 && (star & (1 << i)) !== 0) {
      if (a instanceof PyTuple) {
        for (const x of a.items) out.push(x);
      } else {
        const it = getIter(a);
        for (let x = iterNext(it); x !== undefined; x = iterNext(it)) out.push(x);
      }
    } else out.push(a);
  }
  if (nKw === 0) return undefined;
  const kw = new Map<string, PyValue>();
  for (let i = 0; i < nKw; i++) {
    const k = src[off + nPos + 2 * i];
    const v = src[off + nPos + 2 * i + 1] as PyValue;
    if (k === undefined) {
      if (v instanceof PyDict) {
        for (const [key, val] of v.entries()) addKw(kw, kwName(key), val, callee);
      } else {
        for (const key of toArray(callMethod(v, "keys", []))) {
          addKw(kw, kwName(key), getItem(v, key), callee);
        }
      }
    } else addKw(kw, k as string, v, callee);
  }
  return kw;
}

// A keyword given twice (`f(a=1, **{'a': 2})`): MicroPython passes both on. A Python function
// refuses the second; a builtin parsing its keywords (mp_arg_parse_all) finds one too many;
// dict() stores them in order, so the last wins.
function addKw(
  kw: Map<string, PyValue>,
  name: string,
  value: PyValue,
  callee: PyValue | undefined,
): void {
  if (callee !== undefined && kw.has(name)) {
    let target = callee;
    if (target instanceof PyBoundMethod) target = target.fn;
    const t = typeOf(target);
    if (
      t.isMethodLike && !(target instanceof PyBuiltin) ||
      target instanceof PyType && target.isUserClass
    ) {
      multiple(name);
    }
    if (!(target instanceof PyType && isSubtype(target, dictType))) {
      raise(TypeError, "extra keyword arguments given");
    }
  }
  kw.set(name, value);
}

// Keys of a `**mapping` must be str (mp_obj_str_intern_checked).
function kwName(k: PyValue): string {
  if (typeof k !== "string") {
    return raise(TypeError, `can't convert '${typeOf(k).name}' object to str implicitly`);
  }
  return checkName(k);
}
