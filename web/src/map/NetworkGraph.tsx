import { Box, Text } from '@mantine/core';
import { useMounted } from '@mantine/hooks';
import type React from 'react';
import { useLayoutEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { AgreementStatus } from '../../../src/agreements/lifecycle.ts';
import { api, useLoad } from '../api/client.ts';
import { useLanguage, useT } from '../i18n/i18n.tsx';
import { pickText } from '../i18n/names.ts';
import { STATUS_COLORS, STATUS_LABELS } from '../ui/labels.ts';
import { Show } from '../ui/parts.tsx';

const SIZE = 520;
/** A label whose first strong character is right-to-left (Arabic, Hebrew) is laid out right to left. */
const RTL_TEXT = /^[^\p{L}]*[\p{Script=Arabic}\p{Script=Hebrew}]/u;

/**
 * The agreements among a network's members as a graph: members on a circle, one line per
 * agreement. Every member and every line is a link, reachable with the keyboard.
 */
export default function NetworkGraph(props: {
  network: string;
  members: Array<{ id: string; name: { [language: string]: string | undefined } }>;
}) {
  // Its labels are measured to fit the drawing, which only a browser can do: the page rendered on
  // the server holds the graph's place, and the browser draws it once it has the page.
  const mounted = useMounted();
  return mounted ? <DrawnNetworkGraph {...props} /> : <Box maw={SIZE} mih={SIZE / 2} aria-busy="true" />;
}

function DrawnNetworkGraph({
  network,
  members,
}: {
  network: string;
  members: Array<{ id: string; name: { [language: string]: string | undefined } }>;
}) {
  const t = useT();
  const { language } = useLanguage();
  const loaded = useLoad(`links/${network}`, () => api.GET('/api/links', { params: { query: { network } } }));
  const navigate = useNavigate();
  // Links inside the drawing stay inside the application, as the rest of its links do.
  const follow = (event: React.MouseEvent<Element>) => {
    event.preventDefault();
    navigate(event.currentTarget.getAttribute('href')!);
  };
  const center = SIZE / 2;
  const radius = SIZE / 2 - 90;
  const position = new Map(
    members.map((member, index) => {
      const angle = (2 * Math.PI * index) / Math.max(members.length, 1) - Math.PI / 2;
      return [
        member.id,
        { x: center + radius * Math.cos(angle), y: center + radius * Math.sin(angle), angle },
      ];
    }),
  );
  // The drawing's box grows to hold its longest labels once they are measured: a long name is
  // never cut at the edge of the drawing.
  const drawing = useRef<SVGGElement>(null);
  const [viewBox, setViewBox] = useState(`0 0 ${SIZE} ${SIZE}`);
  // biome-ignore lint/correctness/useExhaustiveDependencies: measured again when what is drawn changes
  useLayoutEffect(() => {
    const box = drawing.current?.getBBox();
    if (!box || box.width === 0) return;
    const margin = 6;
    const x = Math.min(0, box.x - margin);
    const y = Math.min(0, box.y - margin);
    const right = Math.max(SIZE, box.x + box.width + margin);
    const bottom = Math.max(SIZE, box.y + box.height + margin);
    setViewBox(`${x} ${y} ${right - x} ${bottom - y}`);
  }, [loaded, language, members]);
  return (
    <Show loaded={loaded}>
      {(data) => {
        const edges = data.links.filter((link) => position.has(link.from) && position.has(link.to));
        if (edges.length === 0) return <Text c="dimmed">{t('network.no_links')}</Text>;
        const name = (id: string) =>
          pickText(members.find((member) => member.id === id)?.name, language).text;
        return (
          <Box maw={SIZE}>
            <svg viewBox={viewBox}>
              <title>{t('network.graph_label', { count: edges.length })}</title>
              <g ref={drawing}>
                {edges.map((edge) => {
                  const from = position.get(edge.from)!;
                  const to = position.get(edge.to)!;
                  const label = `${name(edge.from)} — ${name(edge.to)}: ${t(STATUS_LABELS[edge.status as AgreementStatus] ?? 'status.unknown')}`;
                  return (
                    <a
                      key={`${edge.agreementId}-${edge.to}`}
                      href={`/agreements/${edge.agreementId}`}
                      onClick={follow}
                      aria-label={label}
                    >
                      <line
                        x1={from.x}
                        y1={from.y}
                        x2={to.x}
                        y2={to.y}
                        stroke={STATUS_COLORS[edge.status as AgreementStatus] ?? '#334155'}
                        strokeWidth={2.5}
                        strokeOpacity={0.75}
                      >
                        <title>{label}</title>
                      </line>
                    </a>
                  );
                })}
                {members.map((member) => {
                  const at = position.get(member.id)!;
                  const right = Math.cos(at.angle) >= 0;
                  const label = name(member.id);
                  // The label starts beside its dot and runs away from it, in its own direction: in
                  // SVG "start" is the right end of a right-to-left text, which drew Arabic names over the dots.
                  const rtl = RTL_TEXT.test(label);
                  return (
                    <a
                      key={member.id}
                      href={`/organizations/${member.id}`}
                      onClick={follow}
                      aria-label={name(member.id)}
                    >
                      <circle cx={at.x} cy={at.y} r={7} fill="#1c5d99" />
                      <text
                        x={at.x + (right ? 11 : -11)}
                        y={at.y + 4}
                        fontSize={12}
                        direction={rtl ? 'rtl' : 'ltr'}
                        textAnchor={right === rtl ? 'end' : 'start'}
                        fill="#1f2937"
                      >
                        {label}
                      </text>
                    </a>
                  );
                })}
              </g>
            </svg>
          </Box>
        );
      }}
    </Show>
  );
}
