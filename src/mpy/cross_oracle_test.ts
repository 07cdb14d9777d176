// Every corpus program (tests/**/*.py with a .exp), compiled by `upy cross`, loads in the
// reference MicroPython (npm @micropython/micropython-webassembly-pyscript) and prints what the
// source prints there. One oracle instance is reused: each program is imported twice under the
// same module name, first from its .py, then (sys.modules cleared, .py removed) from our .mpy,
// so __name__ and traceback frames agree; the two outputs must be equal. A program that does not
// compile must fail in the reference with the same SyntaxError. Tests whose .exp came from
// CPython or is kept by hand (`# oracle: cpython/skip`) are left out, and so are programs that
// call micropython.heap_lock(): importing one hangs the reference (from its .py as well).
import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { basename, dirname, join, relative } from "node:path";
import { loadMicroPython } from "micropython-oracle";
import { crossCompile } from "../../ports/unix/cross.ts";
import { formatException, PyBaseException } from "../py/obj_exception.ts";
import {
  displayPath,
  listTests,
  parseDirectives,
  stripNativeDecorators,
} from "../../scripts/helpers/corpus.ts";

interface EmscriptenFS {
  mkdirTree(path: string): void;
  writeFile(path: string, data: string | Uint8Array): void;
  unlink(path: string): void;
  chdir(path: string): void;
}

interface PythonError extends Error {
  type?: string;
}

/** Helper modules and packages of a test folder (files not themselves tests). */
function helperFiles(dir: string): [string, string][] {
  const out: [string, string][] = [];
  const walk = (d: string, helperTree: boolean) => {
    for (const e of Deno.readDirSync(d)) {
      const p = join(d, e.name);
      const helper = helperTree || e.name.startsWith("_");
      if (e.isDirectory && e.name !== "__pycache__") walk(p, true);
      else if (e.isFile && helper && /\.(py|txt|json|bin)$/.test(e.name)) {
        out.push([relative(dir, p), Deno.readTextFileSync(p)]);
      }
    }
  };
  walk(dir, false);
  return out;
}

const tests = (() => {
  try {
    return listTests().filter((t) => {
      try {
        Deno.statSync(t.replace(/\.py$/, ".exp"));
      } catch {
        return false;
      }
      const src = Deno.readTextFileSync(t);
      const d = parseDirectives(src);
      // heap_lock() inside an imported module hangs the reference build (a .py import too).
      // Programs whose .exp comes from the unix port or a board need native code the
      // reference lacks, unless the oracle also runs them with the decorators blanked.
      return !d.cpython && !d.skip && !d.sourceOnly && !src.includes("heap_lock") &&
        ((!d.unix && !d.board) || d.stripNative);
    });
  } catch {
    return [];
  }
})();

function removeQuietly(fs: EmscriptenFS, path: string): void {
  try {
    fs.unlink(path);
  } catch {
    // already gone
  }
}

Deno.test({
  name: `corpus compiled by upy cross runs in the reference MicroPython (${tests.length} tests)`,
  ignore: tests.length === 0,
  sanitizeResources: false,
  sanitizeOps: false,
  async fn() {
    const chunks: number[] = [];
    const mp = await loadMicroPython({
      stdout: (b: Uint8Array) => chunks.push(...b),
      stderr: (b: Uint8Array) => chunks.push(...b),
      linebuffer: false,
    });
    const fs = mp.FS as EmscriptenFS;
    const dec = new TextDecoder();
    const seenDirs = new Set<string>();

    /** Import `mod` in the reference; stdout + stderr + traceback without the <stdin> frame. */
    const importIn = (mod: string): string => {
      chunks.length = 0;
      let tb = "";
      try {
        mp.runPython(
          "import sys\nfor _k in list(sys.modules): del sys.modules[_k]\n" +
            `sys.argv[:] = [${JSON.stringify(mod + ".py")}]\nimport ${mod}\n`,
        );
      } catch (e) {
        const err = e as PythonError;
        if (err?.name !== "PythonError") throw e;
        tb = err.type === "SystemExit"
          ? "<SystemExit>\n"
          : String(err.message).replace(/ {2}File "<stdin>", line \d+, in <module>\n/, "");
      }
      return dec.decode(new Uint8Array(chunks)) + tb;
    };

    const failures: string[] = [];
    let pass = 0;
    let compileErrors = 0;
    let empty = 0;
    // Informational: equal to the .exp verbatim (which was made by running the source as a
    // script, so __name__ and traceback frames can differ from an import).
    let sameAsExp = 0;
    const t0 = Date.now();
    for (const path of tests) {
      const dir = "/corpus" + dirname(path).slice(dirname(dirname(path)).length);
      if (!seenDirs.has(dir)) {
        seenDirs.add(dir);
        fs.mkdirTree(dir);
        for (const [rel, text] of helperFiles(dirname(path))) {
          const p = `${dir}/${rel}`;
          fs.mkdirTree(dirname(p));
          fs.writeFile(p, text);
        }
      }
      fs.chdir(dir);
      const mod = basename(path, ".py");
      const d = parseDirectives(Deno.readTextFileSync(path));
      const raw = Deno.readTextFileSync(path);
      const source = d.stripNative ? stripNativeDecorators(raw) : raw;
      fs.writeFile(`${mod}.py`, source);
      const fromSource = importIn(mod);
      // The program may have changed directory (os.chdir) or removed files: absolute paths.
      removeQuietly(fs, `${dir}/${mod}.py`);
      fs.chdir(dir);
      let fromMpy: string;
      try {
        const { mpy } = crossCompile(source, { inputName: `${mod}.py` });
        fs.writeFile(`${mod}.mpy`, mpy);
        fromMpy = importIn(mod);
        removeQuietly(fs, `${dir}/${mod}.mpy`);
        fs.chdir(dir);
      } catch (e) {
        if (!(e instanceof PyBaseException)) throw e;
        // Does not compile: the reference must reject the source the same way.
        compileErrors++;
        fromMpy = formatException(e);
      }
      if (fromMpy.length === 0) empty++;
      if (fromMpy === Deno.readTextFileSync(path.replace(/\.py$/, ".exp"))) sameAsExp++;
      if (fromMpy === fromSource) pass++;
      else {
        failures.push(
          `${displayPath(path)}:\n--- source ---\n${fromSource.slice(-600)}\n--- mpy ---\n` +
            fromMpy.slice(-600),
        );
      }
    }
    console.log(
      `corpus through the reference: ${pass}/${tests.length} same output ` +
        `(${compileErrors} rejected at compile time, ${empty} silent, ${sameAsExp} equal to ` +
        `the .exp verbatim), ${Date.now() - t0} ms`,
    );
    assertEquals(failures, []);
  },
});
