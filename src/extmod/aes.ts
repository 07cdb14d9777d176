// AES (FIPS-197) block cipher, synchronous and byte-oriented, plus the ECB/CBC/CTR chaining
// that cryptolib needs. The S-boxes and GF(2^8) multiplication tables are computed once from
// the field's definition rather than written out as literals.

const EXP = new Uint8Array(512); // 3^i in GF(2^8), doubled so log sums need no modulo
const LOG = new Uint8Array(256);
const SBOX = new Uint8Array(256);
const INV_SBOX = new Uint8Array(256);

function buildTables(): void {
  let x = 1;
  for (let i = 0; i < 255; i++) {
    EXP[i] = x;
    LOG[x] = i;
    x ^= (x << 1) ^ (x & 0x80 ? 0x11b : 0); // multiply by 3 = x*2 ^ x, reduced
  }
  for (let i = 255; i < 512; i++) EXP[i] = EXP[i - 255];
  for (let a = 0; a < 256; a++) {
    const inv = a === 0 ? 0 : EXP[255 - LOG[a]];
    // affine transform: b ^ rotl(b,1) ^ rotl(b,2) ^ rotl(b,3) ^ rotl(b,4) ^ 0x63
    let s = inv;
    for (let r = 1; r <= 4; r++) s ^= ((inv << r) | (inv >> (8 - r))) & 0xff;
    SBOX[a] = s ^ 0x63;
    INV_SBOX[s ^ 0x63] = a;
  }
}
buildTables();

function mul(a: number, b: number): number {
  return a === 0 || b === 0 ? 0 : EXP[LOG[a] + LOG[b]];
}

/** Multiplication tables for the MixColumns coefficients (2, 3) and their inverses. */
function mulTable(c: number): Uint8Array {
  const t = new Uint8Array(256);
  for (let a = 0; a < 256; a++) t[a] = mul(a, c);
  return t;
}
const M2 = mulTable(2), M3 = mulTable(3);
const M9 = mulTable(9), M11 = mulTable(11), M13 = mulTable(13), M14 = mulTable(14);

/** Row r of the state moves left by r columns; SHIFT[i] is the source index of byte i. */
const SHIFT = Uint8Array.from({ length: 16 }, (_, i) => (i + 4 * (i & 3)) & 15);
const INV_SHIFT = Uint8Array.from({ length: 16 }, (_, i) => (i - 4 * (i & 3) + 16) & 15);

/** An expanded AES key (128, 192 or 256 bits). */
export class Aes {
  readonly rounds: number;
  private readonly roundKeys: Uint8Array;
  private readonly tmp = new Uint8Array(16);

  constructor(key: Uint8Array) {
    const nk = key.length / 4;
    if (nk !== 4 && nk !== 6 && nk !== 8) {
      throw new RangeError("AES key must be 16, 24 or 32 bytes");
    }
    this.rounds = nk + 6;
    const w = new Uint8Array(16 * (this.rounds + 1));
    w.set(key);
    let rcon = 1;
    for (let i = nk; i < 4 * (this.rounds + 1); i++) {
      let t0 = w[4 * i - 4], t1 = w[4 * i - 3], t2 = w[4 * i - 2], t3 = w[4 * i - 1];
      if (i % nk === 0) {
        [t0, t1, t2, t3] = [SBOX[t1] ^ rcon, SBOX[t2], SBOX[t3], SBOX[t0]];
        rcon = M2[rcon];
      } else if (nk > 6 && i % nk === 4) {
        [t0, t1, t2, t3] = [SBOX[t0], SBOX[t1], SBOX[t2], SBOX[t3]];
      }
      const p = 4 * (i - nk);
      w[4 * i] = w[p] ^ t0;
      w[4 * i + 1] = w[p + 1] ^ t1;
      w[4 * i + 2] = w[p + 2] ^ t2;
      w[4 * i + 3] = w[p + 3] ^ t3;
    }
    this.roundKeys = w;
  }

  private addRoundKey(s: Uint8Array, round: number): void {
    const k = this.roundKeys, o = 16 * round;
    for (let i = 0; i < 16; i++) s[i] ^= k[o + i];
  }

  /** Encrypt the 16 bytes at src[si] into dst[di] (the two may overlap). */
  encryptBlock(src: Uint8Array, si: number, dst: Uint8Array, di: number): void {
    const s = src.slice(si, si + 16), t = this.tmp;
    this.addRoundKey(s, 0);
    for (let round = 1; round <= this.rounds; round++) {
      for (let i = 0; i < 16; i++) t[i] = SBOX[s[SHIFT[i]]];
      if (round === this.rounds) s.set(t);
      else {
        for (let c = 0; c < 16; c += 4) {
          const a0 = t[c], a1 = t[c + 1], a2 = t[c + 2], a3 = t[c + 3];
          s[c] = M2[a0] ^ M3[a1] ^ a2 ^ a3;
          s[c + 1] = a0 ^ M2[a1] ^ M3[a2] ^ a3;
          s[c + 2] = a0 ^ a1 ^ M2[a2] ^ M3[a3];
          s[c + 3] = M3[a0] ^ a1 ^ a2 ^ M2[a3];
        }
      }
      this.addRoundKey(s, round);
    }
    dst.set(s, di);
  }

  /** Decrypt the 16 bytes at src[si] into dst[di] (the two may overlap). */
  decryptBlock(src: Uint8Array, si: number, dst: Uint8Array, di: number): void {
    const s = src.slice(si, si + 16), t = this.tmp;
    this.addRoundKey(s, this.rounds);
    for (let round = this.rounds - 1; round >= 0; round--) {
      for (let i = 0; i < 16; i++) t[i] = INV_SBOX[s[INV_SHIFT[i]]];
      s.set(t);
      this.addRoundKey(s, round);
      if (round === 0) break;
      for (let c = 0; c < 16; c += 4) {
        const a0 = s[c], a1 = s[c + 1], a2 = s[c + 2], a3 = s[c + 3];
        s[c] = M14[a0] ^ M11[a1] ^ M13[a2] ^ M9[a3];
        s[c + 1] = M9[a0] ^ M14[a1] ^ M11[a2] ^ M13[a3];
        s[c + 2] = M13[a0] ^ M9[a1] ^ M14[a2] ^ M11[a3];
        s[c + 3] = M11[a0] ^ M13[a1] ^ M9[a2] ^ M14[a3];
      }
    }
    dst.set(s, di);
  }
}

/** ECB over whole blocks (len is a multiple of 16). */
export function ecb(aes: Aes, input: Uint8Array, out: Uint8Array, encrypt: boolean): void {
  for (let i = 0; i < input.length; i += 16) {
    if (encrypt) aes.encryptBlock(input, i, out, i);
    else aes.decryptBlock(input, i, out, i);
  }
}

/** CBC over whole blocks; iv holds the chaining value and is updated for the next call. */
export function cbc(
  aes: Aes,
  iv: Uint8Array,
  input: Uint8Array,
  out: Uint8Array,
  encrypt: boolean,
): void {
  const block = new Uint8Array(16);
  for (let i = 0; i < input.length; i += 16) {
    if (encrypt) {
      for (let j = 0; j < 16; j++) block[j] = input[i + j] ^ iv[j];
      aes.encryptBlock(block, 0, iv, 0);
      out.set(iv, i);
    } else {
      const cipher = input.slice(i, i + 16); // out may be input
      aes.decryptBlock(cipher, 0, block, 0);
      for (let j = 0; j < 16; j++) out[i + j] = block[j] ^ iv[j];
      iv.set(cipher);
    }
  }
}

/** CTR keystream state: a 128-bit big-endian counter and the unused tail of the last block. */
export class CtrState {
  readonly counter: Uint8Array;
  readonly keystream = new Uint8Array(16);
  offset = 0;
  constructor(iv: Uint8Array) {
    this.counter = iv.slice();
  }
}

/** CTR mode (encryption and decryption are the same): XOR with the keystream, any length. */
export function ctr(aes: Aes, st: CtrState, input: Uint8Array, out: Uint8Array): void {
  const c = st.counter;
  for (let i = 0; i < input.length; i++) {
    if (st.offset === 0) {
      aes.encryptBlock(c, 0, st.keystream, 0);
      for (let j = 15; j >= 0; j--) { // 128-bit big-endian increment
        c[j] = (c[j] + 1) & 0xff;
        if (c[j] !== 0) break;
      }
    }
    out[i] = input[i] ^ st.keystream[st.offset];
    st.offset = (st.offset + 1) & 15;
  }
}
