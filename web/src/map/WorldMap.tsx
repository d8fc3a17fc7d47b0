import { Box, Checkbox, Group, Text } from '@mantine/core';
import { geoGraticule10, geoPath } from 'd3-geo';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { AGREEMENT_STATUSES, type AgreementStatus } from '../../../src/agreements/lifecycle.ts';
import type { AgreementLink, MapPoint } from '../api/types.ts';
import { useLanguage, useT } from '../i18n/i18n.tsx';
import { pickText } from '../i18n/names.ts';
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

export type { MapPoint };
export type MapLink = AgreementLink;

const BACKGROUND = '#f1f5f9';

/** Natural Earth's countries as world-atlas ships them (typed in world-atlas.d.ts). */
type WorldTopology = Topology<{ countries: GeometryCollection; land: GeometryCollection }>;

interface Prepared {
  land: Path2D;
  borders: Path2D;
  graticule: Path2D;
  /** One path per status, so twenty thousand arcs are a handful of strokes. */
  arcs: Map<string, Path2D>;
  /** Each link's arc as sampled points, for finding the one under the pointer. */
  hits: ArcIndex;
  linkIndex: MapLink[];
  points: Array<{ x: number; y: number; point: MapPoint }>;
}

function prepare(topology: WorldTopology, points: MapPoint[], links: MapLink[]): Prepared {
  const projection = mapProjection();
  const toPath = (object: Parameters<ReturnType<typeof geoPath>>[0]) =>
    new Path2D(geoPath(projection)(object) ?? '');
  const countries = topology.objects.countries;
  const byId = new Map(points.map((point) => [point.id, point]));
  const land = toPath(feature(topology, countries));
  const borders = toPath(mesh(topology, countries, (a, b) => a !== b));
  const graticule = toPath(geoGraticule10());
  // Arcs are resampled to within two pixels: thousands of them stay cheap to draw.
  projection.precision(2);
  const arcs = new Map<string, Path2D>();
  const sampled: number[][] = [];
  const linkIndex: MapLink[] = [];
  const line = geoPath(projection);
  for (const link of links) {
    const from = byId.get(link.from);
    const to = byId.get(link.to);
    if (!from || !to) continue;
    const geometry = {
      type: 'LineString' as const,
      coordinates: [
        [from.longitude, from.latitude],
        [to.longitude, to.latitude],
      ],
    };
    let path = arcs.get(link.status);
    if (!path) {
      path = new Path2D();
      arcs.set(link.status, path);
    }
    path.addPath(new Path2D(line(geometry) ?? ''));
    sampled.push(arcPoints(projection, [from.longitude, from.latitude], [to.longitude, to.latitude]));
    linkIndex.push(link);
  }
  return {
    land,
    borders,
    graticule,
    arcs,
    hits: indexArcs(sampled),
    linkIndex,
    points: points.flatMap((point) => {
      const projected = projection([point.longitude, point.latitude]);
      return projected ? [{ x: projected[0], y: projected[1], point }] : [];
    }),
  };
}

/**
 * Twinning links drawn as arcs over Natural Earth's countries, on a canvas: zoom with the wheel or
 * + and −, pan by dragging or with the arrow keys, click an arc to open its agreement.
 */
export function WorldMap({ points, links, label }: { points: MapPoint[]; links: MapLink[]; label: string }) {
  const t = useT();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const canvas = useRef<HTMLCanvasElement>(null);
  const [topology, setTopology] = useState<WorldTopology | null>(null);
  const [hidden, setHidden] = useState<Set<string>>(new Set());
  const [view, setView] = useState({ k: 1, x: 0, y: 0 });
  const [hover, setHover] = useState<string | null>(null);
  const drag = useRef<{ x: number; y: number; moved: boolean } | null>(null);

  useEffect(() => {
    // The basemap ships with the app (world-atlas, Natural Earth 1:110m): no tile server.
    void import('world-atlas/countries-110m.json').then((module) => setTopology(module.default));
  }, []);

  const visibleLinks = useMemo(() => links.filter((link) => !hidden.has(link.status)), [links, hidden]);
  const prepared = useMemo(
    () => (topology ? prepare(topology, points, visibleLinks) : null),
    [topology, points, visibleLinks],
  );

  // The last full drawing and the view it was made for: while the reader pans or zooms, it is moved
  // and scaled at once (one image copy), and the arcs are drawn anew only when they pause.
  const snapshot = useRef<{ image: HTMLCanvasElement; view: typeof view; prepared: Prepared } | null>(null);

  useEffect(() => {
    const element = canvas.current;
    if (!element || !prepared) return;
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
      context.stroke(prepared.graticule);
      context.fillStyle = '#d6dde6';
      context.fill(prepared.land);
      context.strokeStyle = '#ffffff';
      context.stroke(prepared.borders);
      context.lineWidth = 1.2 / view.k;
      context.globalAlpha = 0.7;
      for (const [status, path] of prepared.arcs) {
        context.strokeStyle = STATUS_COLORS[status as AgreementStatus] ?? '#334155';
        context.stroke(path);
      }
      context.globalAlpha = 1;
      context.fillStyle = '#0c3a66';
      const radius = 2.2 / view.k;
      for (const { x, y } of prepared.points) {
        context.beginPath();
        context.arc(x, y, radius, 0, Math.PI * 2);
        context.fill();
      }
      const image = snapshot.current?.image ?? document.createElement('canvas');
      image.width = element.width;
      image.height = element.height;
      image.getContext('2d')!.drawImage(element, 0, 0);
      snapshot.current = { image, view, prepared };
    };
    const last = snapshot.current;
    if (!last || last.prepared !== prepared) {
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
  }, [prepared, view]);

  /** The link nearest to a point on the canvas, if one passes close enough. */
  const linkAt = (clientX: number, clientY: number): MapLink | null => {
    const element = canvas.current;
    if (!element || !prepared) return null;
    const box = element.getBoundingClientRect();
    const x = ((clientX - box.left) * (MAP_WIDTH / box.width) - view.x) / view.k;
    const y = ((clientY - box.top) * (MAP_HEIGHT / box.height) - view.y) / view.k;
    const nearest = nearestArc(prepared.hits, x, y, 6 / view.k);
    return nearest === null ? null : prepared.linkIndex[nearest]!;
  };

  const zoom = (factor: number, centerX = MAP_WIDTH / 2, centerY = MAP_HEIGHT / 2) =>
    setView((current) => {
      const k = Math.min(40, Math.max(1, current.k * factor));
      const scale = k / current.k;
      return { k, x: centerX - (centerX - current.x) * scale, y: centerY - (centerY - current.y) * scale };
    });

  const nameOf = (id: string) => pickText(points.find((point) => point.id === id)?.name, language).text;
  const hovered = hover ? visibleLinks.find((link) => link.agreementId === hover) : null;
  const counts = useMemo(() => {
    const byStatus = new Map<string, number>();
    for (const link of links) byStatus.set(link.status, (byStatus.get(link.status) ?? 0) + 1);
    return byStatus;
  }, [links]);

  return (
    <Box>
      <Group gap="md" mb="xs" role="group" aria-label={t('map.filter_status')}>
        {AGREEMENT_STATUSES.filter((status) => counts.has(status)).map((status) => (
          <Checkbox
            key={status}
            size="xs"
            color={STATUS_COLORS[status]}
            checked={!hidden.has(status)}
            label={`${t(STATUS_LABELS[status])} (${counts.get(status)})`}
            onChange={(event) => {
              const next = new Set(hidden);
              if (event.currentTarget.checked) next.delete(status);
              else next.add(status);
              setHidden(next);
            }}
          />
        ))}
      </Group>
      <canvas
        ref={canvas}
        role="img"
        aria-label={`${label}. ${t('map.summary', { links: visibleLinks.length, places: points.length })}`}
        tabIndex={0}
        data-links={visibleLinks.length}
        style={{
          width: '100%',
          aspectRatio: `${MAP_WIDTH} / ${MAP_HEIGHT}`,
          cursor: hover ? 'pointer' : 'grab',
          touchAction: 'none',
          display: 'block',
          borderRadius: 8,
        }}
        onWheel={(event) => {
          const box = event.currentTarget.getBoundingClientRect();
          zoom(
            event.deltaY < 0 ? 1.25 : 0.8,
            (event.clientX - box.left) * (MAP_WIDTH / box.width),
            (event.clientY - box.top) * (MAP_HEIGHT / box.height),
          );
        }}
        onPointerDown={(event) => {
          drag.current = { x: event.clientX, y: event.clientY, moved: false };
        }}
        onPointerMove={(event) => {
          if (drag.current && event.buttons) {
            const box = event.currentTarget.getBoundingClientRect();
            const dx = (event.clientX - drag.current.x) * (MAP_WIDTH / box.width);
            const dy = (event.clientY - drag.current.y) * (MAP_HEIGHT / box.height);
            if (Math.abs(dx) + Math.abs(dy) > 2) drag.current.moved = true;
            drag.current.x = event.clientX;
            drag.current.y = event.clientY;
            setView((current) => ({ ...current, x: current.x + dx, y: current.y + dy }));
            return;
          }
          setHover(linkAt(event.clientX, event.clientY)?.agreementId ?? null);
        }}
        onPointerUp={(event) => {
          const wasDrag = drag.current?.moved;
          drag.current = null;
          if (wasDrag) return;
          const link = linkAt(event.clientX, event.clientY);
          if (link) navigate(`/agreements/${link.agreementId}`);
        }}
        onKeyDown={(event) => {
          const step = 40;
          switch (event.key) {
            case '+':
            case '=':
              zoom(1.25);
              break;
            case '-':
              zoom(0.8);
              break;
            case 'ArrowLeft':
              setView((v) => ({ ...v, x: v.x + step }));
              break;
            case 'ArrowRight':
              setView((v) => ({ ...v, x: v.x - step }));
              break;
            case 'ArrowUp':
              setView((v) => ({ ...v, y: v.y + step }));
              break;
            case 'ArrowDown':
              setView((v) => ({ ...v, y: v.y - step }));
              break;
            case '0':
              setView({ k: 1, x: 0, y: 0 });
              break;
            default:
              return;
          }
          event.preventDefault();
        }}
      />
      <Text size="sm" c="dimmed" mt={4} aria-live="polite">
        {hovered
          ? `${joinNames([nameOf(hovered.from), nameOf(hovered.to)], language, 'em')}${separatorText('dot', language)}${t(STATUS_LABELS[hovered.status as AgreementStatus] ?? 'status.unknown')}`
          : t('map.help')}
      </Text>
    </Box>
  );
}
