// Out-of-line pieces of the VM's opcodes: sequence unpacking (py/runtime.c mp_unpack_*),
// __exit__ calls and exception-type tests.
import { PyObject, type PyType, type PyValue } from "./obj.ts";
import { PyBaseException, raise, StopIteration, ValueError } from "./obj_exception.ts";
import { GENERATOR_EXIT } from "./obj_fun.ts";
import { PyList } from "./obj_list.ts";
import { PyTuple } from "./obj_tuple.ts";
import { call, getIter, iterNext } from "./runtime.ts";
import type { Slot } from "./vm_frame.ts";

export function isStopIteration(e: PyBaseException): boolean {
  const mro = e.type.mro;
  for (let i = 0; i < mro.length; i++) if (mro[i] === StopIteration) return true;
  return false;
}

export function isGeneratorExit(e: PyValue): boolean {
  if (e === GENERATOR_EXIT) return true;
  const t = e instanceof PyBaseException ? e.type : e;
  return t instanceof PyObject && (t as PyType).mro !== undefined &&
    (t as PyType).mro.includes(GENERATOR_EXIT.type);
}

export function bigNorm(v: bigint): number | bigint {
  return v <= 9007199254740991n && v >= -9007199254740991n ? Number(v) : v;
}

export function callExit(fn: PyValue, self: Slot, a: PyValue, b: PyValue): PyValue {
  return self !== undefined ? call(fn, [self, a, b, null]) : call(fn, [a, b, null]);
}

export function unpackSequence(seq: PyValue, n: number, regs: Slot[], sp: number): void {
  let items: PyValue[];
  // Only exact tuples and lists are read directly; subclasses iterate (their __iter__ counts).
  if ((seq instanceof PyTuple || seq instanceof PyList) && !seq.type.isUserClass) {
    items = seq.items;
    if (items.length < n) raise(ValueError, `need more than ${items.length} values to unpack`);
    if (items.length > n) raise(ValueError, `too many values to unpack (expected ${n})`);
  } else {
    const it = getIter(seq);
    items = [];
    for (let i = 0; i < n; i++) {
      const x = iterNext(it);
      if (x === undefined) raise(ValueError, `need more than ${i} values to unpack`);
      items.push(x);
    }
    if (iterNext(it) !== undefined) raise(ValueError, `too many values to unpack (expected ${n})`);
  }
  for (let i = 0; i < n; i++) regs[sp + i] = items[n - 1 - i];
}

export function unpackEx(seq: PyValue, u: number, regs: Slot[], sp: number): void {
  const nLeft = u & 0xff;
  const nRight = (u >> 8) & 0xff;
  let items: PyValue[];
  if ((seq instanceof PyTuple || seq instanceof PyList) && !seq.type.isUserClass) items = seq.items;
  else {
    const it = getIter(seq);
    items = [];
    for (let x = iterNext(it); x !== undefined; x = iterNext(it)) items.push(x);
  }
  const len = items.length;
  if (len < nLeft + nRight) raise(ValueError, `need more than ${len} values to unpack`);
  for (let i = 0; i < nRight; i++) regs[sp + i] = items[len - 1 - i];
  regs[sp + nRight] = new PyList(items.slice(nLeft, len - nRight));
  for (let i = 0; i < nLeft; i++) regs[sp + nRight + 1 + i] = items[nLeft - 1 - i];
}
