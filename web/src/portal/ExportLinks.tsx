import { Anchor, Group, Text } from '@mantine/core';
import { IconDatabaseExport } from '@tabler/icons-react';
import { useLanguage, useT } from '../i18n/i18n.tsx';

export type ExportFormat = 'csv' | 'xlsx';

/** The address of a list of the API (`agreements`, `people`…) as a file, with these filters, in `lang`. */
export function listExportHref(
  list: 'agreements' | 'organizations' | 'people' | 'networks' | 'events',
  filters: Record<string, string>,
  format: ExportFormat,
  lang: string,
): string {
  return `/api/${list}/export?${new URLSearchParams({ ...filters, format, lang })}`;
}

/**
 * Links that download the list as the reader sees it, filters included, whole (not one page): the
 * browser saves the file the API names, with the reader's session, so it holds what the list shows them.
 */
export function ExportLinks({ href }: { href: (format: ExportFormat) => string }) {
  const t = useT();
  return (
    <Group gap="md" role="group" aria-label={t('export.label')}>
      <Anchor href={href('csv')} download data-format="csv">
        {t('export.csv')}
      </Anchor>
      <Anchor href={href('xlsx')} download data-format="xlsx">
        {t('export.xlsx')}
      </Anchor>
    </Group>
  );
}

/** The address of a network as one Popolo document, its names and texts in `lang`. */
export function popoloHref(networkId: string, lang: string): string {
  return `/api/networks/${networkId}/popolo?${new URLSearchParams({ lang })}`;
}

/**
 * A link that downloads a network as Popolo JSON (its people, bodies, posts, memberships, motions and
 * votes), with the reader's session: each member's vote is in it only for those who may see it.
 */
export function PopoloLink({ network }: { network: string }) {
  const t = useT();
  const { language } = useLanguage();
  return (
    <Group gap="xs" wrap="nowrap">
      <IconDatabaseExport size={18} aria-hidden="true" />
      <Anchor href={popoloHref(network, language)} download type="application/json" data-format="popolo">
        {t('export.popolo')}
      </Anchor>
      <Text span size="sm" c="dimmed">
        {t('export.popolo_hint')}
      </Text>
    </Group>
  );
}
