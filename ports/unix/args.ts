// Command-line arguments of the unix `micropython` command, read as ports/unix/main.c reads
// them: a first pass for -h, --version and -X (up to -c/-m or the script), then the options in
// order up to the first of -c CMD, -m MOD or a script name; everything after belongs to the
// program's sys.argv. Any mistake is the one "Invalid command line arguments" line.
import { MODULE_EMIT_KINDS, type ModuleEmitKind } from "../../src/py/emit.ts";
import { JIT_MODES, type JitMode } from "../../src/py/vm_jit.ts";

export interface CliOptions {
  command?: string;
  module?: string;
  script?: string;
  /** sys.argv as main.c sets it: ["-c", args...], [module, args...] or [script, args...]. */
  argv: string[];
  inspect: boolean;
  optLevel: number;
  emit: ModuleEmitKind;
  /** -X jit=off|on|eager: the JavaScript tier (default on). */
  jit: JitMode;
  /** -X jitprofile=FILE: at exit, write the functions the JavaScript tier compiled (for
   * `upy cross --hot FILE`). */
  jitProfile?: string;
  /** -X heapsize= in bytes (validated as the unix port does; upy's heap is nominal). */
  heapSize?: number;
  compileOnly: boolean;
  verbose: number;
  help: boolean;
  version: boolean;
}

/** main.c invalid_args(): printed to stderr, exit status 1. */
export const INVALID_ARGS = "Invalid command line arguments. Use -h option for help.";

export class UsageError extends Error {
  constructor() {
    super(INVALID_ARGS);
  }
}

/** The unix port's default heap on a 64-bit host: 1024 * 1024 * (sizeof(mp_uint_t) / 4). */
const DEFAULT_HEAP_SIZE = 2097152;

/** `-h` text: main.c print_help for a build with native emitters and debug printers. */
export function usage(program = "upy"): string {
  return `usage: ${program} [<opts>] [-X <implopt>] [-c <command> | -m <module> | <filename>]
Options:
--version : show version information
-h : print this help message
-i : enable inspection via REPL after running command/module/file
-v : verbose (trace various operations); can be multiple
-O[N] : apply bytecode optimizations of level N

Implementation specific options (-X):
  compile-only                 -- parse and compile only
  emit={bytecode,native,viper} -- set the default code emitter
  heapsize=<n>[w][K|M] -- set the heap size for the GC (default ${DEFAULT_HEAP_SIZE})
  jit={off,on,eager}           -- compile hot functions to JavaScript (default on)
  jitprofile=<file>            -- at exit, list the hot functions in <file> (upy cross --hot)
`;
}

/** What upy adds after the unix port's help: its other subcommands. */
export const UPY_COMMANDS = `
Other commands:
  upy cross [options] file.py  -- compile to .mpy like mpy-cross
  upy disasm file.mpy          -- print what an .mpy file holds
  upy romfs | image | fs ...   -- build and inspect ROMFS, filesystem and board images
`;

/** Leading part strtol(s, &end, 0) consumes: sign, then 0x-hex, 0-octal or decimal digits. */
const STRTOL_BASE0 = /^[ \t\n\v\f\r]*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)/;

/** C's strtol(text, &end, 0): the number read (0 when none) and the text after it. */
export function strtol0(text: string): { value: number; rest: string } {
  const m = STRTOL_BASE0.exec(text);
  if (m === null) return { value: 0, rest: text };
  const digits = m[2];
  const value = /^0[xX]/.test(digits)
    ? parseInt(digits.slice(2), 16)
    : digits.length > 1 && digits[0] === "0"
    ? parseInt(digits, 8)
    : parseInt(digits, 10);
  return { value: m[1] === "-" ? -value : value, rest: text.slice(m[0].length) };
}

/** -X heapsize=<n>[w][K|M] as main.c reads it; undefined for a value it rejects. */
export function parseHeapSize(text: string): number | undefined {
  let { value: n, rest } = strtol0(text);
  // 'w' scales words of the 32-bit baseline to this host's (64-bit) words; then K or M.
  const wordAdjust = /^[wW]/.test(rest);
  if (wordAdjust) rest = rest.slice(1);
  const unit = /^[kK]/.test(rest) ? 1024 : /^[mM]/.test(rest) ? 1024 * 1024 : 1;
  if (unit !== 1) rest = rest.slice(1);
  if (rest !== "") return undefined;
  n *= unit;
  if (wordAdjust) n = n * 8 / 4;
  // "If requested size too small, we'll crash anyway."
  return n < 700 ? undefined : n;
}

function defaults(): CliOptions {
  return {
    argv: [],
    inspect: false,
    optLevel: 0,
    emit: "bytecode",
    jit: "on",
    compileOnly: false,
    verbose: 0,
    help: false,
    version: false,
  };
}

/** main.c pre_process_options: -h and --version win at once; every -X value is checked. */
function preProcess(argv: string[], o: CliOptions): boolean {
  for (let a = 0; a < argv.length; a++) {
    const arg = argv[a];
    if (arg[0] !== "-" || arg === "-c" || arg === "-m") break;
    if (arg === "-h") return o.help = true;
    if (arg === "--version") return o.version = true;
    if (arg !== "-X") continue;
    const x = argv[++a];
    if (x === undefined) throw new UsageError();
    const emit = MODULE_EMIT_KINDS.find((k) => x === `emit=${k}`);
    const jit = JIT_MODES.find((k) => x === `jit=${k}`);
    if (x === "compile-only") o.compileOnly = true;
    else if (emit !== undefined) o.emit = emit;
    else if (jit !== undefined) o.jit = jit;
    else if (x.startsWith("jitprofile=") && x.length > "jitprofile=".length) {
      o.jitProfile = x.slice("jitprofile=".length);
    } else if (x.startsWith("heapsize=")) {
      o.heapSize = parseHeapSize(x.slice("heapsize=".length));
      if (o.heapSize === undefined) throw new UsageError();
    } else throw new UsageError();
  }
  return false;
}

/** -O3 is level 3; otherwise the count of O's (-O, -OO; "-Ox" is level 1). */
function optLevelOf(arg: string): number {
  if (/^[0-9]/.test(arg.slice(2))) return arg.charCodeAt(2) & 0xf;
  return /^O*/.exec(arg.slice(1))![0].length;
}

export function parseCli(argv: string[]): CliOptions {
  const o = defaults();
  if (preProcess(argv, o)) return o;
  for (let a = 0; a < argv.length; a++) {
    const arg = argv[a];
    if (arg[0] !== "-") {
      o.script = arg;
      o.argv = argv.slice(a);
      return o;
    }
    if (arg === "-i") o.inspect = true;
    else if (arg === "-c" || arg === "-m") {
      const value = argv[a + 1];
      if (value === undefined) throw new UsageError();
      if (arg === "-c") {
        o.command = value;
        // "The -c becomes first item of sys.argv, as in CPython."
        o.argv = ["-c", ...argv.slice(a + 2)];
      } else {
        o.module = value;
        o.argv = argv.slice(a + 1);
      }
      return o;
    } else if (arg === "-X") a++;
    else if (arg === "-v") o.verbose++;
    else if (arg.startsWith("-O")) o.optLevel = optLevelOf(arg);
    else throw new UsageError();
  }
  return o;
}
