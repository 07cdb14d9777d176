// Builds the start-up bundle that bin/upy runs: ports/unix/main.ts and everything it imports,
// bundled and minified into dist/upy-bundle/ (main.js plus content-named chunks), then warmed so
// that Deno's V8 code cache holds it. ports/unix/launch.js runs this in the background (with
// --locked) when a source is newer than dist/upy-bundle/stamp.
//
// Why: Deno reads, hashes and compiles ~200 TypeScript modules on every run, and writes a V8 code
// cache only for modules that a finished top-level evaluation imported directly, which main.ts
// (ending in Deno.exit) never is. One bundle with a code cache starts about 80 ms sooner. The
// REPL and the subcommands stay in chunks of their own (code splitting), so the Node built-ins
// they import (node:path, node:util) are not loaded for a plain run.
//
// Files written: main.js and chunk-*.js (the bundle), warm.js and exit_shim.js (the warm-up),
// inputs (the files it was built from), stamp (its mtime is the build's start).
//
//   deno run -A scripts/build_bundle.ts [outDir] [--locked]     (default: dist/upy-bundle)
//
// --locked: only if no other build holds outDir/lock (one left by a build that died is taken
// over after ten minutes); the lock is released at the end.

import { acyclic, executedFunctions, makeEager, SAMPLE, SAMPLE_OUTPUT } from "./eager_functions.ts";

const root = decodeURIComponent(new URL("..", import.meta.url).pathname); // (a checkout path may hold spaces)
const locked = Deno.args.includes("--locked");
const outDir = Deno.args.filter((a) => a !== "--locked")[0] ?? `${root}dist/upy-bundle`;
const deno = Deno.execPath();

/** The flags bin/upy runs the bundle with: the warm-up must match them, or V8 rejects the cache. */
export const RUN_FLAGS = [
  "run",
  "--quiet",
  "--allow-all",
  "--no-prompt",
  "--no-lock",
  // gc() for the heap model (ports/unix/heap_probe.ts); a 4 MB young generation from the start
  // spares start-up a scavenge (~4 ms).
  "--v8-flags=--expose-gc,--min-semi-space-size=4",
  "--no-config",
];

/** The relative modules a bundle file imports statically (minified or not). */
export function staticImports(js: string): string[] {
  const out: string[] = [];
  for (const m of js.matchAll(/(?:\bfrom\s*|\bimport\s*)"(\.\/[^"]+\.js)"/g)) out.push(m[1]);
  return [...new Set(out)];
}

/** Warm-up shim: Deno.exit waits a moment, so the evaluation of warm.js completes and Deno
 * writes the code cache of what it imported. Only warm.js loads it. */
const EXIT_SHIM = `const exit = Deno.exit;
Deno.exit = (code) => void setTimeout(() => exit(code), 100);
`;

/** What the bundle depends on, one path a line (bin/upy rebuilds when one is newer than the
 * stamp): the local files of main.ts's module graph, its dynamic imports included. */
function inputList(): string | undefined {
  const r = new Deno.Command(deno, {
    args: ["info", "--json", `${root}ports/unix/main.ts`],
    cwd: root,
    stdout: "piped",
    stderr: "null",
  }).outputSync();
  if (!r.success) return undefined;
  const info = JSON.parse(new TextDecoder().decode(r.stdout)) as {
    modules: { specifier: string }[];
  };
  const files = info.modules.map((m) => m.specifier).filter((s) => s.startsWith("file:"));
  // deno.json, and Deno itself: a new Deno version drops the code cache, the warm-up refills it.
  const paths = files.map((s) => decodeURIComponent(new URL(s).pathname));
  return [...paths, `${root}deno.json`, deno].join("\n") + "\n";
}

/** The bundle in `dir` with the functions a sample run executes compiled eagerly (see
 * eager_functions.ts); false if the bundle fails that run afterwards. */
function compileEagerly(dir: string): boolean {
  const files = [...Deno.readDirSync(dir)].map((e) => e.name).filter((n) => n.endsWith(".js"));
  const texts = new Map(files.map((f) => [f, Deno.readTextFileSync(`${dir}/${f}`)]));
  const graph = new Map([...texts].map(([f, js]) => [f, staticImports(js).map((s) => s.slice(2))]));
  const sample = (extra: string[]) =>
    new Deno.Command(deno, {
      args: [RUN_FLAGS[0], ...extra, ...RUN_FLAGS.slice(1), `${dir}/main.js`, "-c", SAMPLE],
      cwd: dir,
      stdout: "piped",
      stderr: "piped",
    }).outputSync();
  if (acyclic(graph)) {
    const cov = `${dir}/.coverage`;
    const traced = sample([`--coverage=${cov}`]);
    if (traced.success) {
      const executed = executedFunctions(cov);
      for (const [f, js] of texts) {
        const starts = executed.get(f);
        if (starts !== undefined) Deno.writeTextFileSync(`${dir}/${f}`, makeEager(js, starts));
      }
    }
    Deno.removeSync(cov, { recursive: true });
  }
  const check = sample([]);
  const out = new TextDecoder().decode(check.stdout);
  if (check.success && out === SAMPLE_OUTPUT) return true;
  Deno.stderr.writeSync(check.stderr);
  console.error(`build_bundle: the bundle's sample run printed ${JSON.stringify(out)}`);
  return false;
}

function run(args: string[], cwd = root): boolean {
  const r = new Deno.Command(deno, { args, cwd, stdout: "null", stderr: "piped" }).outputSync();
  if (!r.success) Deno.stderr.writeSync(r.stderr);
  return r.success;
}

function build(): boolean {
  const started = new Date();
  const inputs = inputList();
  if (inputs === undefined) return false;
  Deno.mkdirSync(outDir, { recursive: true });
  const tmp = Deno.makeTempDirSync({ dir: outDir, prefix: ".build-" });
  try {
    // Minified without --keep-names (10 ms less start-up): nothing reads a JS function's or
    // class's own name; Python names are fields of the objects.
    const bundled = run([
      "bundle",
      "--quiet",
      "--platform=deno",
      "--minify",
      "--code-splitting",
      "--outdir",
      tmp,
      `${root}ports/unix/main.ts`,
    ]);
    if (!bundled || !compileEagerly(tmp)) return false;
    const main = Deno.readTextFileSync(`${tmp}/main.js`);
    // Chunks first, main.js last (a rename, so a concurrent run sees the old or the new whole).
    const chunks: string[] = [];
    for (const e of Deno.readDirSync(tmp)) {
      if (e.name === "main.js") continue;
      Deno.renameSync(`${tmp}/${e.name}`, `${outDir}/${e.name}`);
      chunks.push(`./${e.name}`);
    }
    Deno.writeTextFileSync(`${outDir}/exit_shim.js`, EXIT_SHIM);
    // Every chunk, the ones main.js imports dynamically too (modules loaded on demand, the
    // REPL, the subcommands): each gets its code cache now, not on a user's first use.
    const dynamic = chunks.filter((c) => !staticImports(main).includes(c)).sort();
    const imports = ["./exit_shim.js", ...staticImports(main), ...dynamic, "./main.js"];
    Deno.writeTextFileSync(`${outDir}/warm.js`, imports.map((s) => `import "${s}";\n`).join(""));
    Deno.renameSync(`${tmp}/main.js`, `${outDir}/main.js`);
  } finally {
    Deno.removeSync(tmp, { recursive: true });
  }
  run([...RUN_FLAGS, `${outDir}/warm.js`, "-c", "pass"], outDir);
  pruneOldChunks();
  Deno.writeTextFileSync(`${outDir}/inputs`, inputs);
  const stamp = `${outDir}/stamp`;
  Deno.writeTextFileSync(stamp, "");
  // The stamp carries the build's start: a source edited meanwhile is newer, so it rebuilds.
  Deno.utimeSync(stamp, started, started);
  return true;
}

/** Chunks no build of the last hour wrote (a rebuild rewrites every chunk it uses); a run that
 * started from an older build may still import its lazily loaded ones meanwhile. */
function pruneOldChunks(): void {
  const hourAgo = Date.now() - 3600 * 1000;
  for (const e of Deno.readDirSync(outDir)) {
    if (!e.isFile || !e.name.endsWith(".js")) continue;
    const path = `${outDir}/${e.name}`;
    if ((Deno.statSync(path).mtime?.getTime() ?? Date.now()) < hourAgo) Deno.removeSync(path);
  }
}

/** Take outDir/lock (a directory: mkdir is atomic); false if another build holds it. */
function takeLock(lock: string): boolean {
  try {
    const age = Date.now() - (Deno.statSync(lock).mtime?.getTime() ?? 0);
    if (age > 10 * 60 * 1000) Deno.removeSync(lock, { recursive: true });
  } catch {
    // (no lock yet)
  }
  try {
    Deno.mkdirSync(outDir, { recursive: true });
    Deno.mkdirSync(lock);
    return true;
  } catch {
    return false;
  }
}

if (import.meta.main) {
  const lock = `${outDir}/lock`;
  if (locked && !takeLock(lock)) Deno.exit(0);
  let ok = false;
  try {
    ok = build();
  } finally {
    if (locked) Deno.removeSync(lock, { recursive: true });
  }
  Deno.exit(ok ? 0 : 1);
}
