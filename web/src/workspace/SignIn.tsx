import { Alert, Anchor, Button, Paper, PasswordInput, Stack, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api, type Problem } from '../api/client.ts';
import { send } from '../api/send.ts';
import { useSession } from '../app/session.tsx';
import { useT } from '../i18n/i18n.tsx';
import { usePageTitle } from '../portal/usePageTitle.ts';

export default function SignIn() {
  const t = useT();
  usePageTitle(t('signin.heading'));
  const navigate = useNavigate();
  const { refresh } = useSession();
  const [needsCode, setNeedsCode] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);

  return (
    <Paper maw={440} mx="auto" p="lg" withBorder>
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          setBusy(true);
          const { problem: refusal } = await send(
            api.POST('/api/auth/sign-in', {
              body: {
                email: String(form.get('email') ?? ''),
                password: String(form.get('password') ?? ''),
                ...(needsCode ? { code: String(form.get('code') ?? '') } : {}),
              },
            }),
          );
          setBusy(false);
          if (!refusal) {
            await refresh();
            navigate('/workspace');
            return;
          }
          if (refusal.field === '/code' && !needsCode) {
            setNeedsCode(true);
            setProblem(null);
            return;
          }
          setProblem(refusal);
        }}
      >
        <Stack>
          <Title order={1} size="h2">
            {t('signin.heading')}
          </Title>
          {problem ? (
            // The refusal's own title is the API's generic one for its status ("Sign in first"):
            // here the person just tried, so the page says what happened and the detail says why.
            <Alert color="red" role="alert" title={t('signin.refused')}>
              {problem.detail ?? problem.errors?.[0]?.message ?? problem.title}
            </Alert>
          ) : null}
          <TextInput name="email" type="email" label={t('signin.email')} autoComplete="username" required />
          <PasswordInput
            name="password"
            label={t('signin.password')}
            autoComplete="current-password"
            required
          />
          {needsCode ? (
            <TextInput
              name="code"
              label={t('signin.code')}
              description={t('signin.code_hint')}
              autoComplete="one-time-code"
              inputMode="numeric"
              required
              autoFocus
            />
          ) : null}
          <Button type="submit" loading={busy}>
            {t('signin.submit')}
          </Button>
          <Anchor component={Link} to="/forgot-password" size="sm" underline="always">
            {t('account.forgot_link')}
          </Anchor>
        </Stack>
      </form>
    </Paper>
  );
}
