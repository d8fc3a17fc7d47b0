import { Anchor, List, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { api, useLoad } from '../api/client.ts';
import type { components } from '../api/schema';
import { useLanguage, useT } from '../i18n/i18n.tsx';
import { pickText } from '../i18n/names.ts';
import { Isolate } from '../ui/bidi.tsx';
import { Show } from '../ui/parts.tsx';
import { WorldMap } from './WorldMap.tsx';

type Undrawn = components['schemas']['AgreementLinks']['undrawn'];

/** Up to this many agreements left out, their list is open at once; past it, one click away. */
const LIST_OPEN_UP_TO = 10;

/** The agreements the map leaves out, said and listed: a map must not pass for the whole registry. */
function UndrawnAgreements({ undrawn, nothingDrawn }: { undrawn: Undrawn; nothingDrawn: boolean }) {
  const t = useT();
  const { language } = useLanguage();
  if (undrawn.total === 0) return null;
  const more = undrawn.total - undrawn.agreements.length;
  return (
    <details className="map-undrawn" open={undrawn.total <= LIST_OPEN_UP_TO}>
      <summary>
        <Text span size="sm">
          {nothingDrawn
            ? t('map.none_drawn', { count: undrawn.total })
            : t('map.undrawn', { count: undrawn.total })}
        </Text>
      </summary>
      <List size="sm" mt={4} aria-label={t('map.undrawn_list')}>
        {undrawn.agreements.map((agreement) => {
          const title = pickText(agreement.title, language);
          return (
            <List.Item key={agreement.id}>
              <Anchor component={Link} to={`/agreements/${agreement.id}`}>
                <Isolate lang={title.lang}>{title.text}</Isolate>
              </Anchor>
            </List.Item>
          );
        })}
      </List>
      {more > 0 ? (
        <Text size="sm" c="dimmed">
          {t('map.undrawn_more', { count: more })}
        </Text>
      ) : null}
    </details>
  );
}

/**
 * The map of agreements, all of them, a network's, or one organization's, with the agreements it
 * cannot draw named below it. With a heading, it is a section of its own, left out of the page
 * when there is no agreement at all; with nothing to draw, no empty map is shown. Loaded on demand
 * with the map code.
 */
export default function LinksMap({
  network,
  organization,
  label,
  heading,
}: {
  network?: string;
  organization?: string;
  label: string;
  heading?: { id: string; text: string };
}) {
  const loaded = useLoad(`links/${network ?? ''}/${organization ?? ''}`, () =>
    api.GET('/api/links', {
      params: { query: { ...(network ? { network } : {}), ...(organization ? { organization } : {}) } },
    }),
  );
  return (
    <Show loaded={loaded}>
      {(data) => {
        const links = organization
          ? data.links.filter((link) => link.from === organization || link.to === organization)
          : data.links;
        if (links.length === 0 && data.undrawn.total === 0 && heading) return null;
        const used = new Set(links.flatMap((link) => [link.from, link.to]));
        const content: ReactNode = (
          <>
            {links.length > 0 ? (
              <WorldMap
                points={data.points.filter((point) => used.has(point.id))}
                links={links}
                label={label}
              />
            ) : null}
            <UndrawnAgreements undrawn={data.undrawn} nothingDrawn={links.length === 0} />
          </>
        );
        return heading ? (
          <section aria-labelledby={heading.id}>
            <Title order={2} size="h3" id={heading.id} mb="sm">
              {heading.text}
            </Title>
            {content}
          </section>
        ) : (
          content
        );
      }}
    </Show>
  );
}
