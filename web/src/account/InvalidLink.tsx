import { Alert, Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { useT } from '../i18n/i18n.tsx';

/** A link from an email that no longer opens anything: unknown, used, withdrawn or expired. */
export function InvalidLink({ text, retry }: { text: string; retry?: { to: string; label: string } }) {
  const t = useT();
  return (
    <Alert color="red" role="alert" title={t('account.link_invalid_title')}>
      {text}
      {retry ? (
        <>
          {' '}
          <Anchor component={Link} to={retry.to} underline="always">
            {retry.label}
          </Anchor>
        </>
      ) : null}
    </Alert>
  );
}
