import { Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import { useParams } from 'react-router';
import { api, useLoad } from '../api/client.ts';
import { useLanguage, useT } from '../i18n/i18n.tsx';
import { pickText } from '../i18n/names.ts';
import { Isolate, Joined, separatorText } from '../ui/bidi.tsx';
import { eventKindLabel, participantRoleLabel } from '../ui/event-labels.ts';
import { roleLabel } from '../ui/labels.ts';
import { DateRange, Name, Show } from '../ui/parts.tsx';
import { AgreementTable } from './AgreementTable.tsx';
import { CalendarLink } from './CalendarLink.tsx';
import { Sources } from './Sources.tsx';
import { usePageTitle } from './usePageTitle.ts';

/** A person's names: the name as recorded is their Latin spelling, the others by language. */
export function personNames(person: { name: string; names: Partial<Record<string, string>> }) {
  return { fr: person.name, en: person.name, ...person.names };
}

/** A person: their names, the posts they held, the agreements they signed, the events they took part in. */
export function PersonPage() {
  const { id = '' } = useParams();
  const t = useT();
  const { language } = useLanguage();
  const loaded = useLoad(`person/${id}`, () => api.GET('/api/people/{id}', { params: { path: { id } } }));
  const signed = useLoad(`person/${id}/agreements`, () =>
    api.GET('/api/agreements', { params: { query: { signatory: id, limit: 100 } } }),
  );
  usePageTitle(loaded.status === 'ready' ? pickText(personNames(loaded.data), language).text : undefined);
  return (
    <Show loaded={loaded}>
      {(person) => {
        const organizations = new Map(
          person.organizations.map((organization) => [organization.id, organization]),
        );
        // Requests not yet answered, and refused ones, are no post held.
        const posts = person.memberships.filter(
          (membership) => membership.status === 'active' || membership.status === 'ended',
        );
        return (
          <Stack gap="xl">
            <Stack gap="xs">
              <Badge variant="light" w="fit-content">
                {t('search.kind_person')}
              </Badge>
              <Title order={1}>
                <Name text={personNames(person)} />
              </Title>
              {person.alternateNames.length > 0 ? (
                <Text size="sm" c="dimmed">
                  {t('person.also_written')} <Joined separator="comma" items={person.alternateNames} />
                </Text>
              ) : null}
            </Stack>

            <section aria-labelledby="person-posts">
              <Title order={2} size="h3" id="person-posts" mb="sm">
                {t('person.posts')}
              </Title>
              {posts.length === 0 ? (
                <Text c="dimmed">{t('person.no_posts')}</Text>
              ) : (
                <List>
                  {posts.map((membership) => {
                    const organization = organizations.get(membership.organizationId);
                    const label = pickText(membership.label, language).text;
                    return (
                      <List.Item key={membership.id}>
                        <Isolate>{label || t(roleLabel(membership.role))}</Isolate>
                        {organization ? (
                          <>
                            {separatorText('em', language)}
                            <Name
                              text={organization.name}
                              to={
                                organization.kind === 'network'
                                  ? `/networks/${organization.id}`
                                  : `/organizations/${organization.id}`
                              }
                            />
                          </>
                        ) : null}
                        {membership.startDate || membership.endDate ? (
                          <Text span size="sm" c="dimmed">
                            {separatorText('dot', language)}
                            <DateRange from={membership.startDate} to={membership.endDate} />
                          </Text>
                        ) : null}
                      </List.Item>
                    );
                  })}
                </List>
              )}
            </section>

            <section aria-labelledby="person-agreements">
              <Title order={2} size="h3" id="person-agreements" mb="sm">
                {t('person.agreements')}
              </Title>
              <Show loaded={signed}>
                {(data) =>
                  data.items.length === 0 ? (
                    <Text c="dimmed">{t('person.no_agreements')}</Text>
                  ) : (
                    <AgreementTable items={data.items} caption={t('person.agreements')} />
                  )
                }
              </Show>
            </section>

            <section aria-labelledby="person-events">
              <Title order={2} size="h3" id="person-events" mb="sm">
                {t('person.events')}
              </Title>
              {person.events.length === 0 ? (
                <Text c="dimmed">{t('person.no_events')}</Text>
              ) : (
                <List>
                  {person.events.map((event) => (
                    <List.Item key={`${event.id}:${event.role}`}>
                      <Name text={event.title} to={`/events/${event.id}`} />
                      <Group gap="xs" mt={2}>
                        <Badge size="sm" variant="light">
                          {t(participantRoleLabel(event.role))}
                        </Badge>
                        <Text size="sm" c="dimmed">
                          <Joined
                            separator="dot"
                            items={[
                              t(eventKindLabel(event.kind)),
                              <DateRange key="dates" from={event.startDate} to={event.endDate} />,
                            ]}
                          />
                        </Text>
                      </Group>
                    </List.Item>
                  ))}
                </List>
              )}
            </section>

            <CalendarLink owner="people" id={person.id} />
            <Sources citations={person.sources} />
          </Stack>
        );
      }}
    </Show>
  );
}
