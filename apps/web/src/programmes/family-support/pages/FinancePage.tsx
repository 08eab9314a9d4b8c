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
import { fsKeys, getFinance, recordSpending } from '../family-support.api';
import { Figure, isoOf, todayDisplay, useFsFormat, useFsSave } from '../FsUi';

/** Euros as typed (`1 234,56` or `1234.56`) in cents; what does not parse is sent as is, for the server to refuse. */
const centsOf = (typed: string) => {
  const n = Number(typed.replace(/\s/g, '').replace(',', '.'));
  return Number.isFinite(n) ? Math.round(n * 100) : Number.NaN;
};

/** FS-6 the project's finance against the grant: the costs, the grant share, spending in and after the project, and spending recorded. */
export function FinancePage() {
  const { t } = useTranslation();
  usePageTitle(t('fsPages.finance.title'));
  const { euro, percent } = useFsFormat();
  const query = useQuery({ queryKey: fsKeys.finance, queryFn: ({ signal }) => getFinance(signal) });
  const [spentOn, setSpentOn] = useState(todayDisplay());
  const [category, setCategory] = useState('');
  const [amount, setAmount] = useState('');
  const { mutation, errors, feedback } = useFsSave(() => recordSpending({ spentOn: isoOf(spentOn), category: category as (typeof SPENDING_CATEGORIES)[number], amountCents: centsOf(amount), note: null }), () => setAmount(''));
  return (
    <>
      <PageHeader title={t('fsPages.finance.title')} description={t('fsPages.finance.intro')} />
      <QueryState query={query}>
        {(data) => !data.finance ? <Text c="dimmed">{t('fsPages.finance.none')}</Text> : (
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
                <Button onClick={() => mutation.mutate(undefined)} loading={mutation.isPending}>{t('fsPages.finance.add')}</Button>
              </Group>
              {feedback}
              <ListTable label={t('fsPages.finance.spending')} minWidth={420} columns={[t('fsPages.common.date'), t('fsPages.finance.category'), { label: t('fsPages.finance.amount'), ta: 'right' }, '']}>
                {data.spending.slice(0, 15).map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Td className="nowrap">{toDisplayDate(s.spentOn)}</Table.Td>
                    <Table.Td>{t(`fs.enums.spendingCategory.${s.category}`)}</Table.Td>
                    <Table.Td ta="right" className="nowrap">{euro(s.amountCents)}</Table.Td>
                    <Table.Td fz="sm" c="dimmed">{t(`fsPages.finance.fundedBy.${s.fundedBy}`)}</Table.Td>
                  </Table.Tr>
                ))}
              </ListTable>
            </Section>
          </Stack>
        )}
      </QueryState>
    </>
  );
}
