import { List, Stack, Text, Title } from '@mantine/core';
import { api, useLoad } from '../api/client.ts';
import type { components } from '../api/schema';
import { useLanguage, useT } from '../i18n/i18n.tsx';
import { isolated } from '../ui/bidi.tsx';
import { formatDay } from '../ui/dates.ts';
import { useReaderTimeZone } from '../ui/time-zone.ts';

/**
 * The confirmed corrections of an agreement, in its history: the value recorded and the corrected
 * one, who proposed and who confirmed the correction, and why. The page shows the corrected value.
 */
export function CorrectionHistory({ agreementId }: { agreementId: string }) {
  const t = useT();
  const loaded = useLoad(`corrections/${agreementId}`, () =>
    api.GET('/api/agreements/{id}/corrections', { params: { path: { id: agreementId } } }),
  );
  if (loaded.status !== 'ready') return null;
  const confirmed = loaded.data.filter((correction) => correction.status === 'confirmed');
  if (confirmed.length === 0) return null;
  return (
    <section aria-labelledby="corrections-history-title">
      <Title order={3} size="h4" id="corrections-history-title" mt="md" mb="xs">
        {t('correction.history')}
      </Title>
      <List spacing="sm">
        {confirmed.map((correction) => (
          <List.Item key={correction.id}>
            <CorrectionLines correction={correction} />
          </List.Item>
        ))}
      </List>
    </section>
  );
}

/**
 * What a correction changes, why, who proposed it and, once decided, who confirmed it: the same
 * lines in the public history and in the workspace's list of corrections waiting for a decision.
 */
export function CorrectionLines({
  correction,
}: {
  correction: components['schemas']['AgreementCorrection'];
}) {
  const t = useT();
  const { language } = useLanguage();
  const zone = useReaderTimeZone();
  return (
    <Stack gap={2}>
      <Text size="sm" fw={600}>
        {t('correction.part_date', {
          number: correction.partNumber,
          from: correction.fromValue ? formatDay(correction.fromValue, language) : '—',
          to: formatDay(correction.toValue, language),
        })}
      </Text>
      <Text size="sm">{t('correction.why', { reason: isolated(correction.reason) })}</Text>
      <Text size="sm" c="dimmed">
        {t('correction.proposed_by', {
          name: isolated(correction.proposedBy?.name ?? '—'),
          date: formatDay(correction.proposedAt, language, zone),
        })}
        {correction.status === 'confirmed' && correction.decidedAt ? (
          <>
            {' '}
            {t('correction.confirmed_by', {
              name: isolated(correction.decidedBy?.name ?? '—'),
              date: formatDay(correction.decidedAt, language, zone),
            })}
          </>
        ) : null}
      </Text>
    </Stack>
  );
}
