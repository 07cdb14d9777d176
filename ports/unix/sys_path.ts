// sys.path as the unix port builds it at start-up (ports/unix/main.c): "" first, then the
// colon-separated MICROPYPATH entries (default MICROPY_PY_SYS_PATH_DEFAULT), an entry starting
// "~/" expanded with $HOME when HOME is set. main.c later replaces "" with the script's folder.

/** MICROPY_PY_SYS_PATH_DEFAULT of the unix port. */
export const DEFAULT_MICROPYPATH = ".frozen:~/.micropython/lib:/usr/lib/micropython";

/** sys.path at start for the given MICROPYPATH and HOME (undefined: not set). */
export function unixSysPath(micropypath: string | undefined, home: string | undefined): string[] {
  let path = micropypath ?? DEFAULT_MICROPYPATH;
  // A leading separator is an empty first entry: sys.path already starts with "".
  if (path.startsWith(":")) path = path.slice(1);
  const out = [""];
  // An empty MICROPYPATH adds nothing; otherwise every entry counts, empty ones included.
  if (path === "") return out;
  for (const entry of path.split(":")) {
    out.push(entry.startsWith("~/") && home !== undefined ? home + entry.slice(1) : entry);
  }
  return out;
}

/** sys.path[0] for a script: the folder of its real path (symlinks resolved), as main.c takes it
 * from realpath(); undefined when the file cannot be resolved. */
export function scriptDir(script: string): string | undefined {
  let real: string;
  try {
    real = Deno.realPathSync(script);
  } catch {
    return undefined;
  }
  return real.slice(0, real.lastIndexOf("/"));
}
