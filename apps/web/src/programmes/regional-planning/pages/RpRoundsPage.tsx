import { useState } from 'react';
import { Anchor, Button, Checkbox, Group, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { isoDayInRiga } from '@socrehab/domain';
import { fieldErrorsOf, messageOf } from '../../../shared/api/errors';
import { ApiError } from '../../../shared/api/client';
import { parseDisplayDate, toDisplayDate } from '../../../shared/dates';
import { DateField } from '../../../shared/ui/DateField';
import { FormError } from '../../../shared/ui/FormFeedback';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { QueryState } from '../../../shared/ui/QueryState';
import { Section } from '../../../shared/ui/Section';
import { ListTable } from '../../../shared/ui/ListTable';
import { Tag } from '../../../shared/ui/Tag';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { getOverview, getRounds, openRound, rpKeys } from '../regional-planning.api';
import { useRpFormat } from '../rp-format';

const TONE = { not_started: 'warning', in_progress: 'brand', confirmed: 'success', open: 'brand', closed: 'neutral' } as const;

/** RP-6 the region's update rounds: who is done in each; the planner opens the next with a deadline for the municipalities chosen. */
export function RpRoundsPage() {
  const { t } = useTranslation();
  const f = useRpFormat();
  usePageTitle(t('rpPages.rounds.title'));
  const rounds = useQuery({ queryKey: rpKeys.rounds, queryFn: ({ signal }) => getRounds(signal) });
  return (
    <Stack gap="lg">
      <PageHeader title={t('rpPages.rounds.title')} description={t('rpPages.rounds.intro')} />
      <QueryState query={rounds}>
        {(data) => (
          <>
            <Section id="rp-rounds" title={t('rpPages.rounds.table')}>
              {data.items.length === 0 ? <Text c="dimmed">{t('rpPages.rounds.empty')}</Text> : (
                <ListTable label={t('rpPages.rounds.table')} minWidth={640}
                  columns={[t('rpPages.rounds.name'), t('rpPages.rounds.openedOn'), t('rpPages.rounds.deadline'), t('rpPages.rounds.status'), data.ownMunicipalityAtvk ? t('rpPages.rounds.ownPart') : t('rpPages.rounds.progress')]}>
                  {data.items.map((r) => (
                    <Table.Tr key={r.id}>
                      <Table.Td><Anchor component={Link} to={`/rp/rounds/${r.id}`}>{r.name}</Anchor></Table.Td>
                      <Table.Td>{f.date(r.openedOn)}</Table.Td>
                      <Table.Td>{f.date(r.deadline)}</Table.Td>
                      <Table.Td><Tag tone={TONE[r.status]}>{t(`rpPages.status.${r.status}`)}</Tag></Table.Td>
                      <Table.Td>{r.ownPartStatus ? <Tag tone={TONE[r.ownPartStatus]}>{t(`rpPages.status.${r.ownPartStatus}`)}</Tag>
                        : t('rpPages.rounds.progressValue', { confirmed: r.progress.confirmed, total: r.progress.total })}</Table.Td>
                    </Table.Tr>
                  ))}
                </ListTable>
              )}
            </Section>
            {data.mayOpen && !data.items.some((r) => r.status === 'open') ? <OpenRoundForm /> : null}
          </>
        )}
      </QueryState>
    </Stack>
  );
}

function OpenRoundForm() {
  const { t } = useTranslation();
  const f = useRpFormat();
  const navigate = useNavigate();
  const client = useQueryClient();
  const today = isoDayInRiga(new Date());
  const [name, setName] = useState(t('rpPages.rounds.defaultName', { year: today.slice(0, 4) }));
  const [openedOn, setOpenedOn] = useState(toDisplayDate(today));
  const [deadline, setDeadline] = useState('');
  const [all, setAll] = useState(true);
  const [chosen, setChosen] = useState<string[]>([]);
  const overview = useQuery({ queryKey: rpKeys.overview(null), queryFn: ({ signal }) => getOverview(null, signal) });
  const open = useMutation({
    mutationFn: () => openRound({ name, openedOn: parseDisplayDate(openedOn) ?? '', deadline: parseDisplayDate(deadline) ?? '', ...(all ? {} : { municipalities: chosen }) }),
    onSuccess: async (round) => {
      await client.invalidateQueries({ queryKey: rpKeys.all });
      await navigate(`/rp/rounds/${round.id}`);
    },
  });
  const errors = fieldErrorsOf(open.error, t);
  return (
    <Section id="rp-open" title={t('rpPages.rounds.openTitle')}>
      <form aria-label={t('rpPages.rounds.openTitle')} onSubmit={(e) => { e.preventDefault(); open.mutate(); }}>
        <Stack gap="sm">
          <FormError message={open.error ? messageOf(open.error, t) : null} hasFields={open.error instanceof ApiError && Object.keys(open.error.fields).length > 0} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label={t('rpPages.rounds.roundName')} value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} required />
            <DateField label={t('rpPages.rounds.openedOnField')} value={openedOn} onChange={setOpenedOn} error={errors.openedOn} required />
            <DateField label={t('rpPages.rounds.deadlineField')} value={deadline} onChange={setDeadline} error={errors.deadline} required />
          </SimpleGrid>
          <Checkbox label={t('rpPages.rounds.allMunicipalities')} checked={all} onChange={(e) => setAll(e.currentTarget.checked)} />
          {!all && overview.data ? (
            <Checkbox.Group label={t('rpPages.rounds.municipalities')} value={chosen} onChange={setChosen} error={errors.municipalities}>
              <SimpleGrid cols={{ base: 1, sm: 3 }} mt="xs">
                {overview.data.municipalities.map((m) => <Checkbox key={m.atvk} value={m.atvk} label={f.municipality(m)} />)}
              </SimpleGrid>
            </Checkbox.Group>
          ) : null}
          <Group><Button type="submit" loading={open.isPending}>{t('rpPages.rounds.open')}</Button></Group>
        </Stack>
      </form>
    </Section>
  );
}
