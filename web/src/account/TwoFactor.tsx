import { Alert, Button, Code, Group, Image, List, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { api, type Problem, useLoad } from '../api/client.ts';
import { send } from '../api/send.ts';
import { useSession } from '../app/session.tsx';
import { useT } from '../i18n/i18n.tsx';
import { usePageTitle } from '../portal/usePageTitle.ts';
import { Show } from '../ui/parts.tsx';
import { ProblemNote } from '../workspace/ProblemNote.tsx';
import { fieldError, otherProblem } from './fields.ts';
import { PasswordField } from './PasswordField.tsx';

type Step =
  | { name: 'status' }
  | { name: 'scan'; secret: string; otpauthUri: string }
  | { name: 'codes'; recoveryCodes: string[] };

/** Two-factor sign-in: turned on with an authenticator app (QR code), its recovery codes shown once, and off. */
export default function TwoFactor() {
  const t = useT();
  usePageTitle(t('account.two_factor_heading'));
  const [reload, setReload] = useState(0);
  const status = useLoad(`two-factor-${reload}`, () => api.GET('/api/auth/two-factor'));
  const [step, setStep] = useState<Step>({ name: 'status' });
  const { refresh } = useSession();

  return (
    <Paper maw={640} p="lg" withBorder>
      <Stack>
        <Title order={1} size="h2">
          {t('account.two_factor_heading')}
        </Title>
        {step.name === 'scan' ? (
          <Scan
            setup={step}
            onEnabled={(recoveryCodes) => {
              setStep({ name: 'codes', recoveryCodes });
              void refresh();
            }}
          />
        ) : step.name === 'codes' ? (
          <RecoveryCodes
            codes={step.recoveryCodes}
            onDone={() => {
              setStep({ name: 'status' });
              setReload((n) => n + 1);
            }}
          />
        ) : (
          <Show loaded={status}>
            {(current) =>
              current.enabled ? (
                <>
                  <Alert color="teal" role="status" title={t('account.two_factor_on')}>
                    {t('account.two_factor_codes_left', { count: current.recoveryCodesLeft })}
                  </Alert>
                  <PasswordStep
                    intro={t('account.recovery_new_text')}
                    submit={t('account.recovery_new')}
                    run={(password) =>
                      api.POST('/api/auth/two-factor/recovery-codes', { body: { password } })
                    }
                    onDone={(codes) =>
                      codes && setStep({ name: 'codes', recoveryCodes: codes.recoveryCodes })
                    }
                  />
                  {current.required ? (
                    <Text>{t('account.two_factor_required')}</Text>
                  ) : (
                    <PasswordStep
                      intro={t('account.two_factor_off_text')}
                      submit={t('account.two_factor_turn_off')}
                      color="red"
                      run={(password) => api.POST('/api/auth/two-factor/disable', { body: { password } })}
                      onDone={() => {
                        setReload((n) => n + 1);
                        void refresh();
                      }}
                    />
                  )}
                </>
              ) : (
                <>
                  <Text>{t('account.two_factor_off')}</Text>
                  <PasswordStep
                    intro={t('account.two_factor_start_text')}
                    submit={t('account.two_factor_start')}
                    run={(password) => api.POST('/api/auth/two-factor/setup', { body: { password } })}
                    onDone={(setup) => setup && setStep({ name: 'scan', ...setup })}
                  />
                </>
              )
            }
          </Show>
        )}
      </Stack>
    </Paper>
  );
}

/** The password asked again before a change to two-factor sign-in. */
function PasswordStep<Data>(props: {
  intro: string;
  submit: string;
  color?: string;
  run(password: string): Promise<{ data?: Data; error?: unknown; response: Response }>;
  onDone(data: Data | undefined): void;
}) {
  const t = useT();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <form
      aria-label={props.submit}
      onSubmit={async (event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        setBusy(true);
        const answer = await send(
          props.run(String(form.get('password') ?? '')) as Promise<
            { data: Data; response: Response } | { error: Problem; response: Response }
          >,
        );
        setBusy(false);
        setProblem(answer.problem ?? null);
        if (!answer.problem) props.onDone(answer.data as Data | undefined);
      }}
    >
      <Stack>
        <Text>{props.intro}</Text>
        <ProblemNote problem={otherProblem(problem, ['/password'])} />
        <PasswordField
          name="password"
          label={t('account.current_password')}
          autoComplete="current-password"
          required
          error={fieldError(problem, '/password')}
        />
        <Group>
          <Button type="submit" loading={busy} color={props.color}>
            {props.submit}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function Scan({
  setup,
  onEnabled,
}: {
  setup: { secret: string; otpauthUri: string };
  onEnabled(codes: string[]): void;
}) {
  const t = useT();
  const [qr, setQr] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    let current = true;
    void QRCode.toDataURL(setup.otpauthUri, { margin: 2, width: 220 }).then((url) => current && setQr(url));
    return () => {
      current = false;
    };
  }, [setup.otpauthUri]);

  return (
    <form
      onSubmit={async (event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        setBusy(true);
        const answer = await send(
          api.POST('/api/auth/two-factor/enable', { body: { code: String(form.get('code') ?? '').trim() } }),
        );
        setBusy(false);
        setProblem(answer.problem ?? null);
        if (answer.data) onEnabled(answer.data.recoveryCodes);
      }}
    >
      <Stack>
        <Text>{t('account.two_factor_scan')}</Text>
        {qr ? <Image src={qr} alt={t('account.two_factor_qr')} w={220} h={220} /> : null}
        <Text>
          {t('account.two_factor_secret')}{' '}
          <Code data-testid="totp-secret" dir="ltr">
            {setup.secret}
          </Code>
        </Text>
        <ProblemNote problem={otherProblem(problem, ['/code'])} />
        <TextInput
          name="code"
          label={t('account.two_factor_code')}
          autoComplete="one-time-code"
          inputMode="numeric"
          required
          error={fieldError(problem, '/code')}
        />
        <Group>
          <Button type="submit" loading={busy}>
            {t('account.two_factor_confirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone(): void }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  const text = `${codes.join('\n')}\n`;
  return (
    <Stack>
      <Alert color="orange" title={t('account.recovery_title')}>
        {t('account.recovery_text')}
      </Alert>
      <List aria-label={t('account.recovery_title')} ff="monospace">
        {codes.map((code) => (
          <List.Item key={code}>
            <span dir="ltr">{code}</span>
          </List.Item>
        ))}
      </List>
      <Group>
        <Button
          component="a"
          variant="light"
          download="jumelage-recovery-codes.txt"
          href={`data:text/plain;charset=utf-8,${encodeURIComponent(text)}`}
        >
          {t('account.recovery_download')}
        </Button>
        {/* The clipboard is offered on secure pages only (https, or this computer). */}
        {navigator.clipboard ? (
          <Button
            variant="light"
            onClick={async () => {
              await navigator.clipboard.writeText(text);
              setCopied(true);
            }}
          >
            {copied ? t('account.recovery_copied') : t('account.recovery_copy')}
          </Button>
        ) : null}
        <Button onClick={onDone}>{t('account.recovery_done')}</Button>
      </Group>
    </Stack>
  );
}
