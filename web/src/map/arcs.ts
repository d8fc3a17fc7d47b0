import { type GeoProjection, geoEqualEarth, geoInterpolate } from 'd3-geo';

/** The map's drawing size, in the canvas's own units (CSS pixels at zoom 1). */
export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 500;

/** Points sampled along each link, for finding the one under the pointer. */
export const ARC_SAMPLES = 24;

/** The projection the world map draws with: Equal Earth, the whole sphere fitted in the canvas. */
export function mapProjection(): GeoProjection {
  return geoEqualEarth().fitExtent(
    [
      [8, 8],
      [MAP_WIDTH - 8, MAP_HEIGHT - 8],
    ],
    { type: 'Sphere' },
  );
}

type LongitudeLatitude = [longitude: number, latitude: number];

/** `longitude` as the projection sees it once rotated, in [-180, 180). */
function rotatedLongitude(projection: GeoProjection, longitude: number): number {
  const shifted = longitude + projection.rotate()[0];
  return ((((shifted + 180) % 360) + 360) % 360) - 180;
}

/**
 * A link's points on the map, where it is drawn: d3 draws a line between two places as the
 * great-circle arc (the shortest way over the globe), not as a straight line in longitude and
 * latitude, so the points are taken along that arc. Where the arc crosses the map's edge (the
 * antimeridian) and comes back in on the other side, a NaN pair breaks it: no segment joins the
 * two sides across the map. Returns x, y pairs.
 */
export function arcPoints(
  projection: GeoProjection,
  from: LongitudeLatitude,
  to: LongitudeLatitude,
  samples = ARC_SAMPLES,
): number[] {
  const along = geoInterpolate(from, to);
  const points: number[] = [];
  let previous: number | null = null;
  for (let step = 0; step < samples; step++) {
    const [longitude, latitude] = along(samples === 1 ? 0 : step / (samples - 1));
    const edgeLongitude = rotatedLongitude(projection, longitude);
    if (previous !== null && Math.abs(edgeLongitude - previous) > 180) points.push(Number.NaN, Number.NaN);
    previous = edgeLongitude;
    const projected = projection([longitude, latitude]);
    points.push(projected?.[0] ?? Number.NaN, projected?.[1] ?? Number.NaN);
  }
  return points;
}

/** Every link's arc points in one buffer, with each link's bounding box to skip far links at once. */
export interface ArcIndex {
  /** x, y pairs of all links, one after the other. */
  points: Float32Array;
  /** Link i's pairs are `starts[i]` to `starts[i + 1]` (in pairs). */
  starts: Uint32Array;
  /** minX, minY, maxX, maxY of each link. */
  bounds: Float32Array;
}

export function indexArcs(arcs: readonly number[][]): ArcIndex {
  const starts = new Uint32Array(arcs.length + 1);
  for (const [index, arc] of arcs.entries()) starts[index + 1] = starts[index]! + arc.length / 2;
  const points = new Float32Array(starts[arcs.length]! * 2);
  const bounds = new Float32Array(arcs.length * 4);
  for (const [index, arc] of arcs.entries()) {
    points.set(arc, starts[index]! * 2);
    let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
    for (let at = 0; at < arc.length; at += 2) {
      const [x, y] = [arc[at]!, arc[at + 1]!];
      if (Number.isNaN(x) || Number.isNaN(y)) continue;
      [minX, minY, maxX, maxY] = [Math.min(minX, x), Math.min(minY, y), Math.max(maxX, x), Math.max(maxY, y)];
    }
    bounds.set([minX, minY, maxX, maxY], index * 4);
  }
  return { points, starts, bounds };
}

/** Squared distance from (x, y) to the segment a–b; NaN when either end is a break. */
function segmentDistanceSquared(
  x: number,
  y: number,
  ax: number,
  ay: number,
  bx: number,
  by: number,
): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length = dx * dx + dy * dy;
  const along = length > 0 ? Math.min(1, Math.max(0, ((x - ax) * dx + (y - ay) * dy) / length)) : 0;
  const ex = ax + along * dx - x;
  const ey = ay + along * dy - y;
  return ex * ex + ey * ey;
}

/**
 * The link whose drawn arc passes nearest to (x, y), within `tolerance` (in the same units), or null.
 * Distances are to the segments between consecutive points, so a click between two samples counts.
 */
export function nearestArc(index: ArcIndex, x: number, y: number, tolerance: number): number | null {
  const { points, starts, bounds } = index;
  let best: number | null = null;
  let bestDistance = tolerance * tolerance;
  for (let link = 0; link + 1 < starts.length; link++) {
    const box = link * 4;
    if (
      x < bounds[box]! - tolerance ||
      y < bounds[box + 1]! - tolerance ||
      x > bounds[box + 2]! + tolerance ||
      y > bounds[box + 3]! + tolerance
    )
      continue;
    for (let pair = starts[link]!; pair + 1 < starts[link + 1]!; pair++) {
      const distance = segmentDistanceSquared(
        x,
        y,
        points[pair * 2]!,
        points[pair * 2 + 1]!,
        points[pair * 2 + 2]!,
        points[pair * 2 + 3]!,
      );
      // A NaN distance (a break in the arc) compares false: that segment is never chosen.
      if (distance < bestDistance) {
        bestDistance = distance;
        best = link;
      }
    }
  }
  return best;
}
