// The built-in modules of the core that load on demand (src/py/lazy_modules.ts), with the frozen
// Python packages: only a dynamic import (boot_table.ts LAZY_CORE) or the library entry point
// reaches this file, so the start-up bundle keeps it in chunks of its own.
import type { LoadedPart } from "../py/lazy_modules.ts";
import { makeStructModule } from "./mod_struct.ts";
import { makeReModule } from "./mod_re.ts";
import { makeRandomModule } from "./mod_random.ts";
import { makeHeapqModule } from "./mod_heapq.ts";
import { makeBinasciiModule } from "./mod_binascii.ts";
import { makeHashlibModule } from "./mod_hashlib.ts";
import { makeCryptolibModule } from "./mod_cryptolib.ts";
import { makePlatformModule } from "./mod_platform.ts";
import { makeSelectModule } from "./mod_select.ts";
import { makeMachineModule } from "./mod_machine.ts";
import { makeTermiosModule } from "./mod_termios.ts";
import { makeOsModule, makeVfsModule } from "./mod_vfs.ts";
import { makeJsonModule } from "./mod_json.ts";
import { makeDeflateModule } from "./mod_deflate.ts";
import { makeFramebufModule } from "./mod_framebuf.ts";
import { makeUctypesModule } from "./mod_uctypes.ts";
import { makeThreadModule } from "../py/mod_thread.ts";
import { frozenSources } from "../generated/frozen_sources.ts";
import "../../emitter/machine_backends.ts";

export const CORE_EXTRAS: LoadedPart = {
  modules: [
    ["struct", makeStructModule],
    ["re", makeReModule],
    ["random", makeRandomModule],
    ["heapq", makeHeapqModule],
    ["binascii", makeBinasciiModule],
    ["hashlib", makeHashlibModule],
    ["cryptolib", makeCryptolibModule],
    ["platform", makePlatformModule],
    ["select", makeSelectModule],
    ["machine", makeMachineModule],
    ["termios", makeTermiosModule],
    ["os", makeOsModule],
    ["vfs", makeVfsModule],
    ["json", makeJsonModule],
    ["deflate", makeDeflateModule],
    ["framebuf", makeFramebufModule],
    ["uctypes", makeUctypesModule],
    ["_thread", makeThreadModule],
  ],
  frozen: frozenSources,
};
