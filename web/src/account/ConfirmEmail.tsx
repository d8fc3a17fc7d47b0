import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { api, type Problem } from '../api/client.ts';
import { send } from '../api/send.ts';
import { useSession } from '../app/session.tsx';
import { useT } from '../i18n/i18n.tsx';
import { usePageTitle } from '../portal/usePageTitle.ts';
import { ProblemNote } from '../workspace/ProblemNote.tsx';
import { fieldError, linkToken } from './fields.ts';
import { InvalidLink } from './InvalidLink.tsx';

/**
 * Confirming a new email address with the link sent to it. The change waits for a click: a mail
 * scanner that opens links does not confirm it on the owner's behalf.
 */
export default function ConfirmEmail() {
  const t = useT();
  usePageTitle(t('account.email_heading'));
  const [search] = useSearchParams();
  const token = linkToken(search);
  const { user, refresh } = useSession();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [confirmed, setConfirmed] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  return (
    <Paper maw={440} mx="auto" p="lg" withBorder>
      <Stack>
        <Title order={1} size="h2">
          {t('account.email_heading')}
        </Title>
        {confirmed ? (
          <Alert color="teal" role="status" title={t('account.email_done_title')}>
            {t('account.email_done', { email: confirmed })}
          </Alert>
        ) : !token || fieldError(problem, '/token') ? (
          <InvalidLink text={t('account.email_invalid')} />
        ) : (
          <>
            <Text>{t('account.email_text')}</Text>
            <ProblemNote problem={problem} />
            <Button
              loading={busy}
              onClick={async () => {
                setBusy(true);
                const answer = await send(api.POST('/api/auth/email/confirm', { body: { token } }));
                setBusy(false);
                setProblem(answer.problem ?? null);
                if (answer.data) {
                  setConfirmed(answer.data.email);
                  if (user) await refresh();
                }
              }}
            >
              {t('account.email_submit')}
            </Button>
          </>
        )}
      </Stack>
    </Paper>
  );
}
