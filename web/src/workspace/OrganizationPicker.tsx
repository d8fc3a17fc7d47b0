import { Combobox, Text, TextInput, useCombobox } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { api } from '../api/client.ts';
import { useLanguage, useT } from '../i18n/i18n.tsx';
import { countryName, displayName, type LocalizedText } from '../i18n/names.ts';
import { Isolate } from '../ui/bidi.tsx';

export interface PickedOrganization {
  id: string;
  name: LocalizedText;
  countryCode: string | null;
}

/** Chooses an organization through the same cross-script search as the portal (Smara, السمارة…). */
export function OrganizationPicker(props: {
  label: string;
  value: PickedOrganization | null;
  onChange(value: PickedOrganization | null): void;
  error?: string | undefined;
}) {
  const t = useT();
  const { language } = useLanguage();
  const combobox = useCombobox();
  const [query, setQuery] = useState(props.value ? displayName(props.value.name, language).text : '');
  const [options, setOptions] = useState<PickedOrganization[]>([]);
  const latest = useRef(0);
  // The store changes identity as the dropdown opens and closes; the search must not start again for that.
  const dropdown = useRef(combobox);
  dropdown.current = combobox;

  useEffect(() => {
    const q = query.trim();
    if (q.length < 2 || (props.value && displayName(props.value.name, language).text === q)) return;
    const ticket = ++latest.current;
    const timer = setTimeout(async () => {
      const { data } = await api.GET('/api/search', { params: { query: { q } } });
      if (ticket !== latest.current || !data) return;
      setOptions(data.organizations);
      dropdown.current.openDropdown();
    }, 180);
    return () => clearTimeout(timer);
  }, [query, props.value, language]);

  return (
    <Combobox
      store={combobox}
      onOptionSubmit={(id) => {
        const chosen = options.find((option) => option.id === id) ?? null;
        props.onChange(chosen);
        if (chosen) setQuery(displayName(chosen.name, language).text);
        combobox.closeDropdown();
      }}
    >
      <Combobox.Target>
        <TextInput
          type="search"
          label={props.label}
          value={query}
          error={props.error}
          placeholder={t('form.organization_placeholder')}
          onChange={(event) => {
            setQuery(event.currentTarget.value);
            props.onChange(null);
          }}
          onBlur={() => combobox.closeDropdown()}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={options.length === 0}>
        <Combobox.Options>
          {options.map((option) => (
            <Combobox.Option value={option.id} key={option.id}>
              <Text size="sm">
                <Isolate>{displayName(option.name, language).text}</Isolate>{' '}
                <Text span size="xs" c="dimmed">
                  <Isolate>{countryName(option.countryCode, language)}</Isolate>
                </Text>
              </Text>
            </Combobox.Option>
          ))}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
