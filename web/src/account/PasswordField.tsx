import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useId } from 'react';
import type { Problem } from '../api/client.ts';
import { useT } from '../i18n/i18n.tsx';
import { fieldError } from './fields.ts';

/**
 * A password input whose error is tied to it for assistive technology: Mantine's PasswordInput shows
 * the error but marks neither the input invalid nor described by it.
 */
export function PasswordField(props: PasswordInputProps & { name: string }) {
  const id = useId();
  return (
    <PasswordInput
      id={id}
      {...props}
      aria-invalid={props.error ? true : undefined}
      aria-describedby={props.error ? `${id}-error` : props.description ? `${id}-description` : undefined}
    />
  );
}

/** The new password of a form with `NewPasswordFields`, or null when its confirmation differs. */
export function newPasswordOf(form: FormData): string | null {
  const password = String(form.get('password') ?? '');
  return password === String(form.get('confirm') ?? '') ? password : null;
}

/**
 * A new password and its confirmation, as every page that sets one asks for them: the API's
 * objection to the password at the first, a mismatch at the second.
 */
export function NewPasswordFields({ problem, mismatch }: { problem: Problem | null; mismatch: boolean }) {
  const t = useT();
  return (
    <>
      <PasswordField
        name="password"
        label={t('account.new_password')}
        description={t('account.password_hint')}
        autoComplete="new-password"
        required
        error={fieldError(problem, '/password')}
      />
      <PasswordField
        name="confirm"
        label={t('account.confirm_password')}
        autoComplete="new-password"
        required
        error={mismatch ? t('account.password_mismatch') : undefined}
      />
    </>
  );
}
