// The unix port's interpreter: the Deno host, the modules this port adds to the core's (socket
// over Deno's TCP), and machine code from .mpy files (asm_thumb, @native, @viper) run in the
// Thumb emulator.
import { Interpreter, type InterpreterOptions } from "../../src/py/interpreter.ts";
import type { ModuleFactory } from "../../src/py/interp_state.ts";
import { nativeRunner } from "../../emitter/native_run.ts";
import { makeSocketModule } from "./mod_socket.ts";
import { makeTlsModule } from "./mod_tls.ts";
import { unixHost } from "./host.ts";

/** Built-in modules of the unix port beyond the core's (src/py/boot_table.ts). */
export const UNIX_MODULES: readonly [string, ModuleFactory][] = [
  ["socket", makeSocketModule],
  ["tls", makeTlsModule],
];

/** An interpreter as the `upy` command runs it (the host defaults to this process's). */
export function unixInterpreter(options: InterpreterOptions = {}): Interpreter {
  return new Interpreter({
    nativeCode: nativeRunner(),
    ...options,
    host: options.host ?? unixHost(),
    modules: [...UNIX_MODULES, ...(options.modules ?? [])],
  });
}
