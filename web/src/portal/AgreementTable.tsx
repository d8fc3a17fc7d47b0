import { Card, Group, Stack, Table, Text } from '@mantine/core';
import type { paths } from '../api/schema';
import { useT } from '../i18n/i18n.tsx';
import { TYPE_LABELS } from '../ui/labels.ts';
import { Country, IsoDate, Name, StatusBadge } from '../ui/parts.tsx';

export type AgreementSummary =
  paths['/api/agreements']['get']['responses'][200]['content']['application/json']['items'][number];

/** Agreements as a table: title, parties with their countries, type, status, date signed. */
export function AgreementTable({ items, caption }: { items: AgreementSummary[]; caption: string }) {
  const t = useT();
  if (items.length === 0) return <Text c="dimmed">{t('agreements.none')}</Text>;
  // A table is wider than a phone: there, each agreement is a card of its own, read top to bottom.
  // Both are written and the screen's width shows one (CSS), so the page the server renders is
  // already right on a phone, before any script runs.
  return (
    <>
      <Stack
        gap="sm"
        component="ul"
        aria-label={caption}
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
        hiddenFrom="sm"
      >
        {items.map((agreement) => (
          <Card key={agreement.id} withBorder padding="sm" component="li" data-agreement-card>
            <Stack gap={6}>
              <Text fw={700} style={{ overflowWrap: 'anywhere' }}>
                <Name text={agreement.title} to={`/agreements/${agreement.id}`} />
              </Text>
              <Group gap="xs">
                <StatusBadge status={agreement.status} />
                <Text size="sm">{t(TYPE_LABELS[agreement.type])}</Text>
              </Group>
              <Parties agreement={agreement} />
              {agreement.signedOn ? (
                <Text size="sm">
                  {t('agreements.signed_on')} <IsoDate value={agreement.signedOn} />
                </Text>
              ) : null}
            </Stack>
          </Card>
        ))}
      </Stack>
      <Table.ScrollContainer minWidth={640} visibleFrom="sm">
        <Table striped highlightOnHover verticalSpacing="sm">
          <Table.Caption>{caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('agreements.title')}</Table.Th>
              <Table.Th scope="col">{t('agreements.parties')}</Table.Th>
              <Table.Th scope="col">{t('agreements.type')}</Table.Th>
              <Table.Th scope="col">{t('agreements.status')}</Table.Th>
              <Table.Th scope="col">{t('agreements.signed_on')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((agreement) => (
              <Table.Tr key={agreement.id}>
                <Table.Td>
                  <Name text={agreement.title} to={`/agreements/${agreement.id}`} />
                </Table.Td>
                <Table.Td>
                  <Parties agreement={agreement} />
                </Table.Td>
                <Table.Td>{t(TYPE_LABELS[agreement.type])}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <StatusBadge status={agreement.status} />
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <IsoDate value={agreement.signedOn} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}

function Parties({ agreement }: { agreement: AgreementSummary }) {
  return (
    <>
      {agreement.parties.map((party) => (
        <div key={party.position} style={{ overflowWrap: 'anywhere' }}>
          {party.organization ? (
            <Name text={party.organization.name} to={`/organizations/${party.organization.id}`} />
          ) : (
            <Name text={party.description} />
          )}
          {/* On its own line: beside a name in the other script it would read as part of it. */}
          <Text size="xs" c="dimmed">
            <Country code={party.organization?.countryCode ?? party.countryCode} />
          </Text>
        </div>
      ))}
    </>
  );
}
