import { describe, expect, it } from 'vitest';
import {
  AGGREGATE_ABOVE,
  AGGREGATE_BELOW_ZOOM,
  aggregateByCountry,
  type LabelCandidate,
  placeLabels,
  shouldAggregate,
} from './layout.ts';

const point = (id: string, countryCode: string | null, longitude: number, latitude: number) => ({
  id,
  countryCode,
  longitude,
  latitude,
});

describe('grouping links by pair of countries', () => {
  it('counts each pair once in either direction, and agreements once however many links they have', () => {
    const points = [
      point('ivry', 'FR', 2.39, 48.81),
      point('lyon', 'FR', 4.83, 45.76),
      point('smara', 'EH', -11.66, 26.74),
      point('dakar', 'SN', -17.47, 14.72),
    ];
    const { pairs, countries } = aggregateByCountry(points, [
      { agreementId: 'a', from: 'ivry', to: 'smara' },
      { agreementId: 'b', from: 'smara', to: 'lyon' },
      // A three-party agreement: two links, one agreement between France and Senegal.
      { agreementId: 'c', from: 'dakar', to: 'ivry' },
      { agreementId: 'c', from: 'dakar', to: 'lyon' },
      { agreementId: 'd', from: 'ivry', to: 'lyon' },
      { agreementId: 'e', from: 'ivry', to: 'nowhere' },
    ]);
    expect(pairs).toEqual([
      { from: 'EH', to: 'FR', agreements: 2, links: 2 },
      { from: 'FR', to: 'FR', agreements: 1, links: 1 },
      { from: 'FR', to: 'SN', agreements: 1, links: 2 },
    ]);
    expect(countries.map((country) => [country.key, country.agreements])).toEqual([
      ['FR', 4],
      ['EH', 2],
      ['SN', 1],
    ]);
    const france = countries.find((country) => country.key === 'FR')!;
    expect(france.at[0]).toBeCloseTo(3.6, 0);
    expect(france.at[1]).toBeCloseTo(47.3, 0);
  });

  it('places a country across the antimeridian on it, not in the middle of the map', () => {
    const { countries } = aggregateByCountry(
      [point('a', 'FJ', 179, -17), point('b', 'FJ', -179, -17), point('c', 'NZ', 174.8, -41.3)],
      [
        { agreementId: 'x', from: 'a', to: 'c' },
        { agreementId: 'y', from: 'b', to: 'c' },
      ],
    );
    const fiji = countries.find((country) => country.key === 'FJ')!;
    expect(Math.abs(fiji.at[0])).toBeGreaterThan(179.9);
  });

  it('keeps a party of unknown country apart rather than joining it to others', () => {
    const { pairs } = aggregateByCountry(
      [point('p', null, 10, 10), point('q', null, 20, 20), point('r', 'FR', 2, 48)],
      [
        { agreementId: 'x', from: 'p', to: 'r' },
        { agreementId: 'y', from: 'q', to: 'r' },
      ],
    );
    expect(pairs).toHaveLength(2);
  });

  it('turns twenty thousand links into a few hundred pairs, quickly, with every agreement counted', () => {
    const codes = Array.from({ length: 60 }, (_, index) => `C${index}`);
    const points = Array.from({ length: 4000 }, (_, index) =>
      point(
        `p${index}`,
        codes[index % codes.length]!,
        ((index * 137.508) % 360) - 180,
        ((index * 61.803) % 140) - 70,
      ),
    );
    const links = Array.from({ length: 20_000 }, (_, index) => ({
      agreementId: `a${index}`,
      from: `p${index % points.length}`,
      to: `p${(index * 7919 + 13) % points.length}`,
    }));
    const started = performance.now();
    const { pairs, countries } = aggregateByCountry(points, links);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(pairs.length).toBeLessThanOrEqual((codes.length * (codes.length + 1)) / 2);
    expect(pairs.length).toBeLessThan(links.length / 10);
    expect(pairs.reduce((sum, pair) => sum + pair.agreements, 0)).toBe(links.length);
    expect(countries).toHaveLength(codes.length);
    for (let index = 1; index < pairs.length; index++)
      expect(pairs[index - 1]!.agreements).toBeGreaterThanOrEqual(pairs[index]!.agreements);
  });

  it('groups only a crowded map, and only while it is zoomed out', () => {
    expect(shouldAggregate(AGGREGATE_ABOVE, 1)).toBe(false);
    expect(shouldAggregate(AGGREGATE_ABOVE + 1, 1)).toBe(true);
    expect(shouldAggregate(20_000, AGGREGATE_BELOW_ZOOM)).toBe(false);
  });
});

describe('placing labels', () => {
  const label = (x: number, y: number, priority = 0): LabelCandidate => ({
    x,
    y,
    width: 40,
    height: 10,
    priority,
  });
  const boxes = (candidates: LabelCandidate[], placed: ReturnType<typeof placeLabels>) =>
    placed.map(({ index, left, top }) => ({
      left,
      top,
      right: left + candidates[index]!.width,
      bottom: top + candidates[index]!.height,
    }));

  it('puts a lone label after its dot in the reading direction', () => {
    const [right] = placeLabels([label(100, 100)], { width: 960, height: 500 });
    expect(right!.left).toBeGreaterThan(100);
    const [left] = placeLabels([label(100, 100)], { width: 960, height: 500 }, { rightToLeft: true });
    expect(left!.left + 40).toBeLessThan(100);
  });

  it('moves a label to another side rather than over a neighbour, and never overlaps two', () => {
    const candidates = [label(100, 100, 2), label(130, 100, 1), label(115, 115, 0)];
    const placed = placeLabels(candidates, { width: 960, height: 500 });
    expect(placed.map((p) => p.index).sort()).toEqual([0, 1, 2]);
    const drawn = boxes(candidates, placed);
    for (const [i, a] of drawn.entries())
      for (const b of drawn.slice(i + 1))
        expect(a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom).toBe(false);
  });

  it('leaves out the least important label when there is no room, and keeps labels inside the map', () => {
    const crowd = Array.from({ length: 30 }, (_, index) =>
      label(200 + (index % 3), 200 + (index % 2), index),
    );
    const placed = placeLabels(crowd, { width: 960, height: 500 });
    expect(placed.length).toBeLessThan(crowd.length);
    expect(placed[0]!.index).toBe(29);
    const edge = placeLabels([label(955, 5)], { width: 960, height: 500 });
    expect(edge[0]!.left + 40).toBeLessThanOrEqual(960);
    expect(edge[0]!.top).toBeGreaterThanOrEqual(0);
  });
});
