import { useEffect, useState, type FormEvent } from 'react';
import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../shared/auth/session';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { QueryState } from '../../../shared/ui/QueryState';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { findPersons, personKeys } from '../persons.api';
import { PersonResults } from '../components/PersonResults';
import { Pager } from '../components/Pager';

/** Search the registry: name (diacritics optional), personal code or birth date; ranked, paginated. */
export function PersonsPage() {
  const { t } = useTranslation();
  usePageTitle(t('persons.title'));
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [text, setText] = useState(q);
  const [debounced] = useDebouncedValue(text, 350);

  useEffect(() => setText(q), [q]);
  useEffect(() => {
    if (debounced.trim() !== q) setParams(debounced.trim() ? { q: debounced.trim() } : {}, { replace: true });
    // only typing drives this; the URL drives `text` above
  }, [debounced]);

  const results = useQuery({
    queryKey: personKeys.list(q, page),
    queryFn: ({ signal }) => findPersons({ q, page }, signal),
    placeholderData: keepPreviousData,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setParams(text.trim() ? { q: text.trim() } : {});
  };
  const goTo = (next: number) => setParams({ ...(q ? { q } : {}), page: String(next) });

  return (
    <>
      <PageHeader
        title={t('persons.title')}
        description={t('persons.intro')}
        actions={me.abilities.createPerson ? <Button component={Link} to="/persons/new">{t('persons.register')}</Button> : null}
      />
      <Paper p={{ base: 'sm', sm: 'md' }} mb="lg">
        <form onSubmit={submit} role="search">
          <Group align="flex-end" gap="sm" wrap="nowrap">
            <TextInput
              style={{ flex: 1 }}
              label={t('persons.searchLabel')}
              placeholder={t('persons.searchPlaceholder')}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              type="search"
              autoComplete="off"
              size="md"
            />
            <Button type="submit" size="md">{t('persons.searchSubmit')}</Button>
          </Group>
        </form>
      </Paper>
      <Stack gap="sm">
        <Title order={2} aria-live="polite">{q ? t('persons.results', { query: q }) : t('persons.recent')}</Title>
        <QueryState query={results}>
          {(data) => data.items.length === 0 ? (
            <Paper p="lg"><Text>{q ? t('persons.noResults') : t('persons.noPersons')}</Text></Paper>
          ) : (
            <>
              <PersonResults items={data.items} />
              <Pager page={data.page} hasMore={data.hasMore} onChange={goTo} />
            </>
          )}
        </QueryState>
      </Stack>
    </>
  );
}
