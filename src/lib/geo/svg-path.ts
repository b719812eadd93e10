/**
 * A d3-geo path context that writes compact SVG path data: coordinates snapped to a grid (`scale` units per
 * pixel), simplified (Douglas–Peucker, `tolerance` pixels), rings smaller than `minArea` square pixels
 * dropped, relative commands. Pass it to geoPath(projection, context) and read result() after each call.
 */
export interface CompactOptions {
  scale?: number; // grid units per pixel (1: whole pixels, 10: one decimal)
  tolerance?: number; // Douglas–Peucker tolerance in pixels (0: off)
  minArea?: number; // rings with a smaller area (px²) are dropped
}

type Pt = [number, number];

/** Squared distance from p to segment a–b. */
function segDist2(p: Pt, a: Pt, b: Pt): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len = dx * dx + dy * dy;
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len));
  const x = a[0] + t * dx - p[0];
  const y = a[1] + t * dy - p[1];
  return x * x + y * y;
}

/** Douglas–Peucker on an open polyline; keeps both ends. */
export function simplifyLine(points: Pt[], tolerance: number): Pt[] {
  if (points.length <= 2 || tolerance <= 0) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: Array<[number, number]> = [[0, points.length - 1]];
  const tol2 = tolerance * tolerance;
  while (stack.length) {
    const [first, last] = stack.pop()!;
    let max = 0;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const d = segDist2(points[i]!, points[first]!, points[last]!);
      if (d > max) [max, index] = [d, i];
    }
    if (index > 0 && max > tol2) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

/** Douglas–Peucker on a closed ring (first point not repeated): split at the point farthest from the first. */
export function simplifyRing(ring: Pt[], tolerance: number): Pt[] {
  if (ring.length <= 3 || tolerance <= 0) return ring;
  let far = 0;
  let max = -1;
  ring.forEach((p, i) => {
    const d = (p[0] - ring[0]![0]) ** 2 + (p[1] - ring[0]![1]) ** 2;
    if (d > max) [max, far] = [d, i];
  });
  const a = simplifyLine(ring.slice(0, far + 1), tolerance);
  const b = simplifyLine([...ring.slice(far), ring[0]!], tolerance);
  return [...a, ...b.slice(1, -1)];
}

/** Signed area of a ring (shoelace). */
export function ringArea(ring: Pt[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += ring[j]![0] * ring[i]![1] - ring[i]![0] * ring[j]![1];
  return sum / 2;
}

export class CompactPathContext {
  private readonly scale: number;
  private readonly tolerance: number;
  private readonly minArea: number;
  private out = '';
  private points: Pt[] = [];
  private cx = 0;
  private cy = 0;

  constructor(options: CompactOptions = {}) {
    this.scale = options.scale ?? 1;
    this.tolerance = (options.tolerance ?? 0) * this.scale;
    this.minArea = (options.minArea ?? 0) * this.scale * this.scale;
  }

  moveTo(x: number, y: number): void {
    this.flush(false);
    this.points = [this.snap(x, y)];
  }

  lineTo(x: number, y: number): void {
    const p = this.snap(x, y);
    const last = this.points[this.points.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) this.points.push(p);
  }

  closePath(): void {
    this.flush(true);
  }

  /** Points are not drawn by these maps. */
  arc(): void {}

  /** Paths are read with result(); nothing to reset here. */
  beginPath(): void {}

  /** The path data written since the last call, and reset. */
  result(): string {
    this.flush(false);
    const out = this.out;
    this.out = '';
    return out;
  }

  private snap(x: number, y: number): Pt {
    return [Math.round(x * this.scale), Math.round(y * this.scale)];
  }

  private num(n: number): string {
    const s = String(n / this.scale).replace(/^(-?)0\./, '$1.');
    return s;
  }

  private pair(dx: number, dy: number): string {
    const a = this.num(dx);
    const b = this.num(dy);
    return `${a}${b.startsWith('-') || (b.startsWith('.') && a.includes('.')) ? '' : ' '}${b}`;
  }

  private flush(closed: boolean): void {
    let pts = this.points;
    this.points = [];
    if (closed) {
      const [first, last] = [pts[0], pts[pts.length - 1]];
      if (pts.length > 1 && first![0] === last![0] && first![1] === last![1]) pts = pts.slice(0, -1);
      if (pts.length < 3 || Math.abs(ringArea(pts)) < this.minArea) return;
      pts = simplifyRing(pts, this.tolerance);
      if (pts.length < 3) return;
    } else {
      if (pts.length < 2) return;
      pts = simplifyLine(pts, this.tolerance);
    }
    const [x0, y0] = pts[0]!;
    const glue = (s: string) => (s.startsWith('-') ? s : ` ${s}`);
    this.out += this.out === '' ? `M${this.pair(x0, y0)}` : `m${this.pair(x0 - this.cx, y0 - this.cy)}`;
    let [px, py] = [x0, y0];
    let cmd = 'l';
    for (const [x, y] of pts.slice(1)) {
      this.out += cmd === '' ? glue(this.pair(x - px, y - py)) : `${cmd}${this.pair(x - px, y - py)}`;
      cmd = '';
      [px, py] = [x, y];
    }
    if (closed) {
      this.out += 'z';
      [this.cx, this.cy] = [x0, y0];
    } else {
      [this.cx, this.cy] = [px, py];
    }
  }
}
