import { Alert, Anchor, Badge, Center, Loader, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { FormattedDate, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { AGREEMENT_STATUSES } from '../../../src/agreements/lifecycle.ts';
import type { Loaded, Problem } from '../api/client.ts';
import { useLanguage, useT } from '../i18n/i18n.tsx';
import { countryName, displayName, type LocalizedText } from '../i18n/names.ts';
import { Isolate, separatorText } from './bidi.tsx';
import { oneOf } from './forms.ts';
import { STATUS_COLORS, STATUS_LABELS } from './labels.ts';

/**
 * A record's name in the reader's language, with the other script's spelling beside it. Each
 * spelling is isolated and the separator stays between them, so that an Arabic and a Latin name
 * never run together in either direction.
 */
export function Name({ text, to }: { text: LocalizedText | null | undefined; to?: string }) {
  const { language } = useLanguage();
  const name = displayName(text, language);
  const main = <Isolate lang={name.lang}>{name.text}</Isolate>;
  return (
    <>
      {to ? (
        <Anchor component={Link} to={to}>
          {main}
        </Anchor>
      ) : (
        main
      )}
      {name.original ? (
        <Text span c="dimmed" size="sm">
          {separatorText('dot', language)}
          <Isolate lang={name.original.lang}>{name.original.text}</Isolate>
        </Text>
      ) : null}
    </>
  );
}

export function Country({ code }: { code: string | null | undefined }) {
  const { language } = useLanguage();
  const name = countryName(code, language);
  return name ? <Isolate>{name}</Isolate> : null;
}

export function StatusBadge({ status }: { status: string }) {
  const t = useT();
  const known = oneOf(AGREEMENT_STATUSES, status);
  return (
    <Badge
      color={known ? STATUS_COLORS[known] : 'gray'}
      variant="filled"
      radius="sm"
      tt="none"
      maw="none"
      styles={{ label: { overflow: 'visible' } }}
    >
      {t(known ? STATUS_LABELS[known] : 'status.unknown')}
    </Badge>
  );
}

/** An ISO date (YYYY-MM-DD) in the reader's calendar conventions. */
const LONG_DATE = { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' } as const;
const noon = (value: string) => new Date(`${value}T12:00:00Z`);

/**
 * A period in the reader's language, as Intl writes one ("3 – 5 March 2024", "du 3 au 5 mars
 * 2024"); an open end says so ("from …", "until …"), and an unknown period says that it is not stated.
 */
export function DateRange({ from, to }: { from: string | null | undefined; to: string | null | undefined }) {
  const intl = useIntl();
  const t = useT();
  if (from && to) return <>{intl.formatDateTimeRange(noon(from), noon(to), LONG_DATE)}</>;
  if (from) return <>{t('dates.from', { date: intl.formatDate(noon(from), LONG_DATE) })}</>;
  if (to) return <>{t('dates.until', { date: intl.formatDate(noon(to), LONG_DATE) })}</>;
  return <>{t('dates.not_stated')}</>;
}

export function IsoDate({ value }: { value: string | null | undefined }) {
  if (!value) return null;
  return (
    <FormattedDate
      value={new Date(`${value}T12:00:00Z`)}
      year="numeric"
      month="long"
      day="numeric"
      timeZone="UTC"
    />
  );
}

export function Loading() {
  const t = useT();
  return (
    <Center py="xl">
      <Loader aria-label={t('common.loading')} />
    </Center>
  );
}

export function ProblemAlert({ problem }: { problem: Problem }) {
  const t = useT();
  return (
    <Alert
      color="red"
      title={problem.status === 404 ? t('common.not_found') : t('common.error')}
      role="alert"
    >
      {problem.detail ?? problem.title}
    </Alert>
  );
}

/** Renders a loaded value, or the loader, or the problem. */
export function Show<T>({ loaded, children }: { loaded: Loaded<T>; children: (data: T) => ReactNode }) {
  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'error') return <ProblemAlert problem={loaded.problem} />;
  return <>{children(loaded.data)}</>;
}
