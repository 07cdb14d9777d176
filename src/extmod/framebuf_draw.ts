// framebuf's shapes (extmod/modframebuf.c): Bresenham lines, the midpoint ellipse with its
// quadrant mask, the scan-line polygon fill, blit, scroll and text, pixel for pixel as
// MicroPython draws them.
import { type Canvas, fillRect, getPixel, setPixel, setPixelChecked } from "./framebuf_formats.ts";
import { FONT_8X8 } from "./framebuf_font.ts";

export function drawLine(c: Canvas, x1: number, y1: number, x2: number, y2: number, col: number) {
  let dx = x2 - x1;
  let sx = 1;
  if (dx <= 0) (dx = -dx), (sx = -1);
  let dy = y2 - y1;
  let sy = 1;
  if (dy <= 0) (dy = -dy), (sy = -1);
  const steep = dy > dx;
  if (steep) {
    [x1, y1] = [y1, x1];
    [dx, dy] = [dy, dx];
    [sx, sy] = [sy, sx];
  }
  let e = 2 * dy - dx;
  for (let i = 0; i < dx; ++i) {
    if (steep) setPixelChecked(c, y1, x1, col);
    else setPixelChecked(c, x1, y1, col);
    while (e >= 0) {
      y1 += sy;
      e -= 2 * dx;
    }
    x1 += sx;
    e += 2 * dy;
  }
  setPixelChecked(c, x2, y2, col);
}

// Quadrants: Q2 Q1 / Q3 Q4.
const MASK_FILL = 0x10;
export const ELLIPSE_ALL = 0x0f;

function ellipsePoints(
  c: Canvas,
  cx: number,
  cy: number,
  x: number,
  y: number,
  col: number,
  m: number,
) {
  if (m & MASK_FILL) {
    if (m & 1) fillRect(c, cx, cy - y, x + 1, 1, col);
    if (m & 2) fillRect(c, cx - x, cy - y, x + 1, 1, col);
    if (m & 4) fillRect(c, cx - x, cy + y, x + 1, 1, col);
    if (m & 8) fillRect(c, cx, cy + y, x + 1, 1, col);
  } else {
    if (m & 1) setPixelChecked(c, cx + x, cy - y, col);
    if (m & 2) setPixelChecked(c, cx - x, cy - y, col);
    if (m & 4) setPixelChecked(c, cx - x, cy + y, col);
    if (m & 8) setPixelChecked(c, cx + x, cy + y, col);
  }
}

export function drawEllipse(
  c: Canvas,
  cx: number,
  cy: number,
  rx: number,
  ry: number,
  col: number,
  fill: boolean,
  quadrants: number,
) {
  const mask = (fill ? MASK_FILL : 0) | (quadrants & ELLIPSE_ALL);
  if (rx === 0 && ry === 0) {
    if (mask & ELLIPSE_ALL) setPixelChecked(c, cx, cy, col);
    return;
  }
  const twoA2 = 2 * rx * rx;
  const twoB2 = 2 * ry * ry;
  // First set of points, where the slope is above -1.
  let x = rx;
  let y = 0;
  let xchange = ry * ry * (1 - 2 * rx);
  let ychange = rx * rx;
  let err = 0;
  let stopx = twoB2 * rx;
  let stopy = 0;
  while (stopx >= stopy) {
    ellipsePoints(c, cx, cy, x, y, col, mask);
    y += 1;
    stopy += twoA2;
    err += ychange;
    ychange += twoA2;
    if (2 * err + xchange > 0) {
      x -= 1;
      stopx -= twoB2;
      err += xchange;
      xchange += twoB2;
    }
  }
  // Second set, where the slope is below -1.
  x = 0;
  y = ry;
  xchange = ry * ry;
  ychange = rx * rx * (1 - 2 * ry);
  err = 0;
  stopx = 0;
  stopy = twoA2 * ry;
  while (stopx <= stopy) {
    ellipsePoints(c, cx, cy, x, y, col, mask);
    x += 1;
    stopx += twoB2;
    err += xchange;
    xchange += twoB2;
    if (2 * err + ychange > 0) {
      y -= 1;
      stopy -= twoA2;
      err += ychange;
      ychange += twoA2;
    }
  }
}

/** C integer division (truncates toward zero). */
const cdiv = (a: number, b: number) => Math.trunc(a / b);

/** poly(): `pts` holds x0, y0, x1, y1, ...; filled with the integer even-odd scan-line rule. */
export function drawPoly(
  c: Canvas,
  x: number,
  y: number,
  pts: number[],
  col: number,
  fill: boolean,
) {
  const n = pts.length >> 1;
  if (!fill) {
    let px1 = pts[0];
    let py1 = pts[1];
    for (let i = n * 2 - 1; i >= 0;) {
      const py2 = pts[i--];
      const px2 = pts[i--];
      drawLine(c, x + px1, y + py1, x + px2, y + py2, col);
      px1 = px2;
      py1 = py2;
    }
    return;
  }
  let yMin = Infinity;
  let yMax = -Infinity;
  for (let i = 0; i < n; i++) {
    yMin = Math.min(yMin, pts[i * 2 + 1]);
    yMax = Math.max(yMax, pts[i * 2 + 1]);
  }
  for (let row = yMin; row <= yMax; row++) {
    const nodes: number[] = [];
    let px1 = pts[0];
    let py1 = pts[1];
    for (let i = n * 2 - 1; i >= 0;) {
      const py2 = pts[i--];
      const px2 = pts[i--];
      // The bottom pixel of an edge is left out so that shared vertices count once.
      if (py1 !== py2 && ((py1 > row && py2 <= row) || (py1 <= row && py2 > row))) {
        nodes.push(cdiv(32 * px1 + cdiv(32 * (px2 - px1) * (row - py1), py2 - py1) + 16, 32));
      } else if (row === Math.max(py1, py2)) {
        // Local minima and horizontal edges that the rule above misses.
        if (py1 < py2) setPixelChecked(c, x + px2, y + py2, col);
        else if (py2 < py1) setPixelChecked(c, x + px1, y + py1, col);
        else drawLine(c, x + px1, y + py1, x + px2, y + py2, col);
      }
      px1 = px2;
      py1 = py2;
    }
    nodes.sort((a, b) => a - b);
    for (let i = 0; i + 1 < nodes.length; i += 2) {
      fillRect(c, x + nodes[i], y + row, nodes[i + 1] - nodes[i] + 1, 1, col);
    }
  }
}

export function blit(
  dst: Canvas,
  src: Canvas,
  x: number,
  y: number,
  key: number,
  palette: Canvas | undefined,
) {
  if (x >= dst.width || y >= dst.height || -x >= src.width || -y >= src.height) return;
  const x0 = Math.max(0, x);
  const x1 = Math.max(0, -x);
  const x0end = Math.min(dst.width, x + src.width);
  const y0end = Math.min(dst.height, y + src.height);
  const k = key >>> 0;
  for (let y0 = Math.max(0, y), y1 = Math.max(0, -y); y0 < y0end; ++y0, ++y1) {
    for (let cx0 = x0, cx1 = x1; cx0 < x0end; ++cx0, ++cx1) {
      let col = getPixel(src, cx1, y1);
      if (palette !== undefined) col = getPixel(palette, col, 0);
      if (col !== k) setPixel(dst, cx0, y0, col);
    }
  }
}

export function scroll(c: Canvas, xstep: number, ystep: number) {
  let sx: number, xend: number, dx: number, y: number, yend: number, dy: number;
  if (xstep < 0) {
    sx = 0;
    xend = c.width + xstep;
    if (xend <= 0) return;
    dx = 1;
  } else {
    sx = c.width - 1;
    xend = xstep - 1;
    if (xend >= sx) return;
    dx = -1;
  }
  if (ystep < 0) {
    y = 0;
    yend = c.height + ystep;
    if (yend <= 0) return;
    dy = 1;
  } else {
    y = c.height - 1;
    yend = ystep - 1;
    if (yend >= y) return;
    dy = -1;
  }
  for (; y !== yend; y += dy) {
    for (let x = sx; x !== xend; x += dx) setPixel(c, x, y, getPixel(c, x - xstep, y - ystep));
  }
}

/** text(): bytes of the string (stopping at a NUL, as C does), chars outside 32..127 as 127. */
export function drawText(c: Canvas, text: Uint8Array, x0: number, y0: number, col: number) {
  for (const byte of text) {
    if (byte === 0) break;
    const chr = byte < 32 || byte > 127 ? 127 : byte;
    const glyph = (chr - 32) * 8;
    for (let j = 0; j < 8; j++, x0++) {
      if (x0 < 0 || x0 >= c.width) continue;
      let column = FONT_8X8[glyph + j];
      for (let y = y0; column; column >>= 1, y++) {
        if (column & 1 && y >= 0 && y < c.height) setPixel(c, x0, y, col);
      }
    }
  }
}
