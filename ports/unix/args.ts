// Command-line arguments of the unix `micropython` command (ports/unix/main.c), parsed with
// node:util's parseArgs. Options stop at the script name or at -c/-m: everything after
// belongs to the program's sys.argv.
import { parseArgs } from "node:util";
import { MODULE_EMIT_KINDS, type ModuleEmitKind } from "../../src/py/emit.ts";

export interface CliOptions {
  command?: string;
  module?: string;
  script?: string;
  /** sys.argv[1:] for the program. */
  programArgs: string[];
  inspect: boolean;
  optLevel: number;
  emit: ModuleEmitKind;
  heapSize?: number;
  compileOnly: boolean;
  verbose: number;
  help: boolean;
  version: boolean;
}

export class UsageError extends Error {}

export const USAGE = `usage: upy [<opts>] [-X <implopt>] [-c <command> | -m <module> | <filename>]
Options:
-h : print this help message
-i : enable inspection via REPL after running command/module/file
-O[N] : apply bytecode optimizations of level N
-v : verbose (trace various operations); can be multiple
--version : print the version and exit

Implementation specific options (-X):
  compile-only                 -- parse and compile only
  emit={bytecode,native,viper} -- set the default code emitter (no native emitter yet:
                                  native functions run as bytecode, viper is an error)
  heapsize=<n>[w][K|M] -- set the heap size for the GC (default 8M)

Other commands:
  upy cross [options] file.py  -- compile to .mpy like mpy-cross
`;

/** Split at the first argument that ends option parsing (script, -c CMD, -m MOD, or -). */
function splitOptions(argv: string[]): [string[], number] {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "-c" || a === "-m") return [argv.slice(0, i + 2), i + 2];
    if (a.startsWith("-c") || a.startsWith("-m")) return [argv.slice(0, i + 1), i + 1];
    if (a === "-X") {
      i++;
      continue;
    }
    if (a === "-" || !a.startsWith("-")) return [argv.slice(0, i), i];
  }
  return [argv, argv.length];
}

/** -O, -OO, -O2 → -O<level> so parseArgs sees one string option. */
function normaliseOpt(a: string): string {
  if (/^-O+$/.test(a)) return `-O${a.length - 1}`;
  return a;
}

function parseHeapSize(v: string): number {
  const m = /^(\d+)(w?)([KkMm]?)$/.exec(v);
  if (!m) throw new UsageError(`invalid heapsize: ${v}`);
  let n = parseInt(m[1], 10);
  if (m[3]) n *= m[3].toLowerCase() === "k" ? 1024 : 1024 * 1024;
  if (m[2]) n *= 8;
  return n;
}

export function parseCli(argv: string[]): CliOptions {
  const [optArgs, rest] = splitOptions(argv);
  let parsed;
  try {
    parsed = parseArgs({
      args: optArgs.map(normaliseOpt),
      options: {
        c: { type: "string", short: "c" },
        m: { type: "string", short: "m" },
        i: { type: "boolean", short: "i" },
        O: { type: "string", short: "O" },
        X: { type: "string", short: "X", multiple: true },
        v: { type: "boolean", short: "v", multiple: true },
        h: { type: "boolean", short: "h" },
        help: { type: "boolean" },
        version: { type: "boolean" },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
  const v = parsed.values;
  const opts: CliOptions = {
    command: v.c,
    module: v.m,
    programArgs: [],
    inspect: v.i ?? false,
    optLevel: v.O === undefined ? 0 : parseInt(v.O, 10),
    emit: "bytecode",
    compileOnly: false,
    verbose: v.v?.length ?? 0,
    help: (v.h ?? false) || (v.help ?? false),
    version: v.version ?? false,
  };
  if (Number.isNaN(opts.optLevel)) throw new UsageError(`invalid optimisation level: ${v.O}`);
  for (const x of v.X ?? []) {
    if (x === "compile-only") opts.compileOnly = true;
    else if (x.startsWith("emit=")) {
      const e = x.slice(5) as ModuleEmitKind;
      if (!MODULE_EMIT_KINDS.includes(e)) throw new UsageError(`invalid emitter: ${e}`);
      opts.emit = e;
    } else if (x.startsWith("heapsize=")) opts.heapSize = parseHeapSize(x.slice(9));
    else throw new UsageError(`unknown -X option: ${x}`);
  }
  if (opts.command === undefined && opts.module === undefined && rest < argv.length) {
    opts.script = argv[rest];
    opts.programArgs = argv.slice(rest + 1);
  } else opts.programArgs = argv.slice(rest);
  return opts;
}
