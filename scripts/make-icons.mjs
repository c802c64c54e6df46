#!/usr/bin/env node
// Draws the app icons (public/icon-192.png, public/icon-512.png): a blue rounded square with
// twelve white dots in a ring, the "12" of the twelve factors. Run once; the PNGs are committed.
import { PNG } from 'pngjs';
import { writeFileSync } from 'node:fs';

for (const size of [192, 512]) {
  const png = new PNG({ width: size, height: size });
  const r = size * 0.18, c = size / 2, ring = size * 0.3, dot = size * 0.06;
  const dots = Array.from({ length: 12 }, (_, i) => [c + ring * Math.sin((i * Math.PI) / 6), c - ring * Math.cos((i * Math.PI) / 6)]);
  for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) {
    const i = (y * size + x) * 4;
    // Rounded square: outside the corner circles is transparent.
    const dx = Math.max(r - x, x - (size - 1 - r), 0), dy = Math.max(r - y, y - (size - 1 - r), 0);
    const inside = dx * dx + dy * dy <= r * r;
    const white = dots.some(([px, py]) => (x - px) ** 2 + (y - py) ** 2 <= dot * dot);
    const [R, G, B] = white ? [255, 255, 255] : [29, 78, 216];
    png.data[i] = R; png.data[i + 1] = G; png.data[i + 2] = B; png.data[i + 3] = inside ? 255 : 0;
  }
  writeFileSync(`public/icon-${size}.png`, PNG.sync.write(png));
}
console.log('icons written');
