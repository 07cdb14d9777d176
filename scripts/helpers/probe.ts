import { loadMicroPython } from "npm:@micropython/micropython-webassembly-pyscript@1.27.0";
let out = "";
const mp = await loadMicroPython({ stdout: (s: string) => { out += s + "\n"; }, stderr: (s: string)=>{out += "ERR:"+s+"\n";} });
const src = await Deno.readTextFile(Deno.args[0]);
try { mp.runPython(src); } catch (e) { out += "EXC:" + String(e).slice(0, 400); }
console.log(out);
