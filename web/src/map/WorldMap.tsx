import { ActionIcon, Box, Checkbox, Group, Text } from '@mantine/core';
import { useMounted } from '@mantine/hooks';
import { IconFocusCentered, IconMinus, IconPlus } from '@tabler/icons-react';
import { geoGraticule10, geoPath } from 'd3-geo';
import { pointer, select } from 'd3-selection';
import { type D3ZoomEvent, type ZoomBehavior, zoom, zoomIdentity } from 'd3-zoom';
import { type KeyboardEvent, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { AGREEMENT_STATUSES, type AgreementStatus } from '../../../src/agreements/lifecycle.ts';
import { directionOf } from '../../../src/shared/languages.ts';
import type { AgreementLink, MapPoint } from '../api/types.ts';
import { useLanguage, useT } from '../i18n/i18n.tsx';
import { countryName, pickText } from '../i18n/names.ts';
import { joinNames, separatorText } from '../ui/bidi.tsx';
import { STATUS_COLORS, STATUS_LABELS } from '../ui/labels.ts';
import {
  type ArcIndex,
  arcPoints,
  indexArcs,
  MAP_HEIGHT,
  MAP_WIDTH,
  mapProjection,
  nearestArc,
} from './arcs.ts';
import {
  AGGREGATE_ABOVE,
  AGGREGATE_BELOW_ZOOM,
  aggregateByCountry,
  type CountryPair,
  type LabelCandidate,
  placeLabels,
  shouldAggregate,
} from './layout.ts';
import './map.css';

export type { MapPoint };
export type MapLink = AgreementLink;

const BACKGROUND = '#f1f5f9';
const GROUPED_COLOR = '#1d4f91';
const LABEL_FONT_SIZE = 11;
const LABEL_FONT = `${LABEL_FONT_SIZE}px "Noto Sans", "Noto Sans Arabic", sans-serif`;
/** The most labels drawn at once: past that, a map is names, not places. */
const LABEL_LIMIT = 60;
const MAX_ZOOM = 40;

/** Natural Earth's countries as world-atlas ships them (typed in world-atlas.d.ts). */
type WorldTopology = Topology<{ countries: GeometryCollection; land: GeometryCollection }>;

interface Basemap {
  land: Path2D;
  borders: Path2D;
  graticule: Path2D;
}

interface Projected<T> {
  x: number;
  y: number;
  item: T;
}

/** Each link drawn on its own. */
interface LinkScene {
  kind: 'links';
  /** One path per status, so twenty thousand arcs are a handful of strokes. */
  arcs: Map<string, Path2D>;
  /** Each link's arc as sampled points: for the one under the pointer, and its focus outline. */
  hits: ArcIndex;
  items: MapLink[];
  points: Array<Projected<MapPoint> & { degree: number }>;
}

/** Links grouped by pair of countries, each drawn once with its count. */
interface CountryScene {
  kind: 'countries';
  hits: ArcIndex;
  items: Array<CountryPair & { middle: [number, number] }>;
  countries: Array<Projected<{ key: string; countryCode: string | null; agreements: number }>>;
}

type Scene = LinkScene | CountryScene;

function prepareBasemap(topology: WorldTopology): Basemap {
  const path = geoPath(mapProjection());
  const toPath = (object: Parameters<typeof path>[0]) => new Path2D(path(object) ?? '');
  const countries = topology.objects.countries;
  return {
    land: toPath(feature(topology, countries)),
    borders: toPath(mesh(topology, countries, (a, b) => a !== b)),
    graticule: toPath(geoGraticule10()),
  };
}

/** The sampled points of an arc as an SVG or canvas path, broken where the arc leaves the map. */
function sampledPath(points: ArrayLike<number>, from = 0, to = points.length): string {
  let d = '';
  let pen = false;
  for (let at = from; at + 1 < to; at += 2) {
    const x = points[at]!;
    const y = points[at + 1]!;
    if (Number.isNaN(x) || Number.isNaN(y)) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${x.toFixed(1)} ${y.toFixed(1)}`;
    pen = true;
  }
  return d;
}

function prepareLinks(points: MapPoint[], links: MapLink[]): LinkScene {
  // Arcs are sampled (arcs.ts) and drawn from their samples: thousands of them stay cheap to draw.
  const projection = mapProjection();
  const byId = new Map(points.map((point) => [point.id, point]));
  const degree = new Map<string, number>();
  const arcs = new Map<string, Path2D>();
  const sampled: number[][] = [];
  const items: MapLink[] = [];
  for (const link of links) {
    const from = byId.get(link.from);
    const to = byId.get(link.to);
    if (!from || !to) continue;
    const samples = arcPoints(projection, [from.longitude, from.latitude], [to.longitude, to.latitude]);
    let path = arcs.get(link.status);
    if (!path) {
      path = new Path2D();
      arcs.set(link.status, path);
    }
    path.addPath(new Path2D(sampledPath(samples)));
    sampled.push(samples);
    items.push(link);
    for (const id of [link.from, link.to]) degree.set(id, (degree.get(id) ?? 0) + 1);
  }
  return {
    kind: 'links',
    arcs,
    hits: indexArcs(sampled),
    items,
    points: points.flatMap((point) => {
      const projected = projection([point.longitude, point.latitude]);
      return projected
        ? [{ x: projected[0], y: projected[1], item: point, degree: degree.get(point.id) ?? 0 }]
        : [];
    }),
  };
}

function prepareCountries(points: MapPoint[], links: MapLink[]): CountryScene {
  const projection = mapProjection();
  const { countries, pairs } = aggregateByCountry(points, links);
  const at = new Map(countries.map((country) => [country.key, country.at]));
  const sampled: number[][] = [];
  const items: CountryScene['items'] = [];
  for (const pair of pairs) {
    const from = at.get(pair.from)!;
    const to = at.get(pair.to)!;
    const samples = arcPoints(projection, from, to);
    const middle = projection([(from[0] + to[0]) / 2, (from[1] + to[1]) / 2]) ?? [0, 0];
    const half = Math.floor(samples.length / 4) * 2;
    const onArc: [number, number] = Number.isNaN(samples[half]!)
      ? [middle[0], middle[1]]
      : [samples[half]!, samples[half + 1]!];
    sampled.push(samples);
    items.push({ ...pair, middle: onArc });
  }
  return {
    kind: 'countries',
    hits: indexArcs(sampled),
    items,
    countries: countries.flatMap((country) => {
      const projected = projection(country.at);
      return projected ? [{ x: projected[0], y: projected[1], item: country }] : [];
    }),
  };
}

let measuring: CanvasRenderingContext2D | null = null;
function textWidth(text: string): number {
  measuring ??= document.createElement('canvas').getContext('2d');
  if (!measuring) return text.length * LABEL_FONT_SIZE * 0.6;
  measuring.font = LABEL_FONT;
  return measuring.measureText(text).width;
}

type View = { k: number; x: number; y: number };

const inView = (x: number, y: number, view: View) => {
  const sx = x * view.k + view.x;
  const sy = y * view.k + view.y;
  return sx >= 0 && sy >= 0 && sx <= MAP_WIDTH && sy <= MAP_HEIGHT;
};

/** Whether a link's box (minX, minY, maxX, maxY in map units) shows in the view. */
const boxInView = (bounds: Float32Array, index: number, view: View) =>
  bounds[index * 4 + 2]! * view.k + view.x >= 0 &&
  bounds[index * 4 + 3]! * view.k + view.y >= 0 &&
  bounds[index * 4]! * view.k + view.x <= MAP_WIDTH &&
  bounds[index * 4 + 1]! * view.k + view.y <= MAP_HEIGHT;

/**
 * Twinning links drawn as arcs over Natural Earth's countries, on a canvas, with an SVG layer above
 * it that holds what a keyboard and a screen reader need (each link as a link, labels). Zoom with
 * the wheel, a pinch or the buttons, pan by dragging or with the arrow keys, click an arc (or Tab to
 * it and press Enter) to open its agreement. A crowded map shows links grouped by pair of countries
 * until it is zoomed in.
 */
export function WorldMap(props: { points: MapPoint[]; links: MapLink[]; label: string }) {
  // A canvas is drawn in the browser: the page rendered on the server holds the map's place, and
  // the browser draws it once it has taken the page over.
  const mounted = useMounted();
  return mounted ? <DrawnWorldMap {...props} /> : <Box className="world-map" aria-busy="true" />;
}

function DrawnWorldMap({ points, links, label }: { points: MapPoint[]; links: MapLink[]; label: string }) {
  const t = useT();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const canvas = useRef<HTMLCanvasElement>(null);
  const overlay = useRef<SVGSVGElement>(null);
  const zoomer = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const [topology, setTopology] = useState<WorldTopology | null>(null);
  const [hidden, setHidden] = useState<Set<string>>(new Set());
  const [view, setView] = useState<View>({ k: 1, x: 0, y: 0 });
  const [hover, setHover] = useState<number | null>(null);
  // Map units per CSS pixel: on a phone the map is a third of its drawing size, and labels and the
  // reach of a finger are kept at their size on the screen.
  const [unit, setUnit] = useState(1);

  useEffect(() => {
    // The basemap ships with the app (world-atlas, Natural Earth 1:110m): no tile server.
    void import('world-atlas/countries-110m.json').then((module) => setTopology(module.default));
  }, []);

  useEffect(() => {
    const element = overlay.current;
    if (!element) return;
    const behavior = zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, MAX_ZOOM])
      .extent([
        [0, 0],
        [MAP_WIDTH, MAP_HEIGHT],
      ])
      .translateExtent([
        [0, 0],
        [MAP_WIDTH, MAP_HEIGHT],
      ])
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        const { k, x, y } = event.transform;
        setView({ k, x, y });
      });
    const selection = select(element);
    selection.call(behavior);
    const resized = new ResizeObserver(() => {
      if (element.clientWidth > 0) setUnit(MAP_WIDTH / element.clientWidth);
    });
    resized.observe(element);
    zoomer.current = behavior;
    // d3-zoom lets the page scroll once the zoom is at its limit; over the map, the wheel only zooms.
    const keepPage = (event: WheelEvent) => event.preventDefault();
    element.addEventListener('wheel', keepPage, { passive: false });
    return () => {
      selection.on('.zoom', null);
      resized.disconnect();
      element.removeEventListener('wheel', keepPage);
      zoomer.current = null;
    };
  }, []);

  const visibleLinks = useMemo(() => links.filter((link) => !hidden.has(link.status)), [links, hidden]);
  const basemap = useMemo(() => (topology ? prepareBasemap(topology) : null), [topology]);
  const linkScene = useMemo(() => prepareLinks(points, visibleLinks), [points, visibleLinks]);
  const grouped = shouldAggregate(visibleLinks.length, view.k);
  const countryScene = useMemo(
    () => (visibleLinks.length > AGGREGATE_ABOVE ? prepareCountries(points, visibleLinks) : null),
    [points, visibleLinks],
  );
  const scene: Scene = grouped && countryScene ? countryScene : linkScene;

  // A new scene has other items: what was hovered no longer means the same.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset when the scene changes
  useEffect(() => setHover(null), [scene]);

  // The last full drawing and the view it was made for: while the reader pans or zooms, it is moved
  // and scaled at once (one image copy), and the arcs are drawn anew only when they pause.
  const snapshot = useRef<{ image: HTMLCanvasElement; view: View; scene: Scene; basemap: Basemap } | null>(
    null,
  );

  useEffect(() => {
    const element = canvas.current;
    if (!element || !basemap) return;
    const ratio = window.devicePixelRatio || 1;
    if (element.width !== MAP_WIDTH * ratio) {
      element.width = MAP_WIDTH * ratio;
      element.height = MAP_HEIGHT * ratio;
    }
    const context = element.getContext('2d')!;
    const drawFull = () => {
      context.setTransform(ratio, 0, 0, ratio, 0, 0);
      context.fillStyle = BACKGROUND;
      context.fillRect(0, 0, MAP_WIDTH, MAP_HEIGHT);
      context.setTransform(ratio * view.k, 0, 0, ratio * view.k, ratio * view.x, ratio * view.y);
      context.lineWidth = 0.5 / view.k;
      context.strokeStyle = '#e2e8f0';
      context.stroke(basemap.graticule);
      context.fillStyle = '#d6dde6';
      context.fill(basemap.land);
      context.strokeStyle = '#ffffff';
      context.stroke(basemap.borders);
      if (scene.kind === 'links') {
        context.lineWidth = 1.2 / view.k;
        context.globalAlpha = 0.7;
        for (const [status, path] of scene.arcs) {
          context.strokeStyle = STATUS_COLORS[status as AgreementStatus] ?? '#334155';
          context.stroke(path);
        }
        context.globalAlpha = 1;
        context.fillStyle = '#0c3a66';
        const radius = 2.2 / view.k;
        for (const { x, y } of scene.points) {
          context.beginPath();
          context.arc(x, y, radius, 0, Math.PI * 2);
          context.fill();
        }
      } else {
        context.strokeStyle = GROUPED_COLOR;
        context.fillStyle = GROUPED_COLOR;
        context.globalAlpha = 0.55;
        const { points: samples, starts } = scene.hits;
        for (const [index, pair] of scene.items.entries()) {
          if (pair.from === pair.to) continue;
          context.lineWidth = (0.8 + 1.6 * Math.log10(pair.agreements + 1)) / view.k;
          context.stroke(new Path2D(sampledPath(samples, starts[index]! * 2, starts[index + 1]! * 2)));
        }
        context.globalAlpha = 0.85;
        for (const { x, y, item } of scene.countries) {
          context.beginPath();
          context.arc(x, y, (2 + 1.5 * Math.log10(item.agreements + 1)) / view.k, 0, Math.PI * 2);
          context.fill();
        }
        context.globalAlpha = 1;
      }
      const image = snapshot.current?.image ?? document.createElement('canvas');
      image.width = element.width;
      image.height = element.height;
      image.getContext('2d')!.drawImage(element, 0, 0);
      snapshot.current = { image, view, scene, basemap };
    };
    const last = snapshot.current;
    if (!last || last.scene !== scene || last.basemap !== basemap) {
      const frame = requestAnimationFrame(drawFull);
      return () => cancelAnimationFrame(frame);
    }
    const frame = requestAnimationFrame(() => {
      const scale = view.k / last.view.k;
      context.setTransform(1, 0, 0, 1, 0, 0);
      context.fillStyle = BACKGROUND;
      context.fillRect(0, 0, element.width, element.height);
      context.setTransform(
        scale,
        0,
        0,
        scale,
        ratio * (view.x - last.view.x * scale),
        ratio * (view.y - last.view.y * scale),
      );
      context.drawImage(last.image, 0, 0);
    });
    const settle = setTimeout(() => requestAnimationFrame(drawFull), 150);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(settle);
    };
  }, [basemap, scene, view]);

  const { nameOf, placeOf, number } = useMemo(() => {
    const byId = new Map(points.map((point) => [point.id, point]));
    const nameOf = (id: string) => pickText(byId.get(id)?.name, language).text;
    return {
      nameOf,
      /** A country's name, or a party's own when its country is unknown (aggregateByCountry's key). */
      placeOf: (key: string, code: string | null) => (code ? countryName(code, language) : nameOf(key)),
      number: new Intl.NumberFormat(language),
    };
  }, [points, language]);

  /** What a link or a pair of countries is called, for its link, the live region and the labels. */
  const describe = (index: number): string => {
    if (scene.kind === 'links') {
      const link = scene.items[index]!;
      return `${joinNames([nameOf(link.from), nameOf(link.to)], language, 'em')}${separatorText('dot', language)}${t(
        STATUS_LABELS[link.status as AgreementStatus] ?? 'status.unknown',
      )}`;
    }
    const pair = scene.items[index]!;
    const code = (key: string) => (key.length === 2 ? key : null);
    const names =
      pair.from === pair.to
        ? [placeOf(pair.from, code(pair.from))]
        : [placeOf(pair.from, code(pair.from)), placeOf(pair.to, code(pair.to))];
    return `${joinNames(names, language, 'em')}${separatorText('dot', language)}${t('map.pair_agreements', {
      count: pair.agreements,
    })}`;
  };

  const zoomBy = (factor: number) => {
    if (overlay.current && zoomer.current) zoomer.current.scaleBy(select(overlay.current), factor);
  };
  const panBy = (dx: number, dy: number) => {
    if (overlay.current && zoomer.current)
      zoomer.current.translateBy(select(overlay.current), dx / view.k, dy / view.k);
  };
  const resetZoom = () => {
    if (overlay.current && zoomer.current) zoomer.current.transform(select(overlay.current), zoomIdentity);
  };
  /** Opens what an item stands for: a link's agreement, or a closer look at a pair of countries. */
  const open = (index: number) => {
    if (scene.kind === 'links') {
      navigate(`/agreements/${scene.items[index]!.agreementId}`);
      return;
    }
    const [x, y] = scene.items[index]!.middle;
    if (overlay.current && zoomer.current)
      zoomer.current.transform(
        select(overlay.current),
        zoomIdentity
          .translate(MAP_WIDTH / 2, MAP_HEIGHT / 2)
          .scale(AGGREGATE_BELOW_ZOOM)
          .translate(-x, -y),
      );
  };

  /** The item under a pointer event, in map units. */
  const itemAt = (event: { clientX: number; clientY: number }): number | null => {
    const element = overlay.current;
    if (!element) return null;
    const [sx, sy] = pointer(event, element);
    return nearestArc(scene.hits, (sx - view.x) / view.k, (sy - view.y) / view.k, (8 * unit) / view.k);
  };

  // What the keyboard reaches: every item of a small map; of a large one, those in view.
  const deferredView = useDeferredValue(view);
  const focusable = useMemo(() => {
    const indexes: number[] = [];
    for (let index = 0; index < scene.items.length && indexes.length < AGGREGATE_ABOVE; index++)
      if (scene.items.length <= AGGREGATE_ABOVE || boxInView(scene.hits.bounds, index, deferredView))
        indexes.push(index);
    return indexes.map((index) => ({
      index,
      d: sampledPath(scene.hits.points, scene.hits.starts[index]! * 2, scene.hits.starts[index + 1]! * 2),
    }));
  }, [scene, deferredView]);

  const labels = useMemo(() => {
    const texts: string[] = [];
    const candidates: LabelCandidate[] = [];
    const add = (x: number, y: number, text: string, priority: number) => {
      if (!inView(x, y, deferredView) || !text) return;
      texts.push(text);
      candidates.push({
        x: x * deferredView.k + deferredView.x,
        y: y * deferredView.k + deferredView.y,
        width: textWidth(text) * unit,
        height: (LABEL_FONT_SIZE + 2) * unit,
        priority,
      });
    };
    if (scene.kind === 'links') {
      const busiest = scene.points
        .filter(({ x, y }) => inView(x, y, deferredView))
        .sort((a, b) => b.degree - a.degree)
        .slice(0, LABEL_LIMIT * 4);
      for (const { x, y, item, degree } of busiest) add(x, y, pickText(item.name, language).text, degree);
    } else {
      for (const { x, y, item } of scene.countries.slice(0, LABEL_LIMIT * 2))
        add(
          x,
          y,
          `${placeOf(item.key, item.countryCode)} ${number.format(item.agreements)}`,
          item.agreements * 2,
        );
      // Each pair's count beside its arc, where there is room: the busiest pairs first.
      for (const pair of scene.items.slice(0, LABEL_LIMIT * 2))
        if (pair.from !== pair.to)
          add(pair.middle[0], pair.middle[1], number.format(pair.agreements), pair.agreements);
    }
    return placeLabels(
      candidates,
      { width: MAP_WIDTH, height: MAP_HEIGHT },
      {
        rightToLeft: directionOf(language) === 'rtl',
        limit: LABEL_LIMIT,
        gap: 4 * unit,
        dotRadius: 3 * unit,
      },
    ).map((placed) => ({ ...placed, text: texts[placed.index]!, width: candidates[placed.index]!.width }));
  }, [scene, deferredView, language, placeOf, number, unit]);

  const counts = useMemo(() => {
    const byStatus = new Map<string, number>();
    for (const link of links) byStatus.set(link.status, (byStatus.get(link.status) ?? 0) + 1);
    return byStatus;
  }, [links]);

  const onKeyDown = (event: KeyboardEvent) => {
    const step = 40;
    switch (event.key) {
      case '+':
      case '=':
        zoomBy(1.25);
        break;
      case '-':
        zoomBy(0.8);
        break;
      case 'ArrowLeft':
        panBy(step, 0);
        break;
      case 'ArrowRight':
        panBy(-step, 0);
        break;
      case 'ArrowUp':
        panBy(0, step);
        break;
      case 'ArrowDown':
        panBy(0, -step);
        break;
      case '0':
        resetZoom();
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  return (
    <Box>
      <Group gap="md" mb="xs" role="group" aria-label={t('map.filter_status')}>
        {AGREEMENT_STATUSES.filter((status) => counts.has(status)).map((status) => (
          <Checkbox
            key={status}
            size="xs"
            color={STATUS_COLORS[status]}
            checked={!hidden.has(status)}
            label={`${t(STATUS_LABELS[status])} (${number.format(counts.get(status) ?? 0)})`}
            onChange={(event) => {
              const next = new Set(hidden);
              if (event.currentTarget.checked) next.delete(status);
              else next.add(status);
              setHidden(next);
            }}
          />
        ))}
      </Group>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: the keys reach the map from its canvas and its links */}
      <div className="world-map" onKeyDown={onKeyDown} data-zoom={view.k.toFixed(3)}>
        <canvas
          ref={canvas}
          role="img"
          aria-label={`${label}. ${t('map.summary', { links: visibleLinks.length, places: points.length })}`}
          tabIndex={0}
          data-links={visibleLinks.length}
          data-grouped={scene.kind === 'countries' ? 'true' : 'false'}
        />
        {/* biome-ignore lint/a11y/useKeyWithClickEvents: keys reach each item through its own link, and the map through its canvas */}
        {/* biome-ignore lint/a11y/useSemanticElements: an SVG layer cannot be a fieldset; it groups the map's links */}
        <svg
          ref={overlay}
          viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
          aria-label={scene.kind === 'links' ? t('map.links_label') : t('map.pairs_label')}
          role="group"
          style={{ cursor: hover === null ? 'grab' : 'pointer' }}
          onPointerMove={(event) => {
            if (event.buttons) return;
            setHover(itemAt(event));
          }}
          onPointerLeave={() => setHover(null)}
          onClick={(event) => {
            const index = itemAt(event);
            if (index !== null) open(index);
          }}
        >
          <g transform={`translate(${view.x} ${view.y}) scale(${view.k})`}>
            {focusable.map(({ index, d }) => {
              const name = describe(index);
              const common = {
                className: 'world-map-item',
                'aria-label': name,
                onFocus: () => setHover(index),
                onBlur: () => setHover(null),
                onKeyDown: (event: KeyboardEvent) => {
                  if (event.key !== 'Enter' && !(scene.kind === 'countries' && event.key === ' ')) return;
                  event.preventDefault();
                  event.stopPropagation();
                  open(index);
                },
              };
              const path = <path key="arc" d={d} vectorEffect="non-scaling-stroke" />;
              return scene.kind === 'links' ? (
                <a
                  key={`${scene.kind}-${index}`}
                  href={`/agreements/${scene.items[index]!.agreementId}`}
                  {...common}
                  onClick={(event) => {
                    event.preventDefault();
                    event.stopPropagation();
                    open(index);
                  }}
                >
                  {path}
                </a>
              ) : (
                // biome-ignore lint/a11y/useSemanticElements: an SVG shape cannot be a <button>
                <g key={`${scene.kind}-${index}`} role="button" tabIndex={0} {...common}>
                  {path}
                </g>
              );
            })}
          </g>
          {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: a group of text, never focused; the links name the places */}
          <g aria-hidden="true" className="world-map-labels">
            {labels.map(({ index, left, top, text, width }) => (
              <text
                key={`${index}-${text}`}
                x={left + width / 2}
                y={top + LABEL_FONT_SIZE * unit}
                textAnchor="middle"
                fontSize={LABEL_FONT_SIZE * unit}
                strokeWidth={3 * unit}
              >
                {text}
              </text>
            ))}
          </g>
        </svg>
        <div className="world-map-zoom">
          <ActionIcon variant="default" size="lg" aria-label={t('map.zoom_in')} onClick={() => zoomBy(1.5)}>
            <IconPlus size={18} aria-hidden />
          </ActionIcon>
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={t('map.zoom_out')}
            onClick={() => zoomBy(1 / 1.5)}
          >
            <IconMinus size={18} aria-hidden />
          </ActionIcon>
          <ActionIcon variant="default" size="lg" aria-label={t('map.zoom_reset')} onClick={resetZoom}>
            <IconFocusCentered size={18} aria-hidden />
          </ActionIcon>
        </div>
      </div>
      <Text size="sm" c="dimmed" mt={4} aria-live="polite">
        {hover !== null && hover < scene.items.length
          ? describe(hover)
          : scene.kind === 'countries'
            ? t('map.grouped', { links: visibleLinks.length })
            : t('map.help')}
      </Text>
    </Box>
  );
}
