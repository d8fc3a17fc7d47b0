import { Anchor, Badge, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { Link, useParams } from 'react-router';
import { can } from '../api/actions.ts';
import { api, useLoad } from '../api/client.ts';
import { useSession } from '../app/session.tsx';
import { useLanguage, useT } from '../i18n/i18n.tsx';
import { pickText } from '../i18n/names.ts';
import { Isolate, separatorText } from '../ui/bidi.tsx';
import { KIND_LABELS, roleLabel } from '../ui/labels.ts';
import { Country, IsoDate, Loading, Name, Show } from '../ui/parts.tsx';
import { MemberStanding, StatusBadge } from '../workspace/MemberStanding.tsx';
import { AgreementTable } from './AgreementTable.tsx';
import { CalendarLink } from './CalendarLink.tsx';
import { ExportLinks, listExportHref } from './ExportLinks.tsx';
import { Sources } from './Sources.tsx';
import { usePageTitle } from './usePageTitle.ts';

const LinksMap = lazy(() => import('../map/LinksMap.tsx'));

export function OrganizationPage() {
  const { id = '' } = useParams();
  const t = useT();
  const { language } = useLanguage();
  const { user } = useSession();
  // Loaded again on signing in or out: what the reader may do with it comes with it.
  const organization = useLoad(
    `organization/${id}/${user?.id ?? ''}`,
    () => api.GET('/api/organizations/{id}', { params: { path: { id } } }),
    // Asked again once the reader's session is known (what they may do with it), shown meanwhile.
    { keepWhileReloading: true },
  );
  const agreements = useLoad(`organization/${id}/agreements`, () =>
    api.GET('/api/agreements', { params: { query: { party: id, limit: 100 } } }),
  );
  // The networks it was admitted to, with its standing in each (suspended, left, excluded); requests
  // not answered or declined are not shown. Loaded again after a step it takes (leaving).
  const [networksRound, setNetworksRound] = useState(0);
  const networks = useLoad(
    `organization/${id}/networks/${user?.id ?? ''}/${networksRound}`,
    async () => {
      const [memberships, all] = await Promise.all([
        api.GET('/api/memberships', { params: { query: { memberOrganization: id } } }),
        api.GET('/api/networks'),
      ]);
      const shown = (memberships.data ?? []).filter((membership) =>
        ['active', 'suspended', 'left', 'excluded', 'ended'].includes(membership.status),
      );
      const byId = new Map((all.data?.items ?? []).map((network) => [network.id, network]));
      return {
        ...all,
        data: all.data
          ? shown.flatMap((membership) => {
              const network = byId.get(membership.organizationId);
              return network ? [{ network, membership }] : [];
            })
          : undefined,
      };
    },
    { keepWhileReloading: true },
  );
  const people = useLoad(`organization/${id}/people`, async () => {
    const [memberships, persons, posts] = await Promise.all([
      api.GET('/api/memberships', { params: { query: { organization: id } } }),
      api.GET('/api/people', { params: { query: { organization: id, limit: 100 } } }),
      api.GET('/api/organizations/{id}/posts', { params: { path: { id } } }),
    ]);
    const byId = new Map((persons.data?.items ?? []).map((person) => [person.id, person]));
    const postLabels = new Map((posts.data ?? []).map((post) => [post.id, post.label]));
    const rows = (memberships.data ?? []).flatMap((membership) => {
      const person = membership.personId ? byId.get(membership.personId) : undefined;
      return person
        ? [{ membership, person, post: membership.postId ? postLabels.get(membership.postId) : undefined }]
        : [];
    });
    return { data: rows, response: memberships.response };
  });
  usePageTitle(organization.status === 'ready' ? pickText(organization.data.name, language).text : undefined);

  return (
    <Show loaded={organization}>
      {(org) => (
        <Stack gap="xl">
          <Stack gap="xs">
            <Group gap="xs">
              <Badge variant="light">{t(KIND_LABELS[org.kind])}</Badge>
              {org.countryCode ? (
                <Badge variant="outline" color="gray">
                  <Country code={org.countryCode} />
                </Badge>
              ) : null}
            </Group>
            <Title order={1}>
              <Name text={org.name} />
            </Title>
            {pickText(org.description, language).text ? (
              <Text dir="auto">{pickText(org.description, language).text}</Text>
            ) : null}
            {can(org, 'update') ? (
              <Group>
                <Button component={Link} to={`/workspace/organizations/${org.id}`} variant="light">
                  {t('organization_form.edit')}
                </Button>
              </Group>
            ) : null}
            {org.kind === 'local_authority' ? (
              <Anchor component={Link} to={`/organizations/${org.id}/partners`}>
                {t('partners.link')}
              </Anchor>
            ) : null}
            {org.website ? (
              <Anchor href={org.website} rel="noopener noreferrer">
                {org.website}
              </Anchor>
            ) : null}
          </Stack>

          <section aria-labelledby="org-agreements">
            <Title order={2} size="h3" id="org-agreements" mb="sm">
              {agreements.status === 'ready'
                ? t('organization.agreements_count', { count: agreements.data.items.length })
                : t('organization.agreements')}
            </Title>
            <ExportLinks href={(format) => listExportHref('agreements', { party: id }, format, language)} />
            <Show loaded={agreements}>
              {(data) => <AgreementTable items={data.items} caption={t('organization.agreements')} />}
            </Show>
          </section>

          <Suspense fallback={<Loading />}>
            <LinksMap
              organization={id}
              label={t('organization.map')}
              heading={{ id: 'org-map', text: t('organization.map') }}
            />
          </Suspense>

          <section aria-labelledby="org-networks">
            <Title order={2} size="h3" id="org-networks" mb="sm">
              {t('organization.networks')}
            </Title>
            <Show loaded={networks}>
              {(data) =>
                data.length === 0 ? (
                  <Text c="dimmed">{t('organization.no_networks')}</Text>
                ) : (
                  <List>
                    {data.map(({ network, membership }) => (
                      <List.Item key={membership.id}>
                        <Group gap="xs">
                          <Name text={network.name} to={`/networks/${network.id}`} />
                          {membership.allowedActions.length > 0 ? null : (
                            <StatusBadge membership={membership} />
                          )}
                        </Group>
                        {membership.allowedActions.length > 0 ? (
                          <MemberStanding
                            membership={membership}
                            onChanged={() => setNetworksRound((value) => value + 1)}
                          />
                        ) : null}
                      </List.Item>
                    ))}
                  </List>
                )
              }
            </Show>
          </section>

          <section aria-labelledby="org-people">
            <Title order={2} size="h3" id="org-people" mb="sm">
              {t('organization.people')}
            </Title>
            <ExportLinks
              href={(format) => listExportHref('people', { organization: id }, format, language)}
            />
            <Show loaded={people}>
              {(rows) =>
                rows.length === 0 ? (
                  <Text c="dimmed">{t('organization.no_people')}</Text>
                ) : (
                  <List>
                    {rows.map(({ membership, person, post }) => (
                      <List.Item key={membership.id}>
                        <Name text={{ ...person.names, en: person.names.en ?? person.name }} />
                        {separatorText('em', language)}
                        <Isolate>
                          {pickText(post ?? membership.label, language).text || t(roleLabel(membership.role))}
                        </Isolate>
                        {membership.startDate ? (
                          <Text span size="sm" c="dimmed">
                            {' '}
                            (<IsoDate value={membership.startDate} />
                            {membership.endDate ? (
                              <>
                                {' – '}
                                <IsoDate value={membership.endDate} />
                              </>
                            ) : null}
                            )
                          </Text>
                        ) : null}
                        {person.email ? (
                          <Text span size="sm">
                            {separatorText('dot', language)}
                            <Anchor href={`mailto:${person.email}`}>
                              <Isolate>{person.email}</Isolate>
                            </Anchor>
                          </Text>
                        ) : null}
                      </List.Item>
                    ))}
                  </List>
                )
              }
            </Show>
          </section>

          <CalendarLink owner="organizations" id={org.id} />
          <Sources citations={org.sources} />
        </Stack>
      )}
    </Show>
  );
}
