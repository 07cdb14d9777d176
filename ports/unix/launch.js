// What bin/upy runs: the start-up bundle (dist/upy-bundle, made by scripts/build_bundle.ts) when
// it is current, else the sources, while a rebuild starts in the background (at most once in
// five minutes). Plain JavaScript, so Deno runs it without transpiling.
//
// The check lives here, not in bin/upy: Deno stats the ~250 files in about 2 ms, where a shell
// loop over them costs 5-15 ms of start-up.

const root = new URL("../../", import.meta.url);
const out = new URL("dist/upy-bundle/", root);
const at = (name) => new URL(name, out);

/** Milliseconds since the epoch of a file's last change, or undefined if it is missing. */
function mtime(path) {
  try {
    return Deno.statSync(path).mtime?.getTime();
  } catch {
    return undefined;
  }
}

/** Is the bundle there, and no source it was built from newer than its stamp? */
function current() {
  const stamp = mtime(at("stamp"));
  if (stamp === undefined || mtime(at("main.js")) === undefined) return false;
  let inputs;
  try {
    inputs = Deno.readTextFileSync(at("inputs"));
  } catch {
    return false;
  }
  for (const path of inputs.split("\n")) {
    if (path === "") continue;
    const t = mtime(path);
    // A deleted source changes the module graph as much as an edited one.
    if (t === undefined || t > stamp) return false;
  }
  return true;
}

/** Start scripts/build_bundle.ts detached (it takes the build lock itself), unless one was
 * started in the last five minutes. A failure here must never stop the run. */
function rebuildInBackground() {
  try {
    Deno.mkdirSync(out, { recursive: true });
    const attempt = mtime(at("attempt"));
    if (attempt !== undefined && Date.now() - attempt < 5 * 60 * 1000) return;
    Deno.writeTextFileSync(at("attempt"), "");
    const child = new Deno.Command(Deno.execPath(), {
      args: [
        "run",
        "--quiet",
        "--allow-all",
        "--no-lock",
        decodeURIComponent(new URL("scripts/build_bundle.ts", root).pathname),
        "--locked",
      ],
      stdin: "null",
      stdout: "null",
      stderr: "null",
      cwd: root, // its npm package (acorn) is found through the checkout's package.json
      detached: true,
    }).spawn();
    child.unref();
  } catch {
    // (no bundle this time: the sources still run)
  }
}

if (Deno.env.get("UPY_FROM_SOURCE") !== "1" && current()) {
  await import(at("main.js").href);
} else {
  if (Deno.env.get("UPY_FROM_SOURCE") !== "1") rebuildInBackground();
  // Not a literal: Deno would otherwise load the ~220 source modules' graph on every start.
  await import(new URL("main.ts", import.meta.url).href);
}
