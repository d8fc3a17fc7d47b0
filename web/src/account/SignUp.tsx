import { Button, List, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedDate } from 'react-intl';
import { useNavigate, useSearchParams } from 'react-router';
import { api, type Problem, useLoad } from '../api/client.ts';
import { send } from '../api/send.ts';
import { useSession } from '../app/session.tsx';
import { useLanguage, useT } from '../i18n/i18n.tsx';
import { usePageTitle } from '../portal/usePageTitle.ts';
import { Loading, Name } from '../ui/parts.tsx';
import { ProblemNote } from '../workspace/ProblemNote.tsx';
import { fieldError, linkToken, otherProblem } from './fields.ts';
import { InvalidLink } from './InvalidLink.tsx';
import { NewPasswordFields, newPasswordOf } from './PasswordField.tsx';

const ROLE_NAMES: Record<string, string> = {
  network_secretariat: 'workspace.role_network_secretariat',
  council_member: 'workspace.role_council_member',
  municipal_officer: 'workspace.role_municipal_officer',
  reviewer: 'workspace.role_reviewer',
};

/** The name of the organization (or network) a role is held in, as the public registry has it. */
function ScopeName({ id }: { id: string }) {
  const loaded = useLoad(`organization-${id}`, () =>
    api.GET('/api/organizations/{id}', { params: { path: { id } } }),
  );
  return loaded.status === 'ready' ? <Name text={loaded.data.name} /> : null;
}

/** Accepting an invitation: what it offers, then a name and a password; ends signed in, in the workspace. */
export default function SignUp() {
  const t = useT();
  usePageTitle(t('account.signup_heading'));
  const [search] = useSearchParams();
  const token = linkToken(search);
  const invitation = useLoad(`invitation-${token}`, () =>
    api.POST('/api/auth/invitation', { body: { token } }),
  );
  if (!token) return <Frame>{<InvalidLink text={t('account.invitation_invalid')} />}</Frame>;
  if (invitation.status === 'loading') return <Loading />;
  if (invitation.status === 'error') {
    return (
      <Frame>
        <InvalidLink text={t('account.invitation_invalid')} />
      </Frame>
    );
  }
  return (
    <Frame>
      <Offer invitation={invitation.data.invitation} />
      <SignUpForm
        token={token}
        email={invitation.data.invitation.email}
        name={invitation.data.invitation.displayName}
      />
    </Frame>
  );
}

function Frame({ children }: { children: React.ReactNode }) {
  const t = useT();
  return (
    <Paper maw={520} mx="auto" p="lg" withBorder>
      <Stack>
        <Title order={1} size="h2">
          {t('account.signup_heading')}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

type Invitation = {
  grants: Array<{ role: string; scopeId: string }>;
  platformAdmin: boolean;
  expiresAt: string;
};

function Offer({ invitation }: { invitation: Invitation }) {
  const t = useT();
  return (
    <section aria-labelledby="offer-title">
      <Text id="offer-title" fw={500}>
        {t('account.signup_offer')}
      </Text>
      <List>
        {invitation.platformAdmin ? <List.Item>{t('workspace.role_platform_admin')}</List.Item> : null}
        {invitation.grants.map((grant) => (
          <List.Item key={`${grant.role}-${grant.scopeId}`}>
            {t(ROLE_NAMES[grant.role] ?? 'workspace.role_municipal_officer')} —{' '}
            <ScopeName id={grant.scopeId} />
          </List.Item>
        ))}
      </List>
      <Text size="sm" c="dimmed" mt="xs">
        {t('account.signup_expires')}{' '}
        <FormattedDate value={new Date(invitation.expiresAt)} year="numeric" month="long" day="numeric" />
      </Text>
    </section>
  );
}

function SignUpForm({ token, email, name }: { token: string; email: string; name: string | null }) {
  const t = useT();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const { refresh } = useSession();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [mismatch, setMismatch] = useState(false);
  const [busy, setBusy] = useState(false);
  const fields = ['/displayName', '/password'];
  const general = otherProblem(problem, fields);

  return (
    <form
      onSubmit={async (event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        const password = newPasswordOf(form);
        setMismatch(password === null);
        if (password === null) return;
        setBusy(true);
        const answer = await send(
          api.POST('/api/auth/sign-up', {
            body: { token, displayName: String(form.get('displayName') ?? ''), password, language },
          }),
        );
        setBusy(false);
        if (answer.problem) {
          setProblem(answer.problem);
          return;
        }
        await refresh();
        navigate('/workspace');
      }}
    >
      <Stack>
        {general && fieldError(general, '/token') ? (
          <InvalidLink text={t('account.invitation_invalid')} />
        ) : (
          <ProblemNote problem={general} />
        )}
        <TextInput label={t('signin.email')} value={email} readOnly autoComplete="username" name="email" />
        <TextInput
          name="displayName"
          label={t('account.display_name')}
          defaultValue={name ?? ''}
          autoComplete="name"
          required
          error={fieldError(problem, '/displayName')}
        />
        <NewPasswordFields problem={problem} mismatch={mismatch} />
        <Button type="submit" loading={busy}>
          {t('account.signup_submit')}
        </Button>
      </Stack>
    </form>
  );
}
