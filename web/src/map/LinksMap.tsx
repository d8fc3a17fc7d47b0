import { api, useLoad } from '../api/client.ts';
import { Show } from '../ui/parts.tsx';
import { WorldMap } from './WorldMap.tsx';

/** The map of agreements, all of them, a network's, or one organization's. Loaded on demand with the map code. */
export default function LinksMap({
  network,
  organization,
  label,
}: {
  network?: string;
  organization?: string;
  label: string;
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
        const used = new Set(links.flatMap((link) => [link.from, link.to]));
        return (
          <WorldMap points={data.points.filter((point) => used.has(point.id))} links={links} label={label} />
        );
      }}
    </Show>
  );
}
