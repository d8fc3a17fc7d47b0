import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  List,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Timeline,
  Title,
} from '@mantine/core';
import { FormattedNumber } from 'react-intl';
import { Link, useParams } from 'react-router';
import { RECORDED_REASON } from '../../../src/agreements/history.ts';
import { can } from '../api/actions.ts';
import { api, useLoad } from '../api/client.ts';
import { useSession } from '../app/session.tsx';
import { useLanguage, useT } from '../i18n/i18n.tsx';
import { languageName, pickText } from '../i18n/names.ts';
import { Isolate, Joined, separatorText } from '../ui/bidi.tsx';
import { formatDay, sameDay } from '../ui/dates.ts';
import { HISTORY_NOTE_LABELS, THEME_LABELS, TYPE_LABELS } from '../ui/labels.ts';
import { Country, DateRange, IsoDate, Name, Show, StatusBadge } from '../ui/parts.tsx';
import { useReaderTimeZone } from '../ui/time-zone.ts';
import { CorrectionHistory } from './CorrectionHistory.tsx';
import { Declarations } from './Declarations.tsx';
import { Sources } from './Sources.tsx';
import { usePageTitle } from './usePageTitle.ts';

export function AgreementPage() {
  const { id = '' } = useParams();
  const { user } = useSession();
  // Loaded again on signing in or out: what the reader may do with it comes with it.
  const loaded = useLoad(
    `agreement/${id}/${user?.id ?? ''}`,
    () => api.GET('/api/agreements/{id}', { params: { path: { id } } }),
    // Asked again once the reader's session is known (what they may do with it), shown meanwhile.
    { keepWhileReloading: true },
  );
  return <Show loaded={loaded}>{(agreement) => <AgreementView agreement={agreement} />}</Show>;
}

type Agreement = NonNullable<
  Awaited<ReturnType<typeof api.GET<'/api/agreements/{id}', { params: { path: { id: string } } }>>>['data']
>;

function AgreementView({ agreement }: { agreement: Agreement }) {
  const t = useT();
  const { language } = useLanguage();
  const zone = useReaderTimeZone();
  usePageTitle(pickText(agreement.title, language).text);
  // A withdrawn text or source stays in the record for its editors, never on the public page.
  const documents = agreement.documents.filter((document) => !document.withdrawal);
  const sources = agreement.sources.filter((citation) => !citation.withdrawal);
  const DECISIONS: Record<string, string> = {
    approved: 'agreement.decision_approved',
    refused: 'agreement.decision_refused',
    pending: 'agreement.decision_pending',
  };
  const SIGNATORY_ROLES: Record<string, string> = {
    signatory: 'agreement.role_signatory',
    witness: 'agreement.role_witness',
  };
  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Group gap="sm">
          <StatusBadge status={agreement.status} />
          <Badge variant="light" color="gray">
            {t(TYPE_LABELS[agreement.type])}
          </Badge>
          {agreement.visibility !== 'public' ? (
            <Badge variant="outline" color="orange">
              {t(agreement.visibility === 'members' ? 'visibility.members' : 'visibility.restricted')}
            </Badge>
          ) : null}
        </Group>
        <Title order={1}>
          <Name text={agreement.title} />
        </Title>
        {pickText(agreement.description, language).text ? (
          <Text dir="auto">{pickText(agreement.description, language).text}</Text>
        ) : null}
        {can(agreement, 'update') ? (
          <Group>
            <Button component={Link} to={`/workspace/agreements/${agreement.id}`} variant="light">
              {t('agreement.edit')}
            </Button>
          </Group>
        ) : null}
      </Stack>

      <section aria-labelledby="parties-title">
        <Title order={2} size="h3" id="parties-title" mb="sm">
          {t('agreement.parties')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {agreement.parties.map((party) => (
            <Card key={party.position} withBorder>
              <Text fw={700}>
                {party.organization ? (
                  <Name text={party.organization.name} to={`/organizations/${party.organization.id}`} />
                ) : (
                  <Name text={party.description} />
                )}
              </Text>
              <Text size="sm" c="dimmed">
                <Country code={party.organization?.countryCode ?? party.countryCode} />
              </Text>
            </Card>
          ))}
        </SimpleGrid>
      </section>

      <Declarations agreementId={agreement.id} />

      <section aria-labelledby="facts-title">
        <Title order={2} size="h3" id="facts-title" mb="sm">
          {t('agreement.facts')}
        </Title>
        <Table variant="vertical" withTableBorder layout="fixed">
          <Table.Tbody>
            <Table.Tr>
              <Table.Th w={220}>{t('agreements.signed_on')}</Table.Th>
              <Table.Td>
                {agreement.signedOn ? <IsoDate value={agreement.signedOn} /> : t('agreement.not_signed')}
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t('agreement.term')}</Table.Th>
              <Table.Td>
                <DateRange from={agreement.startsOn} to={agreement.endsOn} />
                {agreement.termMonths ? (
                  <Text span c="dimmed">
                    {' '}
                    ({t('agreement.months', { count: agreement.termMonths })})
                  </Text>
                ) : null}
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t('agreement.themes')}</Table.Th>
              <Table.Td>
                {agreement.themes.length === 0 ? (
                  '—'
                ) : (
                  <Group gap={6}>
                    {agreement.themes.map((theme) => (
                      <Badge key={theme} variant="light">
                        {t(THEME_LABELS[theme])}
                      </Badge>
                    ))}
                  </Group>
                )}
              </Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </section>

      <section aria-labelledby="timeline-title">
        <Title order={2} size="h3" id="timeline-title" mb="sm">
          {t('agreement.timeline')}
        </Title>
        <Timeline active={agreement.transitions.length - 1} bulletSize={14} lineWidth={2}>
          {agreement.transitions.map((transition) => (
            <Timeline.Item key={transition.id} title={<StatusBadge status={transition.toStatus} />}>
              <Text size="sm">
                <IsoDate value={transition.occurredOn ?? transition.at} />
              </Text>
              <Text size="sm" c="dimmed" data-history-note={transition.note}>
                {t(HISTORY_NOTE_LABELS[transition.note], { number: transition.partNumber ?? 0 })}
              </Text>
              {/* A person's own words stay as they wrote them, in their language. */}
              {transition.note === 'changed' ||
              (transition.note === 'recorded' && transition.reason !== RECORDED_REASON) ? (
                <Text size="sm" c="dimmed" dir="auto">
                  <q>{transition.reason}</q>
                </Text>
              ) : null}
              {transition.occurredOn && !sameDay(transition.occurredOn, transition.at, zone) ? (
                <Text size="xs" c="dimmed">
                  {t('history.recorded_on', { date: formatDay(transition.at, language, zone) })}
                </Text>
              ) : null}
            </Timeline.Item>
          ))}
        </Timeline>
        <CorrectionHistory agreementId={agreement.id} />
      </section>

      <section aria-labelledby="parts-title">
        <Title order={2} size="h3" id="parts-title" mb="sm">
          {t('agreement.parts')}
        </Title>
        <Stack>
          {agreement.parts.map((part) => (
            <Card key={part.id} withBorder>
              <Text fw={700}>
                <Joined
                  separator="em"
                  items={[
                    t('agreement.part_number', { number: part.number }),
                    pickText(part.title, language).text,
                  ]}
                />
              </Text>
              <Text size="sm">
                {part.signedOn ? (
                  <>
                    {t('agreement.signed')} <IsoDate value={part.signedOn} />
                    {part.signingPlace ? (
                      <>
                        {separatorText('dot', language)}
                        <Name
                          text={{
                            ...part.signingPlace.names,
                            en: part.signingPlace.names.en ?? part.signingPlace.name,
                          }}
                        />
                      </>
                    ) : null}
                  </>
                ) : part.plannedFrom || part.plannedTo ? (
                  <>
                    {t('agreement.planned')} <DateRange from={part.plannedFrom} to={part.plannedTo} />
                  </>
                ) : (
                  t('agreement.not_signed')
                )}
              </Text>
              {part.signingEventId ? (
                <Text size="sm">
                  {/* An event still to come is where the part is to be signed, not where it was. */}
                  {t(part.signedOn ? 'agreement.signed_at_event' : 'agreement.to_be_signed_at_event')}{' '}
                  <EventTitle id={part.signingEventId} />
                </Text>
              ) : null}
              {part.signatories.length > 0 ? (
                <List size="sm" mt="xs">
                  {part.signatories.map((signatory) => (
                    <List.Item key={signatory.id}>
                      <Name
                        text={{
                          ...signatory.person.names,
                          en: signatory.person.names.en ?? signatory.person.name,
                        }}
                        to={`/people/${signatory.person.id}`}
                      />
                      {separatorText('em', language)}
                      <Joined
                        separator="comma"
                        items={[
                          t(SIGNATORY_ROLES[signatory.role] ?? 'agreement.role_signatory'),
                          pickText(signatory.postLabel, language).text,
                        ]}
                      />
                    </List.Item>
                  ))}
                </List>
              ) : null}
            </Card>
          ))}
        </Stack>
      </section>

      {agreement.approvals.length > 0 ? (
        <section aria-labelledby="approvals-title">
          <Title order={2} size="h3" id="approvals-title" mb="sm">
            {t('agreement.approvals')}
          </Title>
          <List>
            {agreement.approvals.map((approval) => (
              <List.Item key={approval.id}>
                <Isolate>{approval.authorityName ?? t('agreement.authority')}</Isolate>
                {separatorText('em', language)}
                <Joined
                  items={[
                    t(DECISIONS[approval.decision] ?? 'agreement.decision_pending'),
                    approval.decidedOn ? <IsoDate key="decided" value={approval.decidedOn} /> : null,
                    approval.reference,
                  ]}
                />
              </List.Item>
            ))}
          </List>
        </section>
      ) : null}

      <section aria-labelledby="documents-title">
        <Title order={2} size="h3" id="documents-title" mb="sm">
          {t('agreement.documents')}
        </Title>
        {documents.length === 0 ? (
          <Text c="dimmed">{t('agreement.no_documents')}</Text>
        ) : (
          <List>
            {documents.map((document) => (
              <List.Item key={document.id}>
                <Anchor href={`/api/agreements/${agreement.id}/documents/${document.id}`} download>
                  {document.filename}
                </Anchor>{' '}
                <Text span size="sm" c="dimmed">
                  (
                  <Joined
                    separator="comma"
                    items={[
                      languageName(document.language, language),
                      <FormattedNumber
                        key="size"
                        value={Math.max(1, Math.round(document.sizeBytes / 1024))}
                        style="unit"
                        unit="kilobyte"
                      />,
                    ]}
                  />
                  )
                </Text>
              </List.Item>
            ))}
          </List>
        )}
      </section>

      <Sources citations={sources} />
    </Stack>
  );
}

/** The title of the event a part was signed at. */
function EventTitle({ id }: { id: string }) {
  const loaded = useLoad(`event/${id}`, () => api.GET('/api/events/{id}', { params: { path: { id } } }));
  return loaded.status === 'ready' ? <Name text={loaded.data.title} to={`/events/${id}`} /> : null;
}
