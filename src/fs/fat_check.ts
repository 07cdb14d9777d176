// A consistency check of a FAT volume (what fsck.fat would report): every directory and file
// has a valid cluster chain of the right length, no cluster is used twice or allocated without
// an owner, "." and ".." point where they should, the FAT copies agree and the FAT32 FSInfo
// free count is right. Returns the problems found, an empty list for a clean volume.
import { ATTR, entryCluster, readDir } from "./fat_dir.ts";
import { Dir } from "./fat_dir.ts";
import { rd16, rd32 } from "./fat_layout.ts";
import { FatVolume } from "./fat_volume.ts";
import { type BlockDevice, FsError } from "./types.ts";

export function checkFat(dev: BlockDevice): string[] {
  const problems: string[] = [];
  let vol: FatVolume;
  try {
    vol = new FatVolume(dev, { readonly: true });
  } catch (e) {
    return [`mount: ${(e as Error).message}`];
  }
  const { info, fat, io } = vol;
  const fat32 = info.fatType === 32;
  const owner = new Map<number, string>();
  const claim = (chain: number[], who: string) => {
    for (const c of chain) {
      const other = owner.get(c);
      if (other !== undefined) problems.push(`cluster ${c} belongs to ${other} and ${who}`);
      else owner.set(c, who);
    }
  };
  const sink = { markDirty() {} };
  const visit = (sclust: number, path: string, parent: number, depth: number) => {
    if (depth > 64) {
      problems.push(`${path}: directories nested too deep (a loop?)`);
      return;
    }
    const dir = new Dir(sclust, info, io, fat, sink);
    if (sclust !== 0 || fat32) {
      try {
        claim(fat.chain(dir.startCluster, Infinity, path || "/"), path || "/");
      } catch (e) {
        problems.push(`${path || "/"}: ${(e as Error).message}`);
        return;
      }
    }
    if (sclust !== 0) {
      const dot = dir.entry(0);
      const dotdot = dir.entry(1);
      if (!dot || dot[0] !== 0x2e || dot[1] !== 0x20 || entryCluster(dot, fat32) !== sclust) {
        problems.push(`${path}: bad "." entry`);
      }
      if (
        !dotdot || dotdot[0] !== 0x2e || dotdot[1] !== 0x2e ||
        entryCluster(dotdot, fat32) !== parent
      ) {
        problems.push(`${path}: bad ".." entry`);
      }
    }
    try {
      for (const item of readDir(dir)) {
        const p = `${path}/${item.name}`;
        const e = item.entry;
        const c = entryCluster(e, fat32);
        if (e[11] & ATTR.DIR) {
          if (c < 2 || c >= info.nFatent) {
            problems.push(`${p}: directory cluster ${c} is invalid`);
            continue;
          }
          visit(c, p, sclust, depth + 1);
          continue;
        }
        const size = rd32(e, 28);
        if (size === 0) {
          if (c !== 0) problems.push(`${p}: empty file with cluster ${c}`);
          continue;
        }
        try {
          const need = Math.ceil(size / fat.clusterBytes);
          const chain = fat.chain(c, Infinity, p);
          if (chain.length !== need) {
            problems.push(`${p}: ${chain.length} clusters for ${size} bytes (${need} needed)`);
          }
          claim(chain, p);
        } catch (err) {
          problems.push(`${p}: ${(err as Error).message}`);
        }
      }
    } catch (e) {
      problems.push(`${path || "/"}: ${(e as Error).message}`);
    }
  };
  try {
    visit(0, "", 0, 0);
    let free = 0;
    for (let c = 2; c < info.nFatent; c++) {
      const v = fat.get(c);
      if (v === 0) free++;
      else if (!owner.has(c)) problems.push(`cluster ${c} is allocated but unused`);
      else if (v === 1 || (v < info.nFatent && !owner.has(v))) {
        problems.push(`cluster ${c} links to ${v}`);
      }
    }
    if (info.numFats === 2) {
      for (let s = 0; s < info.fatSectors; s++) {
        const a = io.read(info.fatBase + s);
        const b = io.read(info.fatBase + info.fatSectors + s);
        if (!a.every((x, k) => x === b[k])) {
          problems.push(`FAT copies differ in sector ${s}`);
          break;
        }
      }
    }
    if (info.fsInfo) {
      const s = io.read(info.volBase + 1);
      if (rd32(s, 0) === 0x41615252 && rd32(s, 484) === 0x61417272 && rd16(s, 510) === 0xaa55) {
        const stated = rd32(s, 488);
        if (stated !== 0xffffffff && stated !== free) {
          problems.push(`FSInfo says ${stated} free clusters, the FAT ${free}`);
        }
      } else {
        problems.push("FSInfo sector has no signature");
      }
    }
  } catch (e) {
    if (!(e instanceof FsError)) throw e;
    problems.push(e.message);
  }
  return problems;
}
