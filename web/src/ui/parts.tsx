import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { type ReactNode, useSyncExternalStore } from 'react';
import { Link, useNavigate } from 'react-router';
import { AGREEMENT_STATUSES } from '../../../src/agreements/lifecycle.ts';
import type { Loaded, Problem } from '../api/client.ts';
import { useLanguage, useT } from '../i18n/i18n.tsx';
import { countryName, displayName, type LocalizedText } from '../i18n/names.ts';
import { Isolate, separatorText } from './bidi.tsx';
import { formatDay, formatDayRange } from './dates.ts';
import { oneOf } from './forms.ts';
import { STATUS_COLORS, STATUS_LABELS } from './labels.ts';
import { useReaderTimeZone } from './time-zone.ts';

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

/**
 * A period in the reader's language, as Intl writes one ("3 – 5 March 2024", "du 3 au 5 mars
 * 2024"); an open end says so ("from …", "until …"), and an unknown period says that it is not stated.
 */
export function DateRange({ from, to }: { from: string | null | undefined; to: string | null | undefined }) {
  const { language } = useLanguage();
  const t = useT();
  const zone = useReaderTimeZone();
  if (from && to) return <>{formatDayRange(from, to, language, zone)}</>;
  if (from) return <>{t('dates.from', { date: formatDay(from, language, zone) })}</>;
  if (to) return <>{t('dates.until', { date: formatDay(to, language, zone) })}</>;
  return <>{t('dates.not_stated')}</>;
}

/** A day (YYYY-MM-DD) or a moment's day, in the one date style of every page (dates.ts). */
export function IsoDate({ value }: { value: string | Date | null | undefined }) {
  const { language } = useLanguage();
  const zone = useReaderTimeZone();
  if (!value) return null;
  return <>{formatDay(value, language, zone)}</>;
}

/**
 * The shape of what is coming, while it loads: grey lines or cards where the content will be, so
 * the page does not jump when it arrives. Screen readers hear that it is loading.
 */
export function Loading({ shape = 'lines' }: { shape?: SkeletonShape }) {
  const t = useT();
  return (
    <Stack gap="sm" aria-busy="true" data-skeleton={shape}>
      <VisuallyHidden>{t('common.loading')}</VisuallyHidden>
      {shape === 'cards' ? (
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          {[0, 1, 2, 3].map((index) => (
            // As tall as a figure's card (a number and a line), so nothing below moves when it comes.
            <Skeleton key={index} height={106} radius="sm" />
          ))}
        </SimpleGrid>
      ) : shape === 'rows' ? (
        [0, 1, 2, 3, 4].map((index) => <Skeleton key={index} height={44} radius="sm" />)
      ) : (
        <>
          <Skeleton height={14} radius="xl" />
          <Skeleton height={14} radius="xl" width="85%" />
          <Skeleton height={14} radius="xl" width="70%" />
        </>
      )}
    </Stack>
  );
}

export type SkeletonShape = 'lines' | 'cards' | 'rows';

/**
 * What failed, with a way on: try again (a phone that lost its network a moment), go back, or go
 * to the home page.
 */
const noSubscription = () => () => {};

export function ProblemAlert({ problem, retry }: { problem: Problem; retry?: () => void }) {
  const t = useT();
  // Known in the browser only: the page rendered on the server, and taken over as it is, has no way back.
  const canGoBack = useSyncExternalStore(
    noSubscription,
    () => window.history.length > 1,
    () => false,
  );
  const navigate = useNavigate();
  return (
    <Alert
      color="red"
      title={problem.status === 404 ? t('common.not_found') : t('common.error')}
      role="alert"
    >
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{problem.detail ?? problem.title}</Text>
        <Group gap="sm">
          {retry && problem.status !== 404 ? (
            <Button size="xs" onClick={retry}>
              {t('common.retry')}
            </Button>
          ) : null}
          {canGoBack ? (
            <Button size="xs" variant="default" onClick={() => navigate(-1)}>
              {t('common.back')}
            </Button>
          ) : null}
          <Anchor component={Link} to="/" size="sm">
            {t('nav.home')}
          </Anchor>
        </Group>
      </Stack>
    </Alert>
  );
}

/** Renders a loaded value, or the shape of what is coming, or the problem with a way on. */
export function Show<T>({
  loaded,
  skeleton,
  children,
}: {
  loaded: Loaded<T>;
  skeleton?: SkeletonShape;
  children: (data: T) => ReactNode;
}) {
  if (loaded.status === 'loading') return <Loading shape={skeleton} />;
  if (loaded.status === 'error') return <ProblemAlert problem={loaded.problem} retry={loaded.retry} />;
  return <>{children(loaded.data)}</>;
}

/**
 * The pages of a list read by cursor: back to the page before, on to the next while there is one.
 * `cursors` holds the cursor of each page read so far (undefined for the first).
 */
export function CursorPager({
  cursors,
  setCursors,
  nextCursor,
  labels,
}: {
  cursors: ReadonlyArray<string | undefined>;
  setCursors: (update: (list: Array<string | undefined>) => Array<string | undefined>) => void;
  nextCursor: string | null | undefined;
  labels: { previous: string; next: string };
}) {
  return (
    <Group>
      {cursors.length > 1 ? (
        <Button variant="subtle" onClick={() => setCursors((list) => list.slice(0, -1))}>
          {labels.previous}
        </Button>
      ) : null}
      {nextCursor ? (
        <Button variant="subtle" onClick={() => setCursors((list) => [...list, nextCursor])}>
          {labels.next}
        </Button>
      ) : null}
    </Group>
  );
}
