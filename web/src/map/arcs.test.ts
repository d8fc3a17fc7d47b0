import { geoInterpolate } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { arcPoints, indexArcs, mapProjection, nearestArc } from './arcs.ts';

type Place = [longitude: number, latitude: number];
const LONDON: Place = [-0.1276, 51.5072];
const TOKYO: Place = [139.6917, 35.6895];
const DAKAR: Place = [-17.4677, 14.7167];
const BAMAKO: Place = [-8.0029, 12.6392];
const TOLERANCE = 6;

const projection = mapProjection();
const onMap = (place: Place) => projection(place)!;

describe('finding the link under the pointer', () => {
  const index = indexArcs([arcPoints(projection, DAKAR, BAMAKO), arcPoints(projection, LONDON, TOKYO)]);

  it('finds a long link where the map draws it, along the great circle', () => {
    for (const fraction of [0.1, 0.37, 0.5, 0.8]) {
      const [x, y] = onMap(geoInterpolate(LONDON, TOKYO)(fraction));
      expect(nearestArc(index, x, y, TOLERANCE)).toBe(1);
    }
  });

  it('does not find it on the straight line in longitude and latitude, where it is not drawn', () => {
    const [x, y] = onMap([(LONDON[0] + TOKYO[0]) / 2, (LONDON[1] + TOKYO[1]) / 2]);
    // The straight line's middle is far from the arc, which passes over Siberia.
    const [arcX, arcY] = onMap(geoInterpolate(LONDON, TOKYO)(0.5));
    expect(Math.hypot(x - arcX, y - arcY)).toBeGreaterThan(20);
    expect(nearestArc(index, x, y, TOLERANCE)).toBeNull();
  });

  it('finds a link between two of its samples, and the nearer of two links', () => {
    const points = arcPoints(projection, LONDON, TOKYO);
    const [x, y] = [(points[10]! + points[12]!) / 2, (points[11]! + points[13]!) / 2];
    expect(nearestArc(index, x, y, TOLERANCE)).toBe(1);
    const [dakarX, dakarY] = onMap(geoInterpolate(DAKAR, BAMAKO)(0.5));
    expect(nearestArc(index, dakarX, dakarY, TOLERANCE)).toBe(0);
    expect(nearestArc(index, dakarX, dakarY - 3 * TOLERANCE, TOLERANCE)).toBeNull();
  });

  it('breaks a link that crosses the edge of the map rather than joining its ends across the whole map', () => {
    const tokyoToSanFrancisco = arcPoints(projection, TOKYO, [-122.4194, 37.7749]);
    const gap = tokyoToSanFrancisco.findIndex(Number.isNaN);
    expect(tokyoToSanFrancisco.filter(Number.isNaN)).toHaveLength(2);
    // Where a segment joining the last point before the edge to the first one after it would pass.
    const [x, y] = [
      (tokyoToSanFrancisco[gap - 2]! + tokyoToSanFrancisco[gap + 2]!) / 2,
      (tokyoToSanFrancisco[gap - 1]! + tokyoToSanFrancisco[gap + 3]!) / 2,
    ];
    expect(nearestArc(indexArcs([tokyoToSanFrancisco]), x, y, TOLERANCE)).toBeNull();
    const joined = tokyoToSanFrancisco.filter((value) => !Number.isNaN(value));
    expect(nearestArc(indexArcs([joined]), x, y, TOLERANCE)).toBe(0);
    const [tokyoX, tokyoY] = onMap(TOKYO);
    expect(nearestArc(indexArcs([tokyoToSanFrancisco]), tokyoX, tokyoY, TOLERANCE)).toBe(0);
  });
});
