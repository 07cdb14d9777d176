// _thread as the unix port has it (py/modthread.c): threads of Python code scheduled by the VM
// (thread_sched.ts) and locks that block only their thread (thread_lock.ts).
import { builtin, type Kw, type PyValue, typeOf } from "./obj.ts";
import { PyDict } from "./obj_dict.ts";
import { raise, SystemExit, TypeError } from "./obj_exception.ts";
import { getInt } from "./obj_int.ts";
import { PyList } from "./obj_list.ts";
import { PyTuple } from "./obj_tuple.ts";
import { LockObject, lockType } from "./thread_lock.ts";
import { currentIdent, startThread, threads } from "./thread_sched.ts";

function startNewThread(a: PyValue[]): PyValue {
  const [fn, args, kwargs] = a;
  let items: PyValue[];
  if (args instanceof PyTuple || args instanceof PyList) items = args.items.slice();
  else items = raise(TypeError, `object '${typeOf(args).name}' isn't a tuple or list`);
  let kw: Kw = undefined;
  if (kwargs !== undefined) {
    if (!(kwargs instanceof PyDict)) return raise(TypeError, "expecting a dict for keyword args");
    kw = new Map();
    for (const [k, v] of kwargs.entries()) kw.set(k as string, v);
  }
  return startThread(fn, items, kw);
}

/** stack_size([size]): the previous size; with no argument it also resets the size to 0
 * (py/modthread.c). Sizes are size_t. */
function stackSize(a: PyValue[]): PyValue {
  const t = threads();
  const old = t.stackSize;
  const n = a.length > 0 ? getInt(a[0]) : 0;
  t.stackSize = n < 0 ? BigInt.asUintN(64, BigInt(n)) : n;
  return old;
}

export function makeThreadModule(): [string, PyValue][] {
  return [
    ["LockType", lockType],
    ["allocate_lock", builtin("allocate_lock", () => new LockObject(), 0, 0)],
    ["exit", builtin("exit", () => raise(SystemExit), 0, 0)],
    ["get_ident", builtin("get_ident", () => currentIdent(), 0, 0)],
    ["stack_size", builtin("stack_size", stackSize, 0, 1)],
    ["start_new_thread", builtin("start_new_thread", startNewThread, 2, 3)],
  ];
}
