import { Box, Text } from '@mantine/core';
import type React from 'react';
import { useNavigate } from 'react-router';
import type { AgreementStatus } from '../../../src/agreements/lifecycle.ts';
import { api, useLoad } from '../api/client.ts';
import { useLanguage, useT } from '../i18n/i18n.tsx';
import { pickText } from '../i18n/names.ts';
import { STATUS_COLORS, STATUS_LABELS } from '../ui/labels.ts';
import { Show } from '../ui/parts.tsx';

const SIZE = 520;

/**
 * The agreements among a network's members as a graph: members on a circle, one line per
 * agreement. Every member and every line is a link, reachable with the keyboard.
 */
export default function NetworkGraph({
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
  return (
    <Show loaded={loaded}>
      {(data) => {
        const edges = data.links.filter((link) => position.has(link.from) && position.has(link.to));
        if (edges.length === 0) return <Text c="dimmed">{t('network.no_links')}</Text>;
        const name = (id: string) =>
          pickText(members.find((member) => member.id === id)?.name, language).text;
        return (
          <Box maw={SIZE}>
            <svg viewBox={`0 0 ${SIZE} ${SIZE}`}>
              <title>{t('network.graph_label', { count: edges.length })}</title>
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
                      textAnchor={right ? 'start' : 'end'}
                      fill="#1f2937"
                    >
                      {name(member.id)}
                    </text>
                  </a>
                );
              })}
            </svg>
          </Box>
        );
      }}
    </Show>
  );
}
