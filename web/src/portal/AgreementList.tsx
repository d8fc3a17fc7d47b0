import { Box, Button, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { AGREEMENT_STATUSES } from '../../../src/agreements/lifecycle.ts';
import { AGREEMENT_TYPES, THEMES } from '../../../src/agreements/rules.ts';
import { api, useLoad } from '../api/client.ts';
import { useLanguage, useT } from '../i18n/i18n.tsx';
import { countryName, pickText } from '../i18n/names.ts';
import { STATUS_LABELS, THEME_LABELS, TYPE_LABELS } from '../ui/labels.ts';
import { Show } from '../ui/parts.tsx';
import { AgreementTable } from './AgreementTable.tsx';
import { agreementExportHref, agreementListQuery, FILTERS, type Filter } from './agreement-list-query.ts';
import { ExportLinks } from './ExportLinks.tsx';
import { pageNumber, pageRange } from './page-range.ts';
import { usePageTitle } from './usePageTitle.ts';

const PAGE_SIZE = 25;

/** Every agreement, filtered and sorted by what the address says, so a view can be shared as a link. */
export function AgreementList() {
  const t = useT();
  const { language } = useLanguage();
  usePageTitle(t('agreements.heading'));
  const [params, setParams] = useSearchParams();
  const value = (name: Filter) => params.get(name) ?? '';
  const set = (name: Filter, next: string) => {
    const updated = new URLSearchParams(params);
    if (next) updated.set(name, next);
    else updated.delete(name);
    updated.delete('cursor');
    updated.delete('page');
    setParams(updated);
  };
  // On a phone the filters wait behind one button: the results come first, not nine fields. The
  // screen's width decides (CSS), so the page rendered on the server is right before scripts run.
  const [filtersOpen, setFiltersOpen] = useState(false);
  const activeFilters = FILTERS.filter((name) => name !== 'sort' && params.get(name)).length;
  const pageIndex = pageNumber(params);
  const page = useLoad(`agreements?${params.toString()}`, () =>
    api.GET('/api/agreements', { params: { query: agreementListQuery(params, PAGE_SIZE) } }),
  );
  const figures = useLoad('figures', () => api.GET('/api/figures'));
  const networks = useLoad('networks', () => api.GET('/api/networks'));
  const collator = new Intl.Collator(language);
  const countries =
    figures.status === 'ready'
      ? figures.data.countryCodes
          .map((code) => ({ value: code, label: countryName(code, language) }))
          .sort((a, b) => collator.compare(a.label, b.label))
      : [];
  const any = { value: '', label: t('filters.any') };
  const networkOptions = [
    any,
    ...(networks.status === 'ready'
      ? networks.data.items.map((network) => ({
          value: network.id,
          label: pickText(network.name, language).text,
        }))
      : []),
  ];
  const options = (values: readonly string[], labels: Record<string, string>) => [
    any,
    ...values.map((code) => ({ value: code, label: t(labels[code]!) })),
  ];

  return (
    <Stack gap="lg">
      <Title order={1}>{t('agreements.heading')}</Title>
      <form
        aria-label={t('filters.label')}
        onSubmit={(event) => {
          event.preventDefault();
          set('q', String(new FormData(event.currentTarget).get('q') ?? '').trim());
        }}
      >
        <Button
          variant="default"
          fullWidth
          aria-expanded={filtersOpen}
          aria-controls="agreement-filters"
          onClick={() => setFiltersOpen((open) => !open)}
          mb={filtersOpen ? 'sm' : 0}
          hiddenFrom="sm"
        >
          {t('filters.toggle', { count: activeFilters })}
        </Button>
        <Box id="agreement-filters" data-collapsed={!filtersOpen}>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
            <TextInput
              name="q"
              type="search"
              label={t('filters.text')}
              defaultValue={value('q')}
              key={value('q')}
            />
            <NativeSelect
              label={t('filters.country')}
              value={value('country')}
              onChange={(event) => set('country', event.currentTarget.value)}
              data={[any, ...countries]}
            />
            <NativeSelect
              label={t('filters.status')}
              value={value('status')}
              onChange={(event) => set('status', event.currentTarget.value)}
              data={options(AGREEMENT_STATUSES, STATUS_LABELS)}
            />
            <NativeSelect
              label={t('filters.type')}
              value={value('type')}
              onChange={(event) => set('type', event.currentTarget.value)}
              data={options(AGREEMENT_TYPES, TYPE_LABELS)}
            />
            <NativeSelect
              label={t('filters.theme')}
              value={value('theme')}
              onChange={(event) => set('theme', event.currentTarget.value)}
              data={options(THEMES, THEME_LABELS)}
            />
            <NativeSelect
              label={t('filters.network')}
              value={value('network')}
              onChange={(event) => set('network', event.currentTarget.value)}
              data={networkOptions}
            />
            <NativeSelect
              label={t('filters.validated_by')}
              value={value('validatedBy')}
              onChange={(event) => set('validatedBy', event.currentTarget.value)}
              data={networkOptions}
            />
            <TextInput
              type="date"
              label={t('filters.signed_from')}
              value={value('signedFrom')}
              onChange={(event) => set('signedFrom', event.currentTarget.value)}
            />
            <TextInput
              type="date"
              label={t('filters.signed_to')}
              value={value('signedTo')}
              onChange={(event) => set('signedTo', event.currentTarget.value)}
            />
            <NativeSelect
              label={t('filters.sort')}
              value={value('sort') || 'newest'}
              onChange={(event) =>
                set('sort', event.currentTarget.value === 'newest' ? '' : event.currentTarget.value)
              }
              data={[
                { value: 'newest', label: t('filters.sort_newest') },
                { value: 'oldest', label: t('filters.sort_oldest') },
              ]}
            />
          </SimpleGrid>
          <Group mt="sm">
            <Button type="submit">{t('filters.apply')}</Button>
            <Button variant="subtle" onClick={() => setParams(new URLSearchParams())}>
              {t('filters.clear')}
            </Button>
          </Group>
        </Box>
      </form>
      <ExportLinks href={(format) => agreementExportHref(params, format, language)} />
      <Show loaded={page} skeleton="rows">
        {(data) => {
          const range = pageRange(pageIndex, PAGE_SIZE, data.items.length, data.nextCursor !== null);
          return (
            <>
              <Text role="status" fw={500} data-result-count>
                {range.total !== null && range.page === 1
                  ? t('agreements.count', { count: range.total })
                  : t(range.total !== null ? 'pagination.range_of' : 'pagination.range', {
                      from: range.from,
                      to: range.to,
                      total: range.total ?? 0,
                    })}
              </Text>
              <AgreementTable items={data.items} caption={t('agreements.heading')} />
              <Group component="nav" aria-label={t('pagination.label')}>
                {params.get('cursor') ? (
                  <Button variant="default" onClick={() => set('sort', value('sort'))}>
                    {t('pagination.first')}
                  </Button>
                ) : null}
                <Text aria-current="page" data-page-number>
                  {t('pagination.page', { page: range.page })}
                </Text>
                {data.nextCursor ? (
                  <Button
                    variant="default"
                    onClick={() => {
                      const updated = new URLSearchParams(params);
                      updated.set('cursor', data.nextCursor!);
                      updated.set('page', String(range.page + 1));
                      setParams(updated);
                    }}
                  >
                    {t('pagination.next')}
                  </Button>
                ) : null}
              </Group>
            </>
          );
        }}
      </Show>
    </Stack>
  );
}
