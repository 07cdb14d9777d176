// The `upy` command: MicroPython's unix `micropython` CLI (ports/unix/main.c) on Deno.
import { parseCli, USAGE, UsageError } from "./args.ts";
import { installHostFiles, installHostIO, isDirectory, readFileOrUndefined } from "./host_io.ts";
import { runRepl } from "./repl.ts";
import { runCross } from "./cross.ts";
import {
  configureHost,
  execute,
  interruptRunning,
  type Program,
  REPL_BANNER,
  setArgv,
  setPathHead,
} from "../../src/py/toplevel.ts";

const VERSION = "MicroPython v1.27.0 on upy (Deno); linux";

function fail(message: string, code: number): never {
  Deno.stderr.writeSync(new TextEncoder().encode(message + "\n"));
  Deno.exit(code);
}

async function main(): Promise<number> {
  if (Deno.args[0] === "cross") return await runCross(Deno.args.slice(1));
  if (Deno.args[0] === "disasm") return await runCross(Deno.args.slice(1), true);
  let opts;
  try {
    opts = parseCli(Deno.args);
  } catch (e) {
    if (e instanceof UsageError) fail(`upy: ${e.message}\n${USAGE}`, 1);
    throw e;
  }
  if (opts.help) {
    console.log(USAGE);
    return 0;
  }
  if (opts.version) {
    console.log(VERSION);
    return 0;
  }
  installHostIO();
  installHostFiles();
  configureHost({
    readFile: readFileOrUndefined,
    isDir: isDirectory,
    optLevel: opts.optLevel,
    emit: opts.emit,
  });
  Deno.addSignalListener("SIGINT", interruptRunning);

  let program: Program | undefined;
  if (opts.command !== undefined) {
    setArgv(["", ...opts.programArgs]);
    program = { kind: "source", source: opts.command, file: "<stdin>" };
  } else if (opts.module !== undefined) {
    setArgv([opts.module, ...opts.programArgs]);
    program = { kind: "module", name: opts.module };
  } else if (opts.script !== undefined) {
    const path = opts.script;
    const data = readFileOrUndefined(path);
    if (data === undefined) {
      fail(`upy: can't open file '${path}': [Errno 2] No such file or directory`, 2);
    }
    setArgv([path, ...opts.programArgs]);
    const slash = path.lastIndexOf("/");
    setPathHead(slash < 0 ? "" : path.slice(0, slash));
    program = path.endsWith(".mpy")
      ? { kind: "mpy", data, file: path }
      : { kind: "source", source: new TextDecoder().decode(data), file: path };
  }
  let code = 0;
  if (program !== undefined) {
    const r = await execute(program);
    if (r.exited || !opts.inspect) return r.code;
    code = r.code;
  } else {
    setArgv([""]);
    // Like the unix port: piped stdin is a program, a terminal gets the REPL.
    if (!Deno.stdin.isTerminal()) {
      const source = new TextDecoder().decode(await new Response(Deno.stdin.readable).bytes());
      return (await execute({ kind: "source", source, file: "<stdin>" })).code;
    }
  }
  await runRepl({
    banner: REPL_BANNER,
    interrupt: interruptRunning,
    execute: async (source) => {
      const r = await execute({ kind: "repl", source });
      if (r.exited) Deno.exit(r.code);
    },
  });
  return code;
}

try {
  Deno.exit(await main());
} catch (e) {
  // An internal bug must still end in one clear line, never a JS stack trace.
  fail(`upy: internal error: ${e instanceof Error ? e.message : String(e)}`, 1);
}
