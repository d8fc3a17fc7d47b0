import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useId } from 'react';

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
