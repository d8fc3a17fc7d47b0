import { Alert, Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { api, type Problem } from '../api/client.ts';
import { send } from '../api/send.ts';
import { useT } from '../i18n/i18n.tsx';
import { usePageTitle } from '../portal/usePageTitle.ts';
import { ProblemNote } from '../workspace/ProblemNote.tsx';
import { fieldError, otherProblem } from './fields.ts';

/** Asking for a reset link: the answer is the same whether or not the address has an account. */
export default function ForgotPassword() {
  const t = useT();
  usePageTitle(t('account.forgot_heading'));
  const [problem, setProblem] = useState<Problem | null>(null);
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);

  return (
    <Paper maw={440} mx="auto" p="lg" withBorder>
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          setBusy(true);
          const answer = await send(
            api.POST('/api/auth/password-reset', { body: { email: String(form.get('email') ?? '') } }),
          );
          setBusy(false);
          setProblem(answer.problem ?? null);
          setSent(!answer.problem);
        }}
      >
        <Stack>
          <Title order={1} size="h2">
            {t('account.forgot_heading')}
          </Title>
          {sent ? (
            <Alert color="teal" role="status" title={t('account.forgot_sent_title')}>
              {t('account.forgot_sent')}
            </Alert>
          ) : (
            <>
              <Text>{t('account.forgot_text')}</Text>
              <ProblemNote problem={otherProblem(problem, ['/email'])} />
              <TextInput
                name="email"
                type="email"
                label={t('signin.email')}
                autoComplete="username"
                required
                error={fieldError(problem, '/email')}
              />
              <Button type="submit" loading={busy}>
                {t('account.forgot_submit')}
              </Button>
            </>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
