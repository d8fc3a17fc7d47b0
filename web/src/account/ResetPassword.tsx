import { Alert, Anchor, Button, Paper, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, type Problem } from '../api/client.ts';
import { send } from '../api/send.ts';
import { useT } from '../i18n/i18n.tsx';
import { usePageTitle } from '../portal/usePageTitle.ts';
import { ProblemNote } from '../workspace/ProblemNote.tsx';
import { fieldError, linkToken, otherProblem } from './fields.ts';
import { InvalidLink } from './InvalidLink.tsx';
import { NewPasswordFields, newPasswordOf } from './PasswordField.tsx';

/** Choosing a new password with the link of the reset email. */
export default function ResetPassword() {
  const t = useT();
  usePageTitle(t('account.reset_heading'));
  const [search] = useSearchParams();
  const token = linkToken(search);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [mismatch, setMismatch] = useState(false);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const retry = { to: '/forgot-password', label: t('account.reset_ask_again') };
  const linkDead = !token || Boolean(fieldError(problem, '/token'));

  return (
    <Paper maw={440} mx="auto" p="lg" withBorder>
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          const password = newPasswordOf(form);
          setMismatch(password === null);
          if (password === null) return;
          setBusy(true);
          const answer = await send(
            api.POST('/api/auth/password-reset/confirm', { body: { token, password } }),
          );
          setBusy(false);
          setProblem(answer.problem ?? null);
          setDone(!answer.problem);
        }}
      >
        <Stack>
          <Title order={1} size="h2">
            {t('account.reset_heading')}
          </Title>
          {done ? (
            <Alert color="teal" role="status" title={t('account.reset_done_title')}>
              {t('account.reset_done')}{' '}
              <Anchor component={Link} to="/sign-in" underline="always">
                {t('signin.heading')}
              </Anchor>
            </Alert>
          ) : linkDead ? (
            <InvalidLink text={t('account.reset_invalid')} retry={retry} />
          ) : (
            <>
              <ProblemNote problem={otherProblem(problem, ['/password', '/token'])} />
              <NewPasswordFields problem={problem} mismatch={mismatch} />
              <Button type="submit" loading={busy}>
                {t('account.reset_submit')}
              </Button>
            </>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
