import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { AGREEMENT_STATUSES } from '../../../src/agreements/lifecycle.ts';
import { AGREEMENT_TYPES, THEMES } from '../../../src/agreements/rules.ts';
import { api, useLoad } from '../api/client.ts';
import { useLanguage, useT } from '../i18n/i18n.tsx';
import { countryName, pickText } from '../i18n/names.ts';
import { STATUS_LABELS, THEME_LABELS, TYPE_LABELS } from '../ui/labels.ts';
import { Show } from '../ui/parts.tsx';
import { AgreementTable } from './AgreementTable.tsx';
import { agreementExportHref, agreementListQuery, type Filter } from './agreement-list-query.ts';
import { ExportLinks } from './ExportLinks.tsx';
import { usePageTitle } from './usePageTitle.ts';

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
    setParams(updated);
  };
  const page = useLoad(`agreements?${params.toString()}`, () =>
    api.GET('/api/agreements', { params: { query: agreementListQuery(params, 25) } }),
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
            data={[
              any,
              ...(networks.status === 'ready'
                ? networks.data.items.map((network) => ({
                    value: network.id,
                    label: pickText(network.name, language).text,
                  }))
                : []),
            ]}
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
      </form>
      <ExportLinks href={(format) => agreementExportHref(params, format, language)} />
      <Show loaded={page}>
        {(data) => (
          <>
            <AgreementTable items={data.items} caption={t('agreements.heading')} />
            <Group>
              {params.get('cursor') ? (
                <Button variant="default" onClick={() => set('sort', value('sort'))}>
                  {t('pagination.first')}
                </Button>
              ) : null}
              {data.nextCursor ? (
                <Button
                  variant="default"
                  onClick={() => {
                    const updated = new URLSearchParams(params);
                    updated.set('cursor', data.nextCursor!);
                    setParams(updated);
                  }}
                >
                  {t('pagination.next')}
                </Button>
              ) : null}
            </Group>
          </>
        )}
      </Show>
    </Stack>
  );
}
