// Draws the app icon (resources/icon.png, 512x512 RGBA) without any image library: a rounded
// square in the app's blue with two overlapping figures (a pair of peers) in white.
// Run: node scripts/make-icon.mjs
import { Buffer } from 'node:buffer';
import { writeFileSync, mkdirSync } from 'node:fs';
import { stdout } from 'node:process';
import { deflateSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SIZE = 512;
const SAMPLES = 4; // 4x4 supersampling per pixel for smooth edges

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  header[10] = 0;
  header[11] = 0;
  header[12] = 0;
  // Each scanline starts with filter type 0 (none).
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y += 1) {
    raw[y * (width * 4 + 1)] = 0;
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Shapes, in a 0..1 coordinate space.
function insideRoundedSquare(x, y) {
  const margin = 0.06;
  const radius = 0.2;
  const lo = margin + radius;
  const hi = 1 - margin - radius;
  const cx = Math.min(Math.max(x, lo), hi);
  const cy = Math.min(Math.max(y, lo), hi);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function insideCircle(x, y, cx, cy, r) {
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

// A figure: a head and rounded shoulders, clipped to the icon's lower area.
function insideFigure(x, y, cx) {
  const head = insideCircle(x, y, cx, 0.4, 0.1);
  const shoulders = y >= 0.56 && y <= 0.78 && insideCircle(x, y, cx, 0.78, 0.2);
  return head || shoulders;
}

function colourAt(x, y) {
  if (!insideRoundedSquare(x, y)) return null;
  const left = insideFigure(x, y, 0.38);
  const right = insideFigure(x, y, 0.62);
  if (left && right) return [214, 236, 255]; // the overlap: what the pair shares
  if (left || right) return [255, 255, 255];
  // Background: a vertical gradient from a lighter to a deeper blue.
  const t = y;
  return [
    Math.round(34 + (20 - 34) * t),
    Math.round(139 + (98 - 139) * t),
    Math.round(230 + (196 - 230) * t),
  ];
}

const pixels = Buffer.alloc(SIZE * SIZE * 4);
for (let py = 0; py < SIZE; py += 1) {
  for (let px = 0; px < SIZE; px += 1) {
    let r = 0;
    let g = 0;
    let b = 0;
    let covered = 0;
    for (let sy = 0; sy < SAMPLES; sy += 1) {
      for (let sx = 0; sx < SAMPLES; sx += 1) {
        const colour = colourAt(
          (px + (sx + 0.5) / SAMPLES) / SIZE,
          (py + (sy + 0.5) / SAMPLES) / SIZE,
        );
        if (!colour) continue;
        r += colour[0];
        g += colour[1];
        b += colour[2];
        covered += 1;
      }
    }
    const i = (py * SIZE + px) * 4;
    if (covered > 0) {
      pixels[i] = Math.round(r / covered);
      pixels[i + 1] = Math.round(g / covered);
      pixels[i + 2] = Math.round(b / covered);
      pixels[i + 3] = Math.round((covered / (SAMPLES * SAMPLES)) * 255);
    }
  }
}

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'resources', 'icon.png');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, encodePng(SIZE, SIZE, pixels));
stdout.write(`Wrote ${out}\n`);
