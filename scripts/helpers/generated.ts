// The end of every generator script: compare the freshly rendered text with the file in
// src/generated/, then either report it stale (--check) or replace it through a temporary file,
// so an interrupted run never leaves half a file.

/** Write `text` to `path` (relative to `root`) unless it is already there; with `--check` in
 * `args`, exit 1 when it differs instead. `script` names the generator in the message. */
export function writeGenerated(
  root: URL,
  path: string,
  text: string,
  script: string,
  args: readonly string[] = Deno.args,
): void {
  const target = new URL(path, root);
  let old = "";
  try {
    old = Deno.readTextFileSync(target);
  } catch {
    // not generated yet
  }
  if (old === text) return;
  if (args.includes("--check")) {
    console.error(`${path} is stale: run deno run -A ${script}`);
    Deno.exit(1);
  }
  const tmp = new URL(path + ".tmp", root);
  Deno.writeTextFileSync(tmp, text);
  Deno.renameSync(tmp, target);
  console.log(`wrote ${path}`);
}
