// framebuf (extmod/modframebuf.c): FrameBuffer draws into a caller's buffer (bytearray, array,
// memoryview, ...) in place; the buffer is fetched again for every call, so a resized bytearray
// is still drawn into.
import { builtin, defineType, PyObject, type PyType, type PyValue, typeOf } from "../py/obj.ts";
import { PyByteArray, PyBytes } from "../py/obj_bytes.ts";
import { PyArray } from "../py/obj_array.ts";
import { PyMemoryView } from "../py/obj_memoryview.ts";
import { raise, TypeError, ValueError } from "../py/obj_exception.ts";
import { argErrors } from "../py/obj.ts";
import { PyTuple } from "../py/obj_tuple.ts";
import { PyList } from "../py/obj_list.ts";
import { nativeOf } from "../py/obj_type_slots.ts";
import { notStr } from "../py/obj_str.ts";
import { truthy } from "../py/runtime.ts";
import { readValue } from "../py/binary.ts";
import { wordArg } from "./int_args.ts";
import {
  type Canvas,
  fillRect,
  FORMAT_GEOMETRY,
  getPixel,
  GS2_HMSB,
  GS4_HMSB,
  GS8,
  MHLSB,
  MHMSB,
  MVLSB,
  RGB565,
  setPixel,
} from "./framebuf_formats.ts";
import {
  blit,
  drawEllipse,
  drawLine,
  drawPoly,
  drawText,
  ELLIPSE_ALL,
  scroll,
} from "./framebuf_draw.ts";

class PyFrameBuffer extends PyObject {
  constructor(
    type: PyType,
    public src: PyValue,
    public width: number,
    public height: number,
    public stride: number,
    public format: number,
  ) {
    super(type);
  }
  canvas(): Canvas {
    const { width, height, stride, format } = this;
    return { buf: bufferArg(this.src, true), width, height, stride, format };
  }
}

const bufferRequired = (): never => raise(TypeError, "object with buffer protocol required");

/** mp_get_buffer_raise: the bytes of a buffer object; `write` refuses read-only ones. */
function bufferArg(v: PyValue, write: boolean): Uint8Array {
  if (v instanceof PyByteArray) return v.data;
  if (v instanceof PyArray) return v.bytes;
  if (v instanceof PyMemoryView) return write && !v.writable() ? bufferRequired() : v.bytes();
  if (v instanceof PyBytes) return write ? bufferRequired() : v.data;
  if (v instanceof PyFrameBuffer) return bufferArg(v.src, write);
  if (v instanceof PyObject) {
    const n = v.type.isUserClass ? nativeOf(v) : v;
    if (n !== v) return bufferArg(n, write);
    const b = v.type.buffer?.(v, write);
    if (b !== undefined) return b;
  }
  if (typeof v === "string" && !write) return new TextEncoder().encode(v);
  return bufferRequired();
}

/** mp_arg_check_num for a function of min..max positional args. */
function checkArgs(a: PyValue[], min: number, max: number): void {
  if (min === max && a.length !== min) {
    argErrors.raise(`function takes ${min} positional arguments but ${a.length} were given`);
  }
  if (a.length < min) {
    argErrors.raise(`function missing ${min - a.length} required positional arguments`);
  }
  if (a.length > max) {
    argErrors.raise(`function expected at most ${max} arguments, got ${a.length}`);
  }
}

function fbOf(v: PyValue): PyFrameBuffer {
  const n = nativeOf(v);
  return n instanceof PyFrameBuffer ? n : raise(TypeError);
}

const ints = (a: PyValue[], from: number, n: number) => a.slice(from, from + n).map(wordArg);

/** framebuf_make_new_helper: validate geometry and buffer size. */
function makeFrameBuffer(type: PyType, a: PyValue[], write: boolean): PyFrameBuffer {
  const width = wordArg(a[1]);
  const height = wordArg(a[2]);
  const format = wordArg(a[3]);
  let stride = a.length >= 5 ? wordArg(a[4]) : width;
  if (
    width < 1 || height < 1 || width > 0xffff || height > 0xffff || stride > 0xffff ||
    stride < width
  ) {
    raise(ValueError);
  }
  const geom = FORMAT_GEOMETRY[format];
  if (geom === undefined) raise(ValueError, "invalid format");
  const round = (n: number) => Math.ceil(n / geom.align) * geom.align;
  stride = round(stride);
  let heightReq = height;
  let stridesReq = height - 1;
  if (format === MVLSB) {
    heightReq = (height + 7) & ~7;
    stridesReq = heightReq - 8;
  }
  const buf = bufferArg(a[0], write);
  const bits = (stridesReq * stride + (heightReq - stridesReq) * round(width)) * geom.bpp;
  if (Math.floor(bits / 8) > buf.length) raise(ValueError);
  return new PyFrameBuffer(type, a[0], width, height, stride, format);
}

/** get_readonly_framebuffer: a FrameBuffer, or a (buffer, width, height, format[, stride]). */
function readonlyCanvas(v: PyValue): Canvas {
  const n = nativeOf(v);
  if (n instanceof PyFrameBuffer) return n.canvas();
  let items: PyValue[];
  if (n instanceof PyTuple) items = n.items;
  else if (n instanceof PyList) items = n.items;
  else return raise(TypeError, `object '${typeOf(v).name}' isn't a tuple or list`);
  if (items.length < 4 || items.length > 5) raise(ValueError);
  const fb = makeFrameBuffer(frameBufferType, items, false);
  const { width, height, stride, format } = fb;
  return { buf: bufferArg(items[0], false), width, height, stride, format };
}

function textBytes(v: PyValue): Uint8Array {
  if (typeof v === "string") return new TextEncoder().encode(v);
  if (v instanceof PyBytes && !(v instanceof PyByteArray)) return v.data;
  return notStr(v);
}

/** poly()'s coordinates, read with the buffer's own item type. */
function polyPoints(v: PyValue): number[] {
  const code = v instanceof PyArray || v instanceof PyMemoryView ? v.typecode : "B";
  const data = bufferArg(v, false);
  const size = v instanceof PyArray ? v.itemSize : v instanceof PyMemoryView ? v.itemSize : 1;
  const n = Math.floor(data.length / (size * 2)) * 2;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(wordArg(readValue(view, i * size, code, true)));
  return out;
}

type Method = [string, (a: PyValue[]) => PyValue, number, number];

// Argument counts include self; rows with min === max are MicroPython's fixed-arity functions.
const METHODS: Method[] = [
  [
    "fill",
    (a) => {
      const fb = fbOf(a[0]);
      const col = wordArg(a[1]);
      fillRect(fb.canvas(), 0, 0, fb.width, fb.height, col);
      return null;
    },
    2,
    2,
  ],
  [
    "fill_rect",
    (a) => {
      checkArgs(a, 6, 6);
      const [x, y, w, h, col] = ints(a, 1, 5);
      fillRect(fbOf(a[0]).canvas(), x, y, w, h, col);
      return null;
    },
    0,
    -1,
  ],
  [
    "pixel",
    (a) => {
      checkArgs(a, 3, 4);
      const fb = fbOf(a[0]);
      const [x, y] = ints(a, 1, 2);
      if (x < 0 || x >= fb.width || y < 0 || y >= fb.height) return null;
      if (a.length === 3) return getPixel(fb.canvas(), x, y);
      setPixel(fb.canvas(), x, y, wordArg(a[3]));
      return null;
    },
    0,
    -1,
  ],
  [
    "hline",
    (a) => {
      checkArgs(a, 5, 5);
      const [x, y, w, col] = ints(a, 1, 4);
      fillRect(fbOf(a[0]).canvas(), x, y, w, 1, col);
      return null;
    },
    0,
    -1,
  ],
  [
    "vline",
    (a) => {
      checkArgs(a, 5, 5);
      const [x, y, h, col] = ints(a, 1, 4);
      fillRect(fbOf(a[0]).canvas(), x, y, 1, h, col);
      return null;
    },
    0,
    -1,
  ],
  [
    "rect",
    (a) => {
      checkArgs(a, 6, 7);
      const c = fbOf(a[0]).canvas();
      const [x, y, w, h, col] = ints(a, 1, 5);
      if (a.length > 6 && truthy(a[6])) fillRect(c, x, y, w, h, col);
      else {
        fillRect(c, x, y, w, 1, col);
        fillRect(c, x, y + h - 1, w, 1, col);
        fillRect(c, x, y, 1, h, col);
        fillRect(c, x + w - 1, y, 1, h, col);
      }
      return null;
    },
    0,
    -1,
  ],
  [
    "line",
    (a) => {
      checkArgs(a, 6, 6);
      const [x1, y1, x2, y2, col] = ints(a, 1, 5);
      drawLine(fbOf(a[0]).canvas(), x1, y1, x2, y2, col);
      return null;
    },
    0,
    -1,
  ],
  [
    "ellipse",
    (a) => {
      checkArgs(a, 6, 8);
      const c = fbOf(a[0]).canvas();
      const [cx, cy, rx, ry, col] = ints(a, 1, 5);
      const fill = a.length > 6 && truthy(a[6]);
      const mask = a.length > 7 ? wordArg(a[7]) : ELLIPSE_ALL;
      drawEllipse(c, cx, cy, rx, ry, col, fill, mask);
      return null;
    },
    0,
    -1,
  ],
  [
    "poly",
    (a) => {
      checkArgs(a, 5, 6);
      const fb = fbOf(a[0]);
      const [x, y] = ints(a, 1, 2);
      const pts = polyPoints(a[3]);
      if (pts.length === 0) return null;
      const col = wordArg(a[4]);
      drawPoly(fb.canvas(), x, y, pts, col, a.length > 5 && truthy(a[5]));
      return null;
    },
    0,
    -1,
  ],
  [
    "blit",
    (a) => {
      checkArgs(a, 4, 6);
      const dst = fbOf(a[0]).canvas();
      const src = readonlyCanvas(a[1]);
      const [x, y] = ints(a, 2, 2);
      const key = a.length > 4 ? wordArg(a[4]) : -1;
      const palette = a.length > 5 && a[5] !== null ? readonlyCanvas(a[5]) : undefined;
      blit(dst, src, x, y, key, palette);
      return null;
    },
    0,
    -1,
  ],
  [
    "scroll",
    (a) => {
      const c = fbOf(a[0]).canvas();
      const [xstep, ystep] = ints(a, 1, 2);
      scroll(c, xstep, ystep);
      return null;
    },
    3,
    3,
  ],
  [
    "text",
    (a) => {
      checkArgs(a, 4, 5);
      const fb = fbOf(a[0]);
      const text = textBytes(a[1]);
      const [x, y] = ints(a, 2, 2);
      const col = a.length >= 5 ? wordArg(a[4]) : 1;
      drawText(fb.canvas(), text, x, y, col);
      return null;
    },
    0,
    -1,
  ],
];

export const frameBufferType: PyType = defineType({
  name: "FrameBuffer",
  makeNew: (type, args, kw) => {
    if (kw !== undefined && kw.size > 0) argErrors.raise("function doesn't take keyword arguments");
    checkArgs(args, 4, 5);
    return makeFrameBuffer(type, args, true);
  },
  repr: () => "<FrameBuffer>",
  buffer: (self, write) => bufferArg(fbOf(self).src, write),
  methods: METHODS,
});

/** FrameBuffer1(buffer, width, height[, stride]): the legacy MONO_VLSB constructor. */
const frameBuffer1 = builtin(
  "FrameBuffer1",
  (a) => {
    const args = [a[0], a[1], a[2], MVLSB];
    if (a.length > 3) args.push(a[3]);
    return makeFrameBuffer(frameBufferType, args, true);
  },
  3,
  4,
);

export function makeFramebufModule(): [string, PyValue][] {
  return [
    ["FrameBuffer", frameBufferType],
    ["FrameBuffer1", frameBuffer1],
    ["MVLSB", MVLSB],
    ["MONO_VLSB", MVLSB],
    ["RGB565", RGB565],
    ["GS2_HMSB", GS2_HMSB],
    ["GS4_HMSB", GS4_HMSB],
    ["GS8", GS8],
    ["MONO_HLSB", MHLSB],
    ["MONO_HMSB", MHMSB],
  ];
}
