// Test helper: assemble Thumb source with GNU binutils (arm-none-eabi-as), when installed.

export interface Assembled {
  code: Uint8Array;
  /** Offsets of the global symbols in `code`. */
  symbols: Record<string, number>;
}

let available: boolean | undefined;

export async function haveBinutils(): Promise<boolean> {
  if (available !== undefined) return available;
  try {
    const out = await new Deno.Command("arm-none-eabi-as", { args: ["--version"] }).output();
    available = out.success;
  } catch {
    available = false;
  }
  return available;
}

async function run(cmd: string, args: string[]): Promise<string> {
  const out = await new Deno.Command(cmd, { args, stdout: "piped", stderr: "piped" }).output();
  if (!out.success) {
    throw new Error(`${cmd} failed:\n${new TextDecoder().decode(out.stderr)}`);
  }
  return new TextDecoder().decode(out.stdout);
}

/**
 * Assemble `funcs` (name -> body) into one flat binary; each function is 4-byte aligned.
 * `cpu` is a GNU -mcpu value (cortex-m0 for ARMv6-M, cortex-m7 with FPv5-D16 by default).
 */
export async function assemble(
  funcs: Record<string, string>,
  cpu = "cortex-m7",
): Promise<Assembled> {
  const dir = await Deno.makeTempDir({ prefix: "thumb_sim_" });
  try {
    let src = ".syntax unified\n.thumb\n.text\n";
    for (const [name, body] of Object.entries(funcs)) {
      src += `.align 2\n.global ${name}\n.thumb_func\n${name}:\n${body}\n.ltorg\n`;
    }
    await Deno.writeTextFile(`${dir}/t.s`, src);
    const fpu = cpu === "cortex-m0" ? [] : ["-mfpu=fpv5-d16", "-mfloat-abi=hard"];
    await run("arm-none-eabi-as", [
      `-mcpu=${cpu}`,
      ...fpu,
      "-mthumb",
      "-o",
      `${dir}/t.o`,
      `${dir}/t.s`,
    ]);
    await run("arm-none-eabi-objcopy", ["-O", "binary", `${dir}/t.o`, `${dir}/t.bin`]);
    const code = await Deno.readFile(`${dir}/t.bin`);
    const symbols: Record<string, number> = {};
    for (const line of (await run("arm-none-eabi-nm", [`${dir}/t.o`])).split("\n")) {
      const m = /^([0-9a-f]+) T (\w+)$/.exec(line.trim());
      if (m) symbols[m[2]] = parseInt(m[1], 16) & ~1;
    }
    return { code, symbols };
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

export function fromHex(s: string): Uint8Array {
  const clean = s.replace(/\s+/g, "");
  const out = new Uint8Array(clean.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(clean.slice(2 * i, 2 * i + 2), 16);
  return out;
}

export function toHex(b: Uint8Array): string {
  return Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
}

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

export function floatBits(x: number): number {
  f32[0] = x;
  return u32[0];
}

export function bitsFloat(b: number): number {
  u32[0] = b;
  return f32[0];
}

/** Reference bit reversal. */
export function rbit(x: number): number {
  let r = 0;
  for (let i = 0; i < 32; i++) r = (r << 1) | ((x >>> i) & 1);
  return r >>> 0;
}
