// framebuf pixel formats (extmod/modframebuf.c): how each format stores a pixel, as data rows.
// A Canvas is a view of a buffer as a width x height image; coordinates are always in range here.

export interface Canvas {
  buf: Uint8Array;
  width: number;
  height: number;
  stride: number;
  format: number;
}

export const MVLSB = 0;
export const RGB565 = 1;
export const GS4_HMSB = 2;
export const MHLSB = 3;
export const MHMSB = 4;
export const GS2_HMSB = 5;
export const GS8 = 6;

interface PixelFormat {
  set(c: Canvas, x: number, y: number, col: number): void;
  get(c: Canvas, x: number, y: number): number;
}

// Reads past the buffer (a palette indexed by a large colour) give 0 rather than garbage.
const at = (b: Uint8Array, i: number) => b[i] ?? 0;

function monoHoriz(msbFirst: boolean): PixelFormat {
  const bit = (x: number) => (msbFirst ? x & 7 : 7 - (x & 7));
  return {
    set(c, x, y, col) {
      const i = (x + y * c.stride) >> 3;
      const m = 1 << bit(x);
      c.buf[i] = col !== 0 ? c.buf[i] | m : c.buf[i] & ~m;
    },
    get: (c, x, y) => (at(c.buf, (x + y * c.stride) >> 3) >> bit(x)) & 1,
  };
}

const FORMATS: Record<number, PixelFormat> = {
  [MVLSB]: {
    set(c, x, y, col) {
      const i = (y >> 3) * c.stride + x;
      const m = 1 << (y & 7);
      c.buf[i] = col !== 0 ? c.buf[i] | m : c.buf[i] & ~m;
    },
    get: (c, x, y) => (at(c.buf, (y >> 3) * c.stride + x) >> (y & 7)) & 1,
  },
  [RGB565]: {
    set(c, x, y, col) {
      const i = (x + y * c.stride) * 2;
      c.buf[i] = col & 0xff;
      c.buf[i + 1] = (col >>> 8) & 0xff;
    },
    get(c, x, y) {
      const i = (x + y * c.stride) * 2;
      return at(c.buf, i) | (at(c.buf, i + 1) << 8);
    },
  },
  [GS4_HMSB]: {
    set(c, x, y, col) {
      const i = (x + y * c.stride) >> 1;
      c.buf[i] = x & 1 ? (col & 0x0f) | (c.buf[i] & 0xf0) : ((col & 0x0f) << 4) | (c.buf[i] & 0x0f);
    },
    get(c, x, y) {
      const b = at(c.buf, (x + y * c.stride) >> 1);
      return x & 1 ? b & 0x0f : b >> 4;
    },
  },
  [MHLSB]: monoHoriz(false),
  [MHMSB]: monoHoriz(true),
  [GS2_HMSB]: {
    set(c, x, y, col) {
      const i = (x + y * c.stride) >> 2;
      const shift = (x & 3) << 1;
      c.buf[i] = ((col & 3) << shift) | (c.buf[i] & ~(3 << shift));
    },
    get: (c, x, y) => (at(c.buf, (x + y * c.stride) >> 2) >> ((x & 3) << 1)) & 3,
  },
  [GS8]: {
    set(c, x, y, col) {
      c.buf[x + y * c.stride] = col & 0xff;
    },
    get: (c, x, y) => at(c.buf, x + y * c.stride),
  },
};

/** Bits per pixel and the stride/width rounding of each format (framebuf_make_new). */
export const FORMAT_GEOMETRY: Record<number, { bpp: number; align: number }> = {
  [MVLSB]: { bpp: 1, align: 1 },
  [RGB565]: { bpp: 16, align: 1 },
  [GS4_HMSB]: { bpp: 4, align: 2 },
  [MHLSB]: { bpp: 1, align: 8 },
  [MHMSB]: { bpp: 1, align: 8 },
  [GS2_HMSB]: { bpp: 2, align: 4 },
  [GS8]: { bpp: 8, align: 1 },
};

export function setPixel(c: Canvas, x: number, y: number, col: number): void {
  FORMATS[c.format].set(c, x, y, col);
}

export function getPixel(c: Canvas, x: number, y: number): number {
  return FORMATS[c.format].get(c, x, y) >>> 0;
}

/** setpixel_checked: only inside the canvas. */
export function setPixelChecked(c: Canvas, x: number, y: number, col: number): void {
  if (x >= 0 && x < c.width && y >= 0 && y < c.height) setPixel(c, x, y, col);
}

/** fill_rect: clipped to the canvas. Every format's bulk fill equals per-pixel sets. */
export function fillRect(c: Canvas, x: number, y: number, w: number, h: number, col: number) {
  if (h < 1 || w < 1 || x + w <= 0 || y + h <= 0 || y >= c.height || x >= c.width) return;
  const xend = Math.min(c.width, x + w);
  const yend = Math.min(c.height, y + h);
  x = Math.max(x, 0);
  y = Math.max(y, 0);
  const f = FORMATS[c.format];
  for (let yy = y; yy < yend; yy++) for (let xx = x; xx < xend; xx++) f.set(c, xx, yy, col);
}
