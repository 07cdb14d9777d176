// The unix port's modules that load on demand (src/py/lazy_modules.ts), and its machine for
// @native/@viper/asm_thumb code (the Thumb emulator): only a dynamic import (interpreter.ts) or
// the library entry point reaches this file.
import type { LoadedPart } from "../../src/py/lazy_modules.ts";
import { makeSocketModule } from "./mod_socket.ts";
import { makeTlsModule } from "./mod_tls.ts";

export { nativeRunner } from "../../emitter/native_run.ts";

export const UNIX_EXTRAS: LoadedPart = {
  modules: [
    ["socket", makeSocketModule],
    ["tls", makeTlsModule],
  ],
};
