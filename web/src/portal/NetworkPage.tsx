import { Anchor, Badge, Button, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { Link, useParams } from 'react-router';
import { can } from '../api/actions.ts';
import { api, useLoad } from '../api/client.ts';
import { useSession } from '../app/session.tsx';
import { useLanguage, useT } from '../i18n/i18n.tsx';
import { pickText } from '../i18n/names.ts';
import { Joined, separatorText } from '../ui/bidi.tsx';
import { roleLabel } from '../ui/labels.ts';
import { Country, DateRange, Loading, Name, Show } from '../ui/parts.tsx';
import { BodyMeetings, BodySeats } from './BodyGovernance.tsx';
import { CalendarLink } from './CalendarLink.tsx';
import { ExportLinks, listExportHref, PopoloLink } from './ExportLinks.tsx';
import { personNames } from './PersonPage.tsx';
import { Sources } from './Sources.tsx';
import { usePageTitle } from './usePageTitle.ts';

const LinksMap = lazy(() => import('../map/LinksMap.tsx'));
const NetworkGraph = lazy(() => import('../map/NetworkGraph.tsx'));

export function NetworkPage() {
  const { id = '' } = useParams();
  const t = useT();
  const { language } = useLanguage();
  const { user } = useSession();
  // Loaded again on signing in or out: what the reader may do with it comes with it.
  const loaded = useLoad(
    `network/${id}/${user?.id ?? ''}`,
    () => api.GET('/api/networks/{id}', { params: { path: { id } } }),
    // Asked again once the reader's session is known (what they may do with it), shown meanwhile.
    { keepWhileReloading: true },
  );
  usePageTitle(loaded.status === 'ready' ? pickText(loaded.data.name, language).text : undefined);
  const role = (value: string) => t(roleLabel(value));
  return (
    <Show loaded={loaded}>
      {(network) => {
        const members = network.members.flatMap((member) =>
          member.organization ? [member.organization] : [],
        );
        return (
          <Stack gap="xl">
            <Stack gap="xs">
              <Title order={1}>
                <Name text={network.name} />
              </Title>
              {pickText(network.description, language).text ? (
                <Text dir="auto">{pickText(network.description, language).text}</Text>
              ) : null}
              <NetworkActions network={network} />
              <Group gap="md">
                <Anchor component={Link} to={`/agreements?network=${network.id}`}>
                  {t('network.member_agreements')}
                </Anchor>
                <Anchor component={Link} to={`/agreements?validatedBy=${network.id}`}>
                  {t('network.validated_agreements')}
                </Anchor>
              </Group>
            </Stack>
            <section aria-labelledby="members-title">
              <Title order={2} size="h3" id="members-title" mb="sm">
                {t('network.members', { count: members.length })}
              </Title>
              <ExportLinks
                href={(format) => listExportHref('organizations', { network: id }, format, language)}
              />
              <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
                {network.members.map((member) => (
                  <Card key={member.membershipId} withBorder padding="sm">
                    <Text fw={600}>
                      {member.organization ? (
                        <Name
                          text={member.organization.name}
                          to={`/organizations/${member.organization.id}`}
                        />
                      ) : member.person ? (
                        <Name text={personNames(member.person)} to={`/people/${member.person.id}`} />
                      ) : null}
                    </Text>
                    <Group gap="xs">
                      <Badge size="sm" variant="light">
                        {role(member.role)}
                      </Badge>
                      <Text size="xs" c="dimmed">
                        <Country code={member.organization?.countryCode} />
                      </Text>
                    </Group>
                  </Card>
                ))}
              </SimpleGrid>
            </section>
            {network.bodies.map((body) => (
              <section key={body.id} aria-labelledby={`body-${body.id}`} data-body>
                <Title order={2} size="h3" id={`body-${body.id}`} mb="sm">
                  <Name text={body.name} to={`/organizations/${body.id}`} />
                </Title>
                {pickText(body.description, language).text ? (
                  <Text dir="auto" mb="sm">
                    {pickText(body.description, language).text}
                  </Text>
                ) : null}
                <BodySeats
                  bodyId={body.id}
                  fallback={
                    <>
                      <Title order={3} size="h4" mb="xs">
                        {t('network.seats', { count: body.members.length })}
                      </Title>
                      {body.members.length === 0 ? (
                        <Text c="dimmed">{t('network.no_seats')}</Text>
                      ) : (
                        <List aria-label={t('network.seat_holders')}>
                          {body.members.map((seat) => (
                            <List.Item key={seat.membershipId} data-seat>
                              {seat.person ? (
                                <Name text={personNames(seat.person)} to={`/people/${seat.person.id}`} />
                              ) : seat.organization ? (
                                <Name
                                  text={seat.organization.name}
                                  to={`/organizations/${seat.organization.id}`}
                                />
                              ) : null}
                              {separatorText('em', language)}
                              {role(seat.role)}
                              {seat.person && seat.person.organizations.length > 0 ? (
                                <>
                                  {separatorText('comma', language)}
                                  {t('network.seat_from')}{' '}
                                  <Joined
                                    separator="and"
                                    isolate={false}
                                    items={seat.person.organizations.map((organization) => (
                                      <Name
                                        key={organization.id}
                                        text={organization.name}
                                        to={`/organizations/${organization.id}`}
                                      />
                                    ))}
                                  />
                                </>
                              ) : null}
                              {seat.startDate || seat.endDate ? (
                                <Text span size="sm" c="dimmed">
                                  {separatorText('dot', language)}
                                  <DateRange from={seat.startDate} to={seat.endDate} />
                                </Text>
                              ) : null}
                            </List.Item>
                          ))}
                        </List>
                      )}
                    </>
                  }
                />
                <BodyMeetings bodyId={body.id} headingId={`body-${body.id}`} />
              </section>
            ))}
            <section aria-labelledby="network-graph">
              <Title order={2} size="h3" id="network-graph" mb="sm">
                {t('network.graph')}
              </Title>
              <Suspense fallback={<Loading />}>
                <NetworkGraph network={network.id} members={members} />
              </Suspense>
            </section>
            <Suspense fallback={<Loading />}>
              <LinksMap
                network={network.id}
                label={t('network.map')}
                heading={{ id: 'network-map', text: t('network.map') }}
              />
            </Suspense>
            <CalendarLink owner="networks" id={network.id} />
            <PopoloLink network={network.id} />
            <Sources citations={network.sources} />
          </Stack>
        );
      }}
    </Show>
  );
}

/** What the reader may do with the network, as it says: its secretariat manages it from here. */
function NetworkActions({ network }: { network: { id: string; allowedActions: string[] } }) {
  const t = useT();
  const workspace = `/workspace/networks/${network.id}`;
  const actions = [
    can(network, 'inviteMember') ? { to: `${workspace}/members#invite`, label: t('manage.invite') } : null,
    can(network, 'manageMembers') ? { to: `${workspace}/members`, label: t('manage.members') } : null,
    can(network, 'manageBodies') ? { to: `${workspace}/bodies`, label: t('manage.bodies') } : null,
    can(network, 'update')
      ? { to: `/workspace/organizations/${network.id}`, label: t('organization_form.edit') }
      : null,
  ].flatMap((action) => (action ? [action] : []));
  if (actions.length === 0) return null;
  return (
    <Group aria-label={t('manage.actions')} role="group">
      {actions.map((action) => (
        <Button key={action.to} component={Link} to={action.to} variant="light">
          {action.label}
        </Button>
      ))}
    </Group>
  );
}
