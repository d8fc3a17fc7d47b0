import { Anchor, Group } from '@mantine/core';
import { useT } from '../i18n/i18n.tsx';

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
