// Command-line options of `upy cross`, spelled as mpy-cross 1.27 has them (mpy-cross/main.c):
// options may come before or after the input file; unknown options print the usage (exit 1).
import { ARCH_CODES, ARCH_NAMES } from "../../src/mpy/arch.ts";
import { MODULE_EMIT_KINDS, type ModuleEmitKind } from "../../src/py/emit.ts";
import { strtol0 } from "./args.ts";

export interface CrossOptions {
  /** Input path, "-" for stdin; undefined when none was given. */
  input?: string;
  /** -o: output path ("-" = stdout). */
  output?: string;
  /** -s: source name recorded in the .mpy. */
  sourceName?: string;
  optLevel: number;
  /** -march: arch name and code; undefined = no native emitter (mpy-cross default). */
  arch?: { name: string; code: number };
  emit: ModuleEmitKind;
  smallIntBits: number;
  verbose: number;
  version: boolean;
  help: boolean;
  /** --dump / disasm: print the contents of .mpy files instead of compiling. */
  dump: boolean;
  /** --hot PROFILE: compile the functions `upy -X jitprofile=PROFILE` found hot as native. */
  hot?: string;
}

/** A command-line mistake: print `message` (if any) and the usage, exit 1. */
export class CrossUsageError extends Error {}

/** -march= names in mpy-cross's help order: the header arch codes, then "host" before "debug". */
const MARCH_NAMES = [...ARCH_NAMES.slice(1, -1), "host", ...ARCH_NAMES.slice(-1)].join(", ");

export const CROSS_USAGE = `usage: upy cross [<opts>] [-X <implopt>] <input filename>
Options:
--version : show version information
-o : output file for compiled bytecode (defaults to input with .mpy extension)
-s : source filename to embed in the compiled bytecode (defaults to input file)
-v : verbose (trace various operations); can be multiple
-O[N] : apply bytecode optimizations of level N
--dump : print the header, qstrs, constants and disassembly of .mpy files (also: upy disasm)
--hot <profile> : compile as native the functions a run with -X jitprofile=<profile> found hot

Target specific options:
-msmall-int-bits=number : set the maximum bits used to encode a small-int
-march=<arch> : set architecture for native emitter; ${MARCH_NAMES}

Implementation specific options:
  emit={${MODULE_EMIT_KINDS.join(",")}} -- set the default code emitter
  heapsize=<n> -- set the heap size for the GC (ignored)
`;

/** Parse the arguments after `cross`. `inputs` collects every file for --dump. */
export function parseCrossArgs(argv: string[]): CrossOptions & { inputs: string[] } {
  const o: CrossOptions & { inputs: string[] } = {
    optLevel: 0,
    emit: "bytecode",
    smallIntBits: 31,
    verbose: 0,
    version: false,
    help: false,
    dump: false,
    inputs: [],
  };
  const need = (i: number, opt: string): string => {
    if (i >= argv.length) throw new CrossUsageError(`option ${opt} needs an argument`);
    return argv[i];
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "-" || !a.startsWith("-")) {
      o.inputs.push(a);
      continue;
    }
    if (a === "-h" || a === "--help") o.help = true;
    else if (a === "--version") o.version = true;
    else if (a === "--dump" || a === "-d") o.dump = true;
    else if (a === "-v") o.verbose++;
    else if (/^-v+$/.test(a)) o.verbose += a.length - 1;
    else if (a === "-o") o.output = need(++i, a);
    else if (a === "--hot") o.hot = need(++i, a);
    else if (a.startsWith("--hot=")) o.hot = a.slice("--hot=".length);
    else if (a === "-s") o.sourceName = need(++i, a).replace(/\\/g, "/");
    else if (a.startsWith("-O")) {
      // -O3 sets level 3; -OOO counts the O's (mpy-cross main.c).
      const rest = a.slice(2);
      if (/^[0-9]/.test(rest)) o.optLevel = rest.charCodeAt(0) & 0xf;
      else if (/^O*$/.test(rest)) o.optLevel = rest.length + 1;
      else throw new CrossUsageError(`bad option ${a}`);
    } else if (a.startsWith("-msmall-int-bits=")) {
      // strtol(value, &end, 0) with nothing after the number, as mpy-cross reads it.
      const { value, rest } = strtol0(a.slice("-msmall-int-bits=".length));
      if (rest !== "") throw new CrossUsageError(`bad value in ${a}`);
      o.smallIntBits = value;
      if (o.smallIntBits < 2 || o.smallIntBits > 255) {
        throw new CrossUsageError(`small-int bits must be 2..255`);
      }
    } else if (a.startsWith("-march=")) {
      let name = a.slice("-march=".length);
      // -march=host picks the machine upy runs on (only x86/x64 hosts are mapped, as mpy-cross).
      if (name === "host") name = hostArch();
      const code = ARCH_CODES.get(name);
      if (code === undefined) throw new CrossUsageError(`unknown architecture '${name}'`);
      o.arch = { name, code };
    } else if (a.startsWith("-march-flags=")) {
      // RV32 extension flags: accepted, no effect without a native emitter.
    } else if (a === "-X") {
      const x = need(++i, a);
      const emit = MODULE_EMIT_KINDS.find((k) => x === `emit=${k}`);
      if (emit) {
        o.emit = emit;
      } else if (!x.startsWith("heapsize=")) {
        throw new CrossUsageError(`unknown implementation option '${x}'`);
      }
    } else throw new CrossUsageError(`unknown option ${a}`);
  }
  o.input = o.inputs[0];
  return o;
}

function hostArch(): string {
  const a = Deno.build.arch as string;
  if (a === "x86_64") return "x64";
  if (a === "x86") return "x86";
  throw new CrossUsageError("unable to determine host architecture for -march=host");
}
