// The `upy` command: MicroPython's unix `micropython` CLI (ports/unix/main.c) on Deno.
import {
  type CliOptions,
  INVALID_ARGS,
  parseCli,
  UPY_COMMANDS,
  usage,
  UsageError,
} from "./args.ts";
import { atExit } from "./at_exit.ts";
import { unixInterpreter } from "./interpreter.ts";
import { scriptDir, unixSysPath } from "./sys_path.ts";
import { compileOnly } from "./compile_only.ts";
import { v8HeapProbe } from "./heap_probe.ts";
import { setHeapProbe } from "../../src/py/heap.ts";
import {
  type Interpreter,
  REPL_BANNER,
  type RunResult,
  SCRIPT_REPORT,
} from "../../src/py/interpreter.ts";

const enc = new TextEncoder();

function fail(message: string, code: number): never {
  Deno.stderr.writeSync(enc.encode(message + "\n"));
  Deno.exit(code);
}

async function main(): Promise<number> {
  // Subcommands and the REPL load on demand: running a program stays a smaller module graph.
  const sub = Deno.args[0];
  if (sub === "cross" || sub === "disasm") {
    return await (await import("./cross.ts")).runCross(Deno.args.slice(1), sub === "disasm");
  }
  if (sub === "fs") return (await import("./cmd_fs.ts")).runFsCommand(Deno.args.slice(1));
  if (sub === "romfs" || sub === "image") {
    return (await import("./cmd_image.ts")).runImageCommand(sub, Deno.args.slice(1));
  }
  let opts;
  try {
    opts = parseCli(Deno.args);
  } catch (e) {
    if (e instanceof UsageError) fail(INVALID_ARGS, 1);
    throw e;
  }
  if (opts.help) {
    Deno.stdout.writeSync(enc.encode(usage() + UPY_COMMANDS));
    return 0;
  }
  if (opts.version) {
    console.log(REPL_BANNER);
    return 0;
  }
  const interp = unixInterpreter({ optLevel: opts.optLevel, emit: opts.emit, jit: opts.jit });
  if (opts.heapSize !== undefined) interp.state.heapBytes = opts.heapSize; // -X heapsize
  setHeapProbe(v8HeapProbe());
  const code = await runProgram(interp, opts);
  return await atExit(interp, code, opts.verbose, opts.jitProfile);
}

/** main.c from sys.path set-up to the end of the REPL: returns the exit status. */
async function runProgram(interp: Interpreter, opts: CliOptions): Promise<number> {
  interp.state.path.items.splice(
    0,
    Infinity,
    ...unixSysPath(Deno.env.get("MICROPYPATH"), Deno.env.get("HOME")),
  );
  interp.setArgv(opts.argv);
  const interrupt = () => interp.interrupt();
  Deno.addSignalListener("SIGINT", interrupt);
  // -v -v: the bytecode of everything compiled from source is printed before it runs.
  const verbose = opts.verbose >= 2 ? await import("./verbose.ts") : undefined;
  verbose?.dumpImportedBytecode(interp);
  // -X compile-only: programs given as text are compiled, never run (-m still imports).
  // Tracebacks of -c and scripts go to stdout, of piped stdin to stderr (as the unix port).
  const runText = (source: string, file?: string, piped = false): Promise<RunResult> => {
    verbose?.dumpProgramBytecode(interp, source, file ?? "<stdin>");
    const report = piped ? {} : SCRIPT_REPORT;
    return opts.compileOnly
      ? interp.prepare(source).then(() => compileOnly(interp, source, file ?? "<stdin>", report))
      : interp.runSource(source, file, report);
  };

  let run: (() => Promise<RunResult>) | undefined;
  if (opts.command !== undefined) {
    const command = opts.command;
    run = () => runText(command);
  } else if (opts.module !== undefined) {
    const module = opts.module;
    run = () => interp.runModuleAsMain(module);
  } else if (opts.script !== undefined) {
    const path = opts.script;
    // As main.c: sys.path[0] is the folder of the script's real path, so modules it imports
    // are opened (and named in tracebacks) by absolute paths; the script keeps its given name.
    const dir = scriptDir(path);
    if (dir === undefined) {
      fail(`upy: can't open file '${path}': [Errno 2] No such file or directory`, 2);
    }
    interp.setPathHead(dir);
    const data = readScript(path);
    if (typeof data === "string") {
      // The lexer cannot open it: an OSError with no traceback (no frame has run yet).
      run = () => {
        interp.host.writeStdout(data);
        return Promise.resolve({ code: 1, exited: false });
      };
    } else {
      run = path.endsWith(".mpy")
        ? () => interp.runMpy(data, path, SCRIPT_REPORT)
        : () => runText(new TextDecoder().decode(data), path);
    }
  }
  // MICROPYINSPECT (non-empty) acts as -i; after -i the REPL runs even when stdin is piped
  // and even after SystemExit, and its own end decides the exit status.
  const inspect = opts.inspect || (Deno.env.get("MICROPYINSPECT") ?? "") !== "";
  if (run !== undefined) {
    const r = await run();
    if (!inspect) return r.code;
  } else if (!inspect && !Deno.stdin.isTerminal()) {
    // Like the unix port: piped stdin is a program, a terminal gets the REPL.
    const source = new TextDecoder().decode(await new Response(Deno.stdin.readable).bytes());
    return (await runText(source, undefined, true)).code;
  }
  const { runRepl } = await import("./repl.ts");
  const { interpreterBackend } = await import("./repl_exec.ts");
  return await runRepl(interpreterBackend(interp, opts.compileOnly), REPL_BANNER);
}

/** The script's bytes, or the OSError line the unix port prints when it cannot read it. */
function readScript(path: string): Uint8Array | string {
  try {
    return Deno.readFileSync(path);
  } catch (e) {
    if (e instanceof Deno.errors.IsADirectory) return "OSError: [Errno 21] EISDIR\n";
    if (e instanceof Deno.errors.PermissionDenied) return "OSError: [Errno 13] EACCES\n";
    return "OSError: [Errno 2] ENOENT\n";
  }
}

try {
  Deno.exit(await main());
} catch (e) {
  // An internal bug must still end in one clear line, never a JS stack trace.
  fail(`upy: internal error: ${e instanceof Error ? e.message : String(e)}`, 1);
}
