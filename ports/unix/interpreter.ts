// The unix port's interpreter: the Deno host, the modules this port adds to the core's (socket
// over Deno's TCP), and machine code from .mpy files (asm_thumb, @native, @viper) run in the
// Thumb emulator. The modules and the emulator load on demand (ports/unix/extras.ts).
import { Interpreter, type InterpreterOptions } from "../../src/py/interpreter.ts";
import type { NativeCodeRunner } from "../../src/py/interp_state.ts";
import type { LazyPart } from "../../src/py/lazy_modules.ts";
import { unixHost } from "./host.ts";

let makeRunner: (() => NativeCodeRunner) | undefined;

/** Built-in modules of the unix port beyond the core's (src/py/boot_table.ts). */
export const UNIX_LAZY: LazyPart = {
  names: ["socket", "tls"],
  load: () =>
    import("./extras.ts").then((m) => {
      makeRunner = m.nativeRunner;
      return m.UNIX_EXTRAS;
    }),
};

/** For a static import of extras.ts (the library entry point): no dynamic import needed. */
export function provideNativeRunner(make: () => NativeCodeRunner): void {
  makeRunner ??= make;
}

/** The Thumb emulator of one interpreter, made on its first machine code: code can only have
 * machine code once UNIX_LAZY is loaded (Interpreter.prepare). */
function lazyNativeRunner(): NativeCodeRunner {
  let runner: NativeCodeRunner | undefined;
  const run = (...args: Parameters<NativeCodeRunner>) => {
    if (makeRunner === undefined) throw new Error("machine code before the emulator was loaded");
    return (runner ??= makeRunner())(...args);
  };
  return Object.assign(run, { runsNative: true });
}

/** An interpreter as the `upy` command runs it (the host defaults to this process's). */
export function unixInterpreter(options: InterpreterOptions = {}): Interpreter {
  return new Interpreter({
    nativeCode: lazyNativeRunner(),
    ...options,
    host: options.host ?? unixHost(),
    lazy: [UNIX_LAZY, ...(options.lazy ?? [])],
  });
}
