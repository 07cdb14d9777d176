// sys (py/modsys.c). The standard stream objects live in std_streams.ts; argv, path and modules
// are the interpreter's own (interp_state.ts).
import { builtin, type PyValue, typeOf } from "./obj.ts";
import { formatException, PyBaseException, SystemExit } from "./obj_exception.ts";
import { PyTuple } from "./obj_tuple.ts";
import { attrTuple } from "./obj_attrtuple.ts";
import { type InterpState, state } from "./interp_state.ts";
import { requireStream } from "./stream.ts";
import { repr } from "./runtime.ts";
import { stderrStream, stdinStream, stdoutStream, writeTo } from "./std_streams.ts";

export { stderrStream, stdinStream, stdoutStream, writeTo };

/** sys.implementation, an attribute tuple as in the unix port. _build names the variant the
 * unix port calls "standard"; _thread says "GIL" because upy's threads never run Python code in
 * parallel (the unix port's are "unsafe"). */
function implementation(): PyTuple {
  return attrTuple(["name", "version", "_machine", "_mpy", "_build", "_thread"], [
    "micropython",
    new PyTuple([1, 27, 0, ""]),
    "upy on Deno",
    774, // .mpy v6.3, no native architecture
    "standard",
    "GIL",
  ]);
}

/** sys.atexit's function per interpreter (MP_STATE_VM(sys_exitfunc)); the port calls it. */
const exitFuncs = new WeakMap<InterpState, PyValue>();

/** The function registered with sys.atexit in `st` (None when there is none). */
export function exitFunction(st: InterpState): PyValue {
  return exitFuncs.get(st) ?? null;
}

export function makeSysModule(): [string, PyValue][] {
  return [
    ["argv", state.argv],
    // As the unix port when realpath(argv[0]) fails: upy runs inside Deno, not as a binary.
    ["executable", ""],
    [
      "atexit",
      builtin(
        "atexit",
        (a) => {
          const old = exitFunction(state);
          exitFuncs.set(state, a[0]);
          return old;
        },
        1,
        1,
      ),
    ],
    ["path", state.path],
    ["modules", state.modules],
    ["stdin", stdinStream],
    ["stdout", stdoutStream],
    ["stderr", stderrStream],
    ["implementation", implementation()],
    ["version", "3.4.0; MicroPython v1.27.0 on 2025-12-10"],
    ["version_info", new PyTuple([3, 4, 0])],
    // The reference build is 32-bit; we follow it (hash values, maxsize).
    ["maxsize", 2147483647],
    ["byteorder", "little"],
    ["platform", "linux"],
    ["ps1", ">>> "],
    ["ps2", "... "],
    [
      "exit",
      builtin(
        "exit",
        (a) => {
          throw new PyBaseException(SystemExit, new PyTuple(a.length ? [a[0]] : []));
        },
        0,
        1,
      ),
    ],
    [
      "exc_info",
      builtin(
        "exc_info",
        () => {
          const e = state.curException;
          return new PyTuple(e === undefined ? [null, null, null] : [typeOf(e), e, null]);
        },
        0,
        0,
      ),
    ],
    [
      "print_exception",
      builtin(
        "print_exception",
        (a) => {
          // mp_obj_print_exception: the file must be a stream; anything else prints as its
          // repr on a line of its own.
          if (a.length > 1) requireStream(a[1], "write");
          const e = a[0];
          const text = e instanceof PyBaseException ? formatException(e) : repr(e) + "\n";
          writeTo(a.length > 1 ? a[1] : stdoutStream, text);
          return null;
        },
        1,
        2,
      ),
    ],
  ];
}
