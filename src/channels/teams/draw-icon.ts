import { PNG } from 'pngjs';

type Rgb = readonly [number, number, number];

/** Samples per pixel side when measuring how much of a pixel the mark covers (smooth edges). */
const SUPERSAMPLE = 4;

/**
 * How much of pixel (x, y) the Cnam "C" covers (0..1): a thick ring open on the right, centred in a square of
 * `size` pixels, whose outer radius is `radius`.
 */
function markCoverage(x: number, y: number, size: number, radius: number): number {
  let inside = 0;
  for (let i = 0; i < SUPERSAMPLE; i++) {
    for (let j = 0; j < SUPERSAMPLE; j++) {
      const dx = x + (i + 0.5) / SUPERSAMPLE - size / 2;
      const dy = y + (j + 0.5) / SUPERSAMPLE - size / 2;
      const r = Math.hypot(dx, dy);
      const opening = dx > 0 && Math.abs(dy) < radius * 0.42;
      if (r < radius && r > radius * 0.58 && !opening) inside += 1;
    }
  }
  return inside / SUPERSAMPLE ** 2;
}

function draw(size: number, pixel: (x: number, y: number) => readonly [number, number, number, number]): Buffer {
  const png = new PNG({ width: size, height: size, colorType: 6 });
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) png.data.set(pixel(x, y), (y * size + x) * 4);
  }
  return PNG.sync.write(png, { colorType: 6 });
}

const BRAND: Rgb = [176, 0, 42];
const WHITE: Rgb = [255, 255, 255];

/** Teams colour icon: 192×192 pixels. */
export const COLOR_ICON_SIZE = 192;
/** The store's safe area: the symbol stays inside the central 120×120 pixels (Teams masks the corners). */
export const COLOR_ICON_SAFE_AREA = 120;
/** Teams outline icon: 32×32 pixels. */
export const OUTLINE_ICON_SIZE = 32;
/** Transparent margin around the outline symbol. */
export const OUTLINE_ICON_PADDING = 4;

/** Teams' colour icon: a white "C" inside the central safe area, on a full square of Cnam red. */
export function colorIcon(): Buffer {
  const radius = COLOR_ICON_SAFE_AREA / 2;
  return draw(COLOR_ICON_SIZE, (x, y) => {
    const c = markCoverage(x, y, COLOR_ICON_SIZE, radius);
    const mix = (i: 0 | 1 | 2) => Math.round(BRAND[i] + (WHITE[i] - BRAND[i]) * c);
    return [mix(0), mix(1), mix(2), 255];
  });
}

/** Teams' outline icon: the white "C" on transparent, 4 px from every edge. */
export function outlineIcon(): Buffer {
  const radius = OUTLINE_ICON_SIZE / 2 - OUTLINE_ICON_PADDING;
  return draw(OUTLINE_ICON_SIZE, (x, y) => [...WHITE, Math.round(255 * markCoverage(x, y, OUTLINE_ICON_SIZE, radius))]);
}
