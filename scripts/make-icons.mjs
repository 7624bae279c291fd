// Writes the packaging icons into build/: the app icon (icon.png, 1024 px, and the Linux
// set icons/NxN.png) and placeholder tray icons per state (tray/<state>.png 16 px and
// tray/<state>@2x.png 32 px, the names Electron's nativeImage pairs for HiDPI).
// Drawn from signed distance functions so every size is anti-aliased from the same
// geometry; no image dependency, node's zlib does the PNG compression.
// Usage: node scripts/make-icons.mjs   (deterministic: re-running changes no bytes)
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';

const buildDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'build');

// ---- PNG (RGBA, 8 bit, no filtering: the icons are small and zlib does well enough) ----

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type RGBA, default compression/filter/interlace
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // filter type None
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---- shapes: signed distance in design units (negative inside) ----

const circle = (cx, cy, r) => (x, y) => Math.hypot(x - cx, y - cy) - r;
const ring = (cx, cy, r, width) => (x, y) => Math.abs(Math.hypot(x - cx, y - cy) - r) - width / 2;

function roundRect(cx, cy, halfW, halfH, r) {
  return (x, y) => {
    const qx = Math.abs(x - cx) - halfW + r;
    const qy = Math.abs(y - cy) - halfH + r;
    return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
  };
}

function capsule(ax, ay, bx, by, r) {
  return (x, y) => {
    const px = x - ax;
    const py = y - ay;
    const dx = bx - ax;
    const dy = by - ay;
    const t = Math.min(1, Math.max(0, (px * dx + py * dy) / (dx * dx + dy * dy)));
    return Math.hypot(px - t * dx, py - t * dy) - r;
  };
}

// The upper half of a ring, with round ends: a headset's headband.
function upperArc(cx, cy, r, width) {
  const band = ring(cx, cy, r, width);
  const leftEnd = circle(cx - r, cy, width / 2);
  const rightEnd = circle(cx + r, cy, width / 2);
  return (x, y) => (y <= cy ? band(x, y) : Math.min(leftEnd(x, y), rightEnd(x, y)));
}

function triangle(cx, cy, side, cornerRadius) {
  // Equilateral, pointing up, centred on its centroid; rounded by shrinking then inflating.
  const h = (side * Math.sqrt(3)) / 2 - cornerRadius * 3;
  return (x, y) => {
    const px = Math.abs(x - cx);
    const py = cy - y; // measured upwards, so the apex is at the top of the image
    const k = Math.sqrt(3);
    const edge = (k * px + py - h * (2 / 3)) / 2; // the two slanted edges
    return Math.max(edge, -py - h / 3) - cornerRadius;
  };
}

const union =
  (...shapes) =>
  (x, y) =>
    Math.min(...shapes.map((s) => s(x, y)));

// ---- rendering: layers painted in order, each a shape and a colour function ----

function hex(color) {
  const n = Number.parseInt(color.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function render(size, designSize, layers) {
  const rgba = Buffer.alloc(size * size * 4);
  const unitsPerPixel = designSize / size;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const x = (px + 0.5) * unitsPerPixel;
      const y = (py + 0.5) * unitsPerPixel;
      let [r, g, b, a] = [0, 0, 0, 0];
      for (const { shape, paint, erase } of layers) {
        // Coverage of the pixel from its distance to the edge: a one-pixel linear ramp.
        const coverage = Math.min(1, Math.max(0, 0.5 - shape(x, y) / unitsPerPixel));
        if (coverage === 0) continue;
        if (erase) {
          a *= 1 - coverage;
          continue;
        }
        const [cr, cg, cb] = paint(y / designSize);
        const outA = coverage + a * (1 - coverage);
        r = (cr * coverage + r * a * (1 - coverage)) / outA;
        g = (cg * coverage + g * a * (1 - coverage)) / outA;
        b = (cb * coverage + b * a * (1 - coverage)) / outA;
        a = outA;
      }
      rgba.set([Math.round(r), Math.round(g), Math.round(b), Math.round(a * 255)], (py * size + px) * 4);
    }
  }
  return encodePng(size, rgba);
}

const solid = (color) => () => hex(color);

function verticalGradient(top, bottom) {
  const [t, b] = [hex(top), hex(bottom)];
  return (v) => t.map((c, i) => c + (b[i] - c) * v);
}

// ---- the app icon: a white headset on a blue tile, with an amber "alert" dot ----

function appIconLayers() {
  const headset = union(
    upperArc(512, 560, 250, 64),
    roundRect(262, 600, 62, 110, 52), // left ear cup
    roundRect(762, 600, 62, 110, 52), // right ear cup
    capsule(262, 700, 330, 790, 26), // microphone boom, from the left cup towards the mouth
    capsule(330, 790, 450, 790, 26),
    circle(470, 790, 44), // microphone
  );
  return [
    // 880-unit tile in a 1024 canvas: macOS keeps a margin, other OSes accept it unchanged.
    { shape: roundRect(512, 512, 440, 440, 190), paint: verticalGradient('#2f6fe4', '#1b3c8f') },
    { shape: headset, paint: solid('#ffffff') },
    { shape: circle(785, 305, 78), paint: solid('#ffffff') },
    { shape: circle(785, 305, 56), paint: solid('#f59e0b') },
  ];
}

// ---- tray placeholders: one colour and one shape per state, so colour is never the only cue ----

const TRAY = 32; // design units for tray icons
const white = solid('#ffffff');
const disc = (color) => [
  { shape: circle(16, 16, 15), paint: white }, // halo: keeps the shape visible on dark trays
  { shape: circle(16, 16, 13), paint: solid(color) },
];

const trayStates = {
  'signed-out': [
    { shape: ring(16, 16, 11, 7), paint: white },
    { shape: ring(16, 16, 11, 4), paint: solid('#6b7280') },
  ],
  connected: disc('#15803d'),
  armed: [...disc('#b45309'), { shape: ring(16, 16, 7, 3), paint: white }],
  live: [...disc('#dc2626'), { shape: circle(16, 16, 5), paint: white }],
  'barged-in': [...disc('#7c3aed'), { shape: capsule(10, 16, 22, 16, 2.5), paint: white }],
  problem: [
    { shape: triangle(16, 20.5, 31, 2.5), paint: white },
    { shape: triangle(16, 20.5, 27, 2), paint: solid('#c2410c') },
    { shape: capsule(16, 11.5, 16, 19.5, 1.8), paint: white },
    { shape: circle(16, 24.5, 2), paint: white },
  ],
};

/**
 * macOS menu-bar "template" images: black and alpha only, which macOS tints for light and dark
 * menu bars. The white details of the coloured icon become holes; the halo is not needed.
 */
function templateOf(layers) {
  return layers
    .filter((layer) => layer !== layers[0] || layers[0].paint !== white)
    .map((layer) => (layer.paint === white ? { shape: layer.shape, erase: true } : { shape: layer.shape, paint: solid('#000000') }));
}

function write(relativePath, png) {
  const file = join(buildDir, relativePath);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, png);
}

write('icon.png', render(1024, 1024, appIconLayers()));
for (const size of [16, 32, 48, 64, 128, 256, 512]) {
  write(join('icons', `${size}x${size}.png`), render(size, 1024, appIconLayers()));
}
for (const [state, layers] of Object.entries(trayStates)) {
  write(join('tray', `${state}.png`), render(16, TRAY, layers));
  write(join('tray', `${state}@2x.png`), render(32, TRAY, layers));
  write(join('tray', `${state}Template.png`), render(16, TRAY, templateOf(layers)));
  write(join('tray', `${state}Template@2x.png`), render(32, TRAY, templateOf(layers)));
}
console.log(`icons written to ${buildDir}`);
