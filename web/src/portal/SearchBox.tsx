import { Combobox, Group, Loader, Text, TextInput, useCombobox } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import { api } from '../api/client.ts';
import type { paths } from '../api/schema';
import { useLanguage, useT } from '../i18n/i18n.tsx';
import { countryName, displayName } from '../i18n/names.ts';
import { separatorText } from '../ui/bidi.tsx';
import { SUGGESTION_KIND_LABELS, suggestionPath } from '../ui/event-labels.ts';

type PlaceMatchReason = NonNullable<
  paths['/api/search']['get']['responses'][200]['content']['application/json']['suggestions'][number]['place']
>['matchReason'];

/** How a place was found, as the suggestion says it. */
const PLACE_MATCH_LABELS: Record<PlaceMatchReason, string> = {
  exact: 'search.place_exact',
  alternate_name: 'search.place_alternate_name',
  prefix: 'search.place_prefix',
  transliteration: 'search.place_transliteration',
  fuzzy: 'search.place_fuzzy',
};

type Results = paths['/api/search']['get']['responses'][200]['content']['application/json'];

/** One search field over organizations, networks, people, events, agreements and places, suggesting as one types. */
export function SearchBox({ autoFocus = false }: { autoFocus?: boolean }) {
  const t = useT();
  const { language } = useLanguage();
  const intl = useIntl();
  const formatDate = (value: string) =>
    intl.formatDate(new Date(`${value}T12:00:00Z`), {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      timeZone: 'UTC',
    });
  const navigate = useNavigate();
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Results | null>(null);
  const [loading, setLoading] = useState(false);
  const latest = useRef(0);
  // The store changes identity as the dropdown opens and closes; the search must not start again for that.
  const dropdown = useRef(combobox);
  dropdown.current = combobox;

  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) {
      setResults(null);
      return;
    }
    const ticket = ++latest.current;
    // Wait for a pause in typing before asking, and keep only the newest answer.
    const timer = setTimeout(async () => {
      setLoading(true);
      const { data } = await api.GET('/api/search', { params: { query: { q } } });
      if (ticket !== latest.current) return;
      setLoading(false);
      setResults(data ?? null);
      dropdown.current.openDropdown();
    }, 180);
    return () => clearTimeout(timer);
  }, [query]);

  const name = (text: Parameters<typeof displayName>[0]) => displayName(text, language).text;
  // One list, best match first whatever the kind (the server ranks them); each opens its own page.
  const items = (results?.suggestions ?? []).map((suggestion) => ({
    value: suggestionPath(suggestion.kind, suggestion.id),
    label: name(suggestion.name),
    hint: [
      t(SUGGESTION_KIND_LABELS[suggestion.kind]),
      countryName(suggestion.countryCode, language),
      suggestion.date ? formatDate(suggestion.date) : '',
      // Found through its place: which of the place's names matched, and how (same sounds, a typo…).
      suggestion.place
        ? t(PLACE_MATCH_LABELS[suggestion.place.matchReason], { name: suggestion.place.matchedName })
        : '',
    ]
      .filter(Boolean)
      .join(separatorText('dot', language)),
  }));
  const empty = results !== null && items.length === 0;

  return (
    <Combobox
      store={combobox}
      onOptionSubmit={(value) => {
        combobox.closeDropdown();
        navigate(value);
      }}
    >
      <Combobox.Target>
        <TextInput
          type="search"
          size="lg"
          label={t('search.label')}
          description={t('search.hint')}
          placeholder={t('search.placeholder')}
          value={query}
          autoFocus={autoFocus}
          rightSection={loading ? <Loader size="xs" aria-hidden /> : null}
          onChange={(event) => {
            setQuery(event.currentTarget.value);
            combobox.updateSelectedOptionIndex();
          }}
          onFocus={() => results && combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && combobox.getSelectedOptionIndex() < 0 && query.trim()) {
              event.preventDefault();
              navigate(`/agreements?q=${encodeURIComponent(query.trim())}`);
            }
          }}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={!results}>
        <Combobox.Options aria-label={t('search.suggestions')}>
          {empty ? <Combobox.Empty>{t('search.nothing')}</Combobox.Empty> : null}
          {items.map((item) => (
            <Combobox.Option value={item.value} key={item.value}>
              <Group justify="space-between" wrap="nowrap" gap="xs">
                <Text size="sm" dir="auto">
                  {item.label}
                </Text>
                <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
                  {item.hint}
                </Text>
              </Group>
            </Combobox.Option>
          ))}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
