import { Alert, Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { api, type Problem, useLoad } from '../api/client.ts';
import { send } from '../api/send.ts';
import { useLanguage, useT } from '../i18n/i18n.tsx';
import { CorrectionLines } from '../portal/CorrectionHistory.tsx';
import { formatDay } from '../ui/dates.ts';
import { ProblemNote } from './ProblemNote.tsx';

// Corrections of what a signature fixed: a signed part's date is not edited in place; whoever acts
// for the agreement proposes a corrected date with the reason, and a network secretariat or an
// admin (never the proposer) confirms or rejects it.

const fieldError = (problem: Problem | null, field: string) =>
  problem?.errors?.find((error) => error.field === field)?.message ??
  (problem?.field === field ? problem.detail : undefined);

/** The form proposing a corrected date of signature for a signed part. */
export function ProposeCorrection({
  agreementId,
  part,
  onProposed,
}: {
  agreementId: string;
  part: { id: string; number: number; signedOn: string };
  onProposed(): void;
}) {
  const t = useT();
  const { language } = useLanguage();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [sent, setSent] = useState(false);
  return (
    <form
      aria-label={t('correction.propose_part', { number: part.number })}
      onSubmit={async (event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        const proposed = await send(
          api.POST('/api/agreements/{id}/corrections', {
            params: { path: { id: agreementId } },
            body: {
              partId: part.id,
              field: 'signedOn',
              value: String(form.get('value') ?? ''),
              reason: String(form.get('reason') ?? ''),
            },
          }),
        );
        setProblem(proposed.problem ?? null);
        setSent(!proposed.problem);
        if (!proposed.problem) onProposed();
      }}
    >
      <Stack gap="xs">
        <Text size="sm">{t('correction.signed_on', { date: formatDay(part.signedOn, language) })}</Text>
        {problem && !problem.field ? <ProblemNote problem={problem} /> : null}
        <Group align="start">
          <TextInput
            type="date"
            name="value"
            label={t('correction.new_date')}
            required
            error={fieldError(problem, '/value') ?? fieldError(problem, '/partId')}
          />
          <TextInput
            name="reason"
            label={t('correction.reason')}
            required
            style={{ flex: 1, minWidth: '14rem' }}
            error={fieldError(problem, '/reason')}
          />
        </Group>
        <Group>
          <Button type="submit" variant="light">
            {t('correction.propose')}
          </Button>
          {sent ? (
            <Text c="green.8" role="status">
              {t('correction.proposed')}
            </Text>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}

/** The corrections of an agreement still waiting for a decision, with the actions the reader may take. */
export function PendingCorrections({
  agreementId,
  version,
  onDecided,
}: {
  agreementId: string;
  /** Changes when the agreement does: the list is read again. */
  version: number;
  onDecided(): void;
}) {
  const t = useT();
  const loaded = useLoad(`corrections/${agreementId}/${version}`, () =>
    api.GET('/api/agreements/{id}/corrections', { params: { path: { id: agreementId } } }),
  );
  const [problem, setProblem] = useState<Problem | null>(null);
  const [notes, setNotes] = useState<Record<string, string>>({});
  if (loaded.status !== 'ready') return null;
  const pending = loaded.data.filter((correction) => correction.status === 'proposed');
  const decide = async (id: string, action: 'confirm' | 'reject' | 'withdraw') => {
    const path =
      action === 'confirm'
        ? '/api/corrections/{id}/confirm'
        : action === 'reject'
          ? '/api/corrections/{id}/reject'
          : '/api/corrections/{id}/withdraw';
    const note = notes[id]?.trim();
    const decided = await send(api.POST(path, { params: { path: { id } }, body: note ? { note } : {} }));
    setProblem(decided.problem ?? null);
    if (!decided.problem) onDecided();
  };
  return (
    <section aria-labelledby="corrections-title">
      <Title order={2} size="h3" id="corrections-title" mb="sm">
        {t('correction.pending')}
      </Title>
      <ProblemNote problem={problem} />
      {pending.length === 0 ? (
        <Text c="dimmed">{t('correction.none_pending')}</Text>
      ) : (
        <Stack>
          {pending.map((correction) => (
            <Card withBorder key={correction.id}>
              <Stack gap="xs">
                <CorrectionLines correction={correction} />
                {correction.actions.decide ? null : (
                  <Alert color="gray" variant="light">
                    {t('correction.awaits_decision')}
                  </Alert>
                )}
                {correction.actions.decide || correction.actions.withdraw ? (
                  <Group align="end">
                    {correction.actions.decide ? (
                      <>
                        <TextInput
                          label={t('correction.note')}
                          value={notes[correction.id] ?? ''}
                          onChange={(event) => {
                            const text = event.currentTarget.value;
                            setNotes((current) => ({ ...current, [correction.id]: text }));
                          }}
                        />
                        <Button onClick={() => decide(correction.id, 'confirm')}>
                          {t('correction.confirm')}
                        </Button>
                        <Button variant="light" color="red" onClick={() => decide(correction.id, 'reject')}>
                          {t('correction.reject')}
                        </Button>
                      </>
                    ) : null}
                    {correction.actions.withdraw ? (
                      <Button variant="subtle" onClick={() => decide(correction.id, 'withdraw')}>
                        {t('correction.withdraw')}
                      </Button>
                    ) : null}
                  </Group>
                ) : null}
              </Stack>
            </Card>
          ))}
        </Stack>
      )}
    </section>
  );
}
