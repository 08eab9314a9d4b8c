import { useState } from 'react';
import { Button, Group, NativeSelect, Progress, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { SPENDING_CATEGORIES } from '@socrehab/domain/programmes/family-support/index';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { QueryState } from '../../../shared/ui/QueryState';
import { ListTable } from '../../../shared/ui/ListTable';
import { Section } from '../../../shared/ui/Section';
import { DateField } from '../../../shared/ui/DateField';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { toDisplayDate } from '../../../shared/dates';
import { fsKeys, getFinance, recordSpending, setProject, type FinanceFigures } from '../family-support.api';
import { Figure, isoOf, todayDisplay, useFsFormat, useFsSave } from '../FsUi';
import { useFsAbilities } from '../fs-abilities';

/** Euros as typed (`1 234,56` or `1234.56`) in cents; what does not parse is sent as is, for the server to refuse. */
const centsOf = (typed: string) => {
  const n = Number(typed.replace(/\s/g, '').replace(',', '.'));
  return Number.isFinite(n) ? Math.round(n * 100) : Number.NaN;
};

/** Cents as the manager types euros back: `1234,56`. */
const typedOf = (cents: number) => (cents / 100).toFixed(2).replace('.', ',');

/** FS-6 the project's costs, grant and period as the provider keeps them (the manager); a change is kept with who made it. */
function ProjectForm({ project }: { project: FinanceFigures['project'] | null }) {
  const { t } = useTranslation();
  const initial = {
    code: project?.code ?? '', name: project?.name ?? '', promoter: project?.promoter ?? '', grantSource: project?.grantSource ?? '',
    startsOn: project ? toDisplayDate(project.startsOn) : '', endsOn: project ? toDisplayDate(project.endsOn) : '',
    initialCost: project ? typedOf(project.initialCostCents) : '', finalCost: project ? typedOf(project.finalCostCents) : '', grant: project ? typedOf(project.grantCents) : '',
  };
  const [f, setF] = useState(initial);
  const set = (k: keyof typeof f) => (v: string) => setF({ ...f, [k]: v });
  const { mutation, errors, feedback } = useFsSave(() => setProject({
    code: f.code, name: f.name, promoter: f.promoter, grantSource: f.grantSource, startsOn: isoOf(f.startsOn), endsOn: isoOf(f.endsOn),
    initialCostCents: centsOf(f.initialCost), finalCostCents: centsOf(f.finalCost), grantCents: centsOf(f.grant),
  }));
  return (
    <Section id="project-form" title={project ? t('fsPages.finance.editProject') : t('fsPages.finance.enterProject')} intro={t('fsPages.finance.projectIntro')}>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <TextInput label={t('fsPages.finance.code')} value={f.code} onChange={(e) => set('code')(e.currentTarget.value)} error={errors.code} />
        <TextInput label={t('fsPages.finance.projectName')} value={f.name} onChange={(e) => set('name')(e.currentTarget.value)} error={errors.name} />
        <TextInput label={t('fsPages.finance.promoter')} value={f.promoter} onChange={(e) => set('promoter')(e.currentTarget.value)} error={errors.promoter} />
        <TextInput label={t('fsPages.finance.grantSource')} value={f.grantSource} onChange={(e) => set('grantSource')(e.currentTarget.value)} error={errors.grantSource} />
        <DateField label={t('fsPages.finance.startsOn')} value={f.startsOn} onChange={set('startsOn')} error={errors.startsOn} />
        <DateField label={t('fsPages.finance.endsOn')} value={f.endsOn} onChange={set('endsOn')} error={errors.endsOn} />
        <TextInput label={t('fsPages.finance.initialCostTyped')} inputMode="decimal" value={f.initialCost} onChange={(e) => set('initialCost')(e.currentTarget.value)} error={errors.initialCostCents} />
        <TextInput label={t('fsPages.finance.finalCostTyped')} inputMode="decimal" value={f.finalCost} onChange={(e) => set('finalCost')(e.currentTarget.value)} error={errors.finalCostCents} />
        <TextInput label={t('fsPages.finance.grantTyped')} inputMode="decimal" value={f.grant} onChange={(e) => set('grant')(e.currentTarget.value)} error={errors.grantCents} />
      </SimpleGrid>
      <Group><Button variant="light" onClick={() => mutation.mutate(undefined)} loading={mutation.isPending}>{t('fsPages.finance.saveProject')}</Button></Group>
      {feedback}
    </Section>
  );
}

/** FS-6 the project's finance against the grant: the costs, the grant share, spending in and after the project, and spending recorded. */
export function FinancePage() {
  const { t } = useTranslation();
  usePageTitle(t('fsPages.finance.title'));
  const { euro, percent } = useFsFormat();
  const query = useQuery({ queryKey: fsKeys.finance, queryFn: ({ signal }) => getFinance(signal) });
  const [spentOn, setSpentOn] = useState(todayDisplay());
  const [category, setCategory] = useState('');
  const [amount, setAmount] = useState('');
  const [note, setNote] = useState('');
  const { manage } = useFsAbilities();
  const { mutation, errors, feedback } = useFsSave(() => recordSpending({ spentOn: isoOf(spentOn), category: category as (typeof SPENDING_CATEGORIES)[number], amountCents: centsOf(amount), note: note.trim() || null }),
    () => { setAmount(''); setNote(''); });
  return (
    <>
      <PageHeader title={t('fsPages.finance.title')} description={t('fsPages.finance.intro')} />
      <QueryState query={query}>
        {(data) => !data.finance ? (
          <Stack gap="lg">
            <Text c="dimmed">{t('fsPages.finance.none')}</Text>
            {manage ? <ProjectForm project={null} /> : null}
          </Stack>
        ) : (
          <Stack gap="lg">
            <Section id="project" title={`${data.finance.project.code} — ${data.finance.project.name}`}
              intro={`${t('fsPages.finance.promoter')}: ${data.finance.project.promoter} · ${t('fsPages.finance.period')}: ${toDisplayDate(data.finance.project.startsOn)}–${toDisplayDate(data.finance.project.endsOn)}`}>
              <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md">
                <Figure label={t('fsPages.finance.initialCost')} value={euro(data.finance.project.initialCostCents)} />
                <Figure label={t('fsPages.finance.finalCost')} value={euro(data.finance.project.finalCostCents)} />
                <Figure label={`${t('fsPages.finance.grant')} (${data.finance.project.grantSource})`} value={euro(data.finance.project.grantCents)} />
                <Figure label={t('fsPages.finance.grantShare')} value={percent(data.finance.grantShare)} />
                <Figure label={t('fsPages.finance.spentInProject')} value={euro(data.finance.spentInProjectCents)} />
                <Figure label={t('fsPages.finance.grantUsed')} value={euro(data.finance.grantUsedCents)} />
                <Figure label={t('fsPages.finance.providerShare')} value={euro(data.finance.providerShareCents)} />
                <Figure label={t('fsPages.finance.afterProject')} value={euro(data.finance.spentAfterProjectCents)} />
              </SimpleGrid>
              <Stack gap={4}>
                <Text size="sm" id="grant-progress-label">{t('fsPages.finance.progress')}: {euro(data.finance.grantUsedCents)} / {euro(data.finance.project.grantCents)} · {t('fsPages.finance.grantLeft')}: {euro(data.finance.grantLeftCents)}</Text>
                <Progress.Root size="lg"><Progress.Section value={(100 * data.finance.grantUsedCents) / data.finance.project.grantCents} aria-label={t('fsPages.finance.progress')} /></Progress.Root>
              </Stack>
            </Section>
            <Section id="categories" title={t('fsPages.finance.byCategory')}>
              <ListTable label={t('fsPages.finance.byCategory')} minWidth={420} columns={[t('fsPages.finance.category'), { label: t('fsPages.finance.inProject'), ta: 'right' }, { label: t('fsPages.finance.afterProject'), ta: 'right' }]}>
                {data.finance.byCategory.map((c) => (
                  <Table.Tr key={c.category}>
                    <Table.Td>{t(`fs.enums.spendingCategory.${c.category}`)}</Table.Td>
                    <Table.Td ta="right" className="nowrap">{euro(c.inProjectCents)}</Table.Td>
                    <Table.Td ta="right" className="nowrap">{euro(c.afterProjectCents)}</Table.Td>
                  </Table.Tr>
                ))}
              </ListTable>
            </Section>
            <Section id="spending" title={t('fsPages.finance.spending')}>
              <Group align="flex-end" gap="sm" wrap="wrap">
                <DateField label={t('fsPages.common.date')} value={spentOn} onChange={setSpentOn} error={errors.spentOn} w={150} />
                <NativeSelect label={t('fsPages.finance.category')} value={category} onChange={(e) => setCategory(e.currentTarget.value)} error={errors.category}
                  data={[{ value: '', label: t('fsPages.referral.choose') }, ...SPENDING_CATEGORIES.map((c) => ({ value: c, label: t(`fs.enums.spendingCategory.${c}`) }))]} />
                <TextInput label={t('fsPages.finance.amount')} inputMode="decimal" value={amount} onChange={(e) => setAmount(e.currentTarget.value)} error={errors.amountCents} w={150} />
                <TextInput label={t('fsPages.common.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={errors.note} style={{ flex: '1 1 12rem' }} />
                <Button onClick={() => mutation.mutate(undefined)} loading={mutation.isPending}>{t('fsPages.finance.add')}</Button>
              </Group>
              {feedback}
              <ListTable label={t('fsPages.finance.spending')} minWidth={420} columns={[t('fsPages.common.date'), t('fsPages.finance.category'), { label: t('fsPages.finance.amount'), ta: 'right' }, t('fsPages.finance.fundedByColumn'), t('fsPages.common.note')]}>
                {data.spending.slice(0, 15).map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Td className="nowrap">{toDisplayDate(s.spentOn)}</Table.Td>
                    <Table.Td>{t(`fs.enums.spendingCategory.${s.category}`)}</Table.Td>
                    <Table.Td ta="right" className="nowrap">{euro(s.amountCents)}</Table.Td>
                    <Table.Td fz="sm" c="dimmed">{t(`fsPages.finance.fundedBy.${s.fundedBy}`)}</Table.Td>
                    <Table.Td fz="sm">{s.note ?? ''}</Table.Td>
                  </Table.Tr>
                ))}
              </ListTable>
            </Section>
            {manage ? <ProjectForm key={JSON.stringify(data.finance.project)} project={data.finance.project} /> : null}
          </Stack>
        )}
      </QueryState>
    </>
  );
}
