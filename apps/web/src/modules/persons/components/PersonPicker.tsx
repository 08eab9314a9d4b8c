import { useState } from 'react';
import { Select, type ComboboxItem } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDate, formatPersonalCode } from '@socrehab/domain';
import { findPersons, fullName } from '../persons.api';

interface Props {
  label: string;
  value: string | null;
  onChange: (id: string | null, label: string | null) => void;
  /** Persons that may not be chosen (e.g. the person themselves). */
  exclude?: string[];
  error?: string;
}

/** Choose another person by typing a name, personal code or birth date (the same search as the registry). */
export function PersonPicker({ label, value, onChange, exclude = [], error }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 300);
  const results = useQuery({
    queryKey: ['persons', 'picker', debounced],
    queryFn: ({ signal }) => findPersons({ q: debounced, page: 1, pageSize: 10 }, signal),
    enabled: debounced.trim().length >= 2,
  });
  const data: ComboboxItem[] = (results.data?.items ?? [])
    .filter((p) => !exclude.includes(p.id))
    .map((p) => ({
      value: p.id,
      label: [fullName(p), p.personalCode ? formatPersonalCode(p.personalCode) : formatDate(p.birthDate)].filter(Boolean).join(' · '),
    }));

  return (
    <Select
      label={label}
      placeholder={t('picker.placeholder')}
      searchable
      clearable
      data={data}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(id, option) => onChange(id, option?.label ?? null)}
      filter={({ options }) => options}
      nothingFoundMessage={debounced.trim().length >= 2 && !results.isFetching ? t('picker.nothingFound') : undefined}
      error={error}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
