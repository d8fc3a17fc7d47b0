/**
 * What the world map shows besides single arcs, as plain functions: links grouped by pair of
 * countries when there are too many to read one by one, and labels placed where they overlap
 * nothing already placed.
 */

/** Past this many links, a zoomed-out map shows them grouped by pair of countries. */
export const AGGREGATE_ABOVE = 500;
/** From this zoom on, single links are shown again, even when there are many. */
export const AGGREGATE_BELOW_ZOOM = 4;

/** Whether the map groups its links by pair of countries at this zoom. */
export function shouldAggregate(linkCount: number, zoom: number): boolean {
  return linkCount > AGGREGATE_ABOVE && zoom < AGGREGATE_BELOW_ZOOM;
}

type LongitudeLatitude = [longitude: number, latitude: number];

interface PointLike {
  id: string;
  countryCode: string | null;
  longitude: number;
  latitude: number;
}

interface LinkLike {
  agreementId: string;
  from: string;
  to: string;
}

/** A country's place on the map: the mean position of its located parties. */
export interface CountryNode {
  /** The ISO code, or the party's id when its country is unknown (it then stands alone). */
  key: string;
  countryCode: string | null;
  at: LongitudeLatitude;
  /** Agreements with a party there. */
  agreements: number;
}

/** All links between two countries (or within one: `from` equals `to`). */
export interface CountryPair {
  from: string;
  to: string;
  /** Distinct agreements among the links grouped. */
  agreements: number;
  links: number;
}

/**
 * Groups links by the pair of countries they join, in either direction. Each country is placed at
 * the spherical mean of its parties' positions, so that a country across the antimeridian is not
 * put in the middle of the map. Pairs come biggest first.
 */
export function aggregateByCountry(
  points: readonly PointLike[],
  links: readonly LinkLike[],
): { countries: CountryNode[]; pairs: CountryPair[] } {
  const keyOf = new Map<string, string>();
  const sums = new Map<string, { x: number; y: number; z: number; code: string | null }>();
  for (const point of points) {
    const key = point.countryCode ?? point.id;
    keyOf.set(point.id, key);
    const lambda = (point.longitude * Math.PI) / 180;
    const phi = (point.latitude * Math.PI) / 180;
    const sum = sums.get(key) ?? { x: 0, y: 0, z: 0, code: point.countryCode };
    sum.x += Math.cos(phi) * Math.cos(lambda);
    sum.y += Math.cos(phi) * Math.sin(lambda);
    sum.z += Math.sin(phi);
    sums.set(key, sum);
  }
  const pairs = new Map<string, CountryPair & { seen: Set<string> }>();
  const perCountry = new Map<string, Set<string>>();
  for (const link of links) {
    const a = keyOf.get(link.from);
    const b = keyOf.get(link.to);
    if (a === undefined || b === undefined) continue;
    const [from, to] = a <= b ? [a, b] : [b, a];
    const key = `${from}\u0000${to}`;
    let pair = pairs.get(key);
    if (!pair) {
      pair = { from, to, agreements: 0, links: 0, seen: new Set() };
      pairs.set(key, pair);
    }
    pair.links += 1;
    if (!pair.seen.has(link.agreementId)) {
      pair.seen.add(link.agreementId);
      pair.agreements += 1;
    }
    for (const country of from === to ? [from] : [from, to]) {
      const seen = perCountry.get(country) ?? new Set();
      seen.add(link.agreementId);
      perCountry.set(country, seen);
    }
  }
  const countries: CountryNode[] = [];
  for (const [key, agreementIds] of perCountry) {
    const { x, y, z, code } = sums.get(key)!;
    countries.push({
      key,
      countryCode: code,
      at: [(Math.atan2(y, x) * 180) / Math.PI, (Math.atan2(z, Math.hypot(x, y)) * 180) / Math.PI],
      agreements: agreementIds.size,
    });
  }
  countries.sort((a, b) => b.agreements - a.agreements || a.key.localeCompare(b.key));
  return {
    countries,
    pairs: [...pairs.values()]
      .map(({ seen: _seen, ...pair }) => pair)
      .sort(
        (a, b) => b.agreements - a.agreements || a.from.localeCompare(b.from) || a.to.localeCompare(b.to),
      ),
  };
}

/** A label to place beside an anchor (a dot of the map), the most important first. */
export interface LabelCandidate {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Higher is placed first, so a crowded map keeps its busiest places named. */
  priority: number;
}

export interface PlacedLabel {
  /** The candidate's index. */
  index: number;
  /** The label's box: left, top (in the same units as the candidates). */
  left: number;
  top: number;
}

type Box = { left: number; top: number; right: number; bottom: number };

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Places each label beside its anchor, trying the side after it in the reading direction first,
 * then the other side, above and below, and leaves it out when every position overlaps a label
 * already placed, another anchor's dot, or the edge of the area.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  area: { width: number; height: number },
  options: { gap?: number; dotRadius?: number; rightToLeft?: boolean; limit?: number } = {},
): PlacedLabel[] {
  const gap = options.gap ?? 4;
  const radius = options.dotRadius ?? 3;
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const dots: Box[] = candidates.map(({ x, y }) => ({
    left: x - radius,
    top: y - radius,
    right: x + radius,
    bottom: y + radius,
  }));
  const order = candidates
    .map((_, index) => index)
    .sort((a, b) => candidates[b]!.priority - candidates[a]!.priority || a - b);
  const placed: Box[] = [];
  const result: PlacedLabel[] = [];
  for (const index of order) {
    if (result.length >= limit) break;
    const { x, y, width, height } = candidates[index]!;
    const after = { left: x + gap + radius, top: y - height / 2 };
    const before = { left: x - gap - radius - width, top: y - height / 2 };
    const positions = [
      ...(options.rightToLeft ? [before, after] : [after, before]),
      { left: x - width / 2, top: y - radius - gap - height },
      { left: x - width / 2, top: y + radius + gap },
    ];
    for (const { left, top } of positions) {
      const box = { left, top, right: left + width, bottom: top + height };
      if (box.left < 0 || box.top < 0 || box.right > area.width || box.bottom > area.height) continue;
      if (placed.some((other) => overlaps(box, other))) continue;
      if (dots.some((dot, at) => at !== index && overlaps(box, dot))) continue;
      placed.push(box);
      result.push({ index, left, top });
      break;
    }
  }
  return result;
}
