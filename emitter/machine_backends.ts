// The machine-code backends of the compiler (native and viper scopes, the inline assembler),
// registered with src/py/emit_factory.ts when this file is imported. The CLI loads them on
// demand (src/extmod/extras.ts: a program that mentions native, viper or asm_thumb loads them
// before it is compiled); `upy cross`, the library entry point and tests import this directly.
import { registerMachineBackends } from "../src/py/emit_factory.ts";
import { createAssembler } from "./asm_thumb.ts";
import { inlineThumbEmitter } from "./emit_inline_thumb.ts";
import { NativeEmitter } from "./emit_native.ts";
import { createThumbMachine } from "./native_thumb.ts";

registerMachineBackends({
  createAssembler,
  inlineThumbEmitter,
  nativeEmitter: (arch, tables, fileName, viper) =>
    new NativeEmitter(createThumbMachine(arch), tables, fileName, viper),
});
