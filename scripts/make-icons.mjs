// Draws the toolbar icon (a rounded square with a forward arrow curling back:
// "follow through") at each size and writes PNGs to public/icons/. Run once
// after changing the design: `node scripts/make-icons.mjs`.
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x, y, size);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r; raw[o + 1] = g; raw[o + 2] = b; raw[o + 3] = a;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

// Coverage of a unit-square shape at pixel (x, y) by 4x4 supersampling.
function cover(size, x, y, inside) {
  let n = 0;
  for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) if (inside((x + (i + 0.5) / 4) / size, (y + (j + 0.5) / 4) / size)) n++;
  return n / 16;
}

const roundedSquare = (u, v) => {
  const r = 0.22, m = 0.04;
  const cx = Math.min(Math.max(u, m + r), 1 - m - r), cy = Math.min(Math.max(v, m + r), 1 - m - r);
  return (u - cx) ** 2 + (v - cy) ** 2 <= r * r && u >= m && u <= 1 - m && v >= m && v <= 1 - m;
};
// An arc (open ring) plus an arrow head: the "follow-up" loop.
const mark = (u, v) => {
  const dx = u - 0.5, dy = v - 0.54, d = Math.hypot(dx, dy);
  const ang = Math.atan2(dy, dx);
  const ring = d >= 0.17 && d <= 0.27 && !(ang < -0.35 && ang > -1.9);
  // Arrow head at the gap's end, pointing right.
  const ax = u - 0.66, ay = v - 0.26;
  const head = ax >= -0.1 && ax <= 0.12 && Math.abs(ay) <= (0.12 - ax) * 0.75 && ax <= 0.12;
  return ring || head;
};

mkdirSync('public/icons', { recursive: true });
for (const size of [16, 32, 48, 128]) {
  const buf = png(size, (x, y) => {
    const bg = cover(size, x, y, roundedSquare);
    const fg = cover(size, x, y, (u, v) => roundedSquare(u, v) && mark(u, v));
    const r = Math.round(37 * (1 - fg) + 255 * fg), g = Math.round(99 * (1 - fg) + 255 * fg), b = Math.round(235 * (1 - fg) + 255 * fg);
    return [r, g, b, Math.round(255 * bg)];
  });
  writeFileSync(`public/icons/icon-${size}.png`, buf);
}
console.log('icons written to public/icons/');
