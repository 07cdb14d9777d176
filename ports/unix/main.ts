// The `upy` command: MicroPython's unix `micropython` CLI (ports/unix/main.c) on Deno.
import { parseCli, USAGE, UsageError } from "./args.ts";
import { readFileOrUndefined } from "./host.ts";
import { unixInterpreter } from "./interpreter.ts";
import { REPL_BANNER, type RunResult } from "../../src/py/interpreter.ts";

const VERSION = "MicroPython v1.27.0 on upy (Deno); linux";

function fail(message: string, code: number): never {
  Deno.stderr.writeSync(new TextEncoder().encode(message + "\n"));
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
  const interp = unixInterpreter({ optLevel: opts.optLevel, emit: opts.emit });
  const interrupt = () => interp.interrupt();
  Deno.addSignalListener("SIGINT", interrupt);

  let run: (() => Promise<RunResult>) | undefined;
  if (opts.command !== undefined) {
    interp.setArgv(["", ...opts.programArgs]);
    const command = opts.command;
    run = () => interp.runSource(command);
  } else if (opts.module !== undefined) {
    interp.setArgv([opts.module, ...opts.programArgs]);
    const module = opts.module;
    run = () => interp.runModuleAsMain(module);
  } else if (opts.script !== undefined) {
    const path = opts.script;
    const data = readFileOrUndefined(path);
    if (data === undefined) {
      fail(`upy: can't open file '${path}': [Errno 2] No such file or directory`, 2);
    }
    interp.setArgv([path, ...opts.programArgs]);
    const slash = path.lastIndexOf("/");
    interp.setPathHead(slash < 0 ? "" : path.slice(0, slash));
    run = path.endsWith(".mpy")
      ? () => interp.runMpy(data, path)
      : () => interp.runSource(new TextDecoder().decode(data), path);
  }
  let code = 0;
  if (run !== undefined) {
    const r = await run();
    if (r.exited || !opts.inspect) return r.code;
    code = r.code;
  } else {
    interp.setArgv([""]);
    // Like the unix port: piped stdin is a program, a terminal gets the REPL.
    if (!Deno.stdin.isTerminal()) {
      const source = new TextDecoder().decode(await new Response(Deno.stdin.readable).bytes());
      return (await interp.runSource(source)).code;
    }
  }
  const { runRepl } = await import("./repl.ts");
  await runRepl({
    banner: REPL_BANNER,
    interrupt,
    execute: async (source) => {
      const r = await interp.runReplLine(source);
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
