import { useState } from 'react';
import { Anchor, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { QueryState } from '../../../shared/ui/QueryState';
import { ListTable } from '../../../shared/ui/ListTable';
import { Section } from '../../../shared/ui/Section';
import { DateField } from '../../../shared/ui/DateField';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { parseDisplayDate } from '../../../shared/dates';
import { fsKeys, getReport, reportFileUrl } from '../family-support.api';
import { Figure, todayDisplay, todayIso, useFsFormat } from '../FsUi';

/** The report on screen (and as PDF and Excel): families, children, sessions and attendance, conferences, mentors, the finance against the grant. */
export function ReportPage() {
  const { t } = useTranslation();
  usePageTitle(t('fsPages.report.title'));
  const { euro, percent, language } = useFsFormat();
  const [typed, setTyped] = useState(todayDisplay());
  const asOf = parseDisplayDate(typed) ?? todayIso();
  const query = useQuery({ queryKey: fsKeys.report(asOf), queryFn: ({ signal }) => getReport(asOf, signal) });
  const n = (v: number | null) => (v === null ? <abbr title={t('fsPages.report.hidden')} aria-label={t('fsPages.report.hidden')}>•</abbr> : v);
  const r = (key: string) => t(`fs.report.${key}`);
  return (
    <>
      <PageHeader title={t('fsPages.report.title')} description={t('fsPages.report.intro')}
        actions={<Group gap="sm"><Anchor href={reportFileUrl(asOf, 'pdf', language)} target="_blank" underline="always">{t('fsPages.report.pdf')}</Anchor><Anchor href={reportFileUrl(asOf, 'xlsx', language)} underline="always">{t('fsPages.report.xlsx')}</Anchor></Group>} />
      <Stack gap="lg">
        <DateField label={t('fsPages.report.asOf')} value={typed} onChange={setTyped} w={180} />
        <QueryState query={query}>
          {(report) => (
            <Stack gap="lg">
              <Section id="families" title={r('families')}>
                <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md">
                  <Figure label={r('familiesTotal')} value={n(report.families.total)} />
                  <Figure label={r('children')} value={n(report.families.children)} />
                  <Figure label={r('inProject')} value={n(report.families.inProject)} />
                  <Figure label={r('childrenInProject')} value={n(report.families.childrenInProject)} />
                  <Figure label={r('openFamilies')} value={n(report.families.open)} />
                  <Figure label={r('continuingAfterProject')} value={n(report.families.continuingAfterProject)} />
                  <Figure label={r('openedAfterProject')} value={n(report.families.openedAfterProject)} />
                </SimpleGrid>
                <ListTable label={r('centre')} minWidth={360} columns={[r('centre'), r('families'), r('children')]}>
                  {report.families.byCentre.map((c) => <Table.Tr key={c.centre}><Table.Td>{c.centre}</Table.Td><Table.Td>{n(c.families)}</Table.Td><Table.Td>{n(c.children)}</Table.Td></Table.Tr>)}
                </ListTable>
              </Section>
              <Section id="sessions" title={r('sessions')}>
                <ListTable label={r('sessions')} minWidth={480} columns={[r('figure'), r('groups'), r('groupSessions'), r('attendances')]}>
                  {(['individual', 'family', 'crisis'] as const).map((k) => <Table.Tr key={k}><Table.Td>{t(`fs.enums.sessionKind.${k}`)}</Table.Td><Table.Td /><Table.Td>{n(report.sessions[k])}</Table.Td><Table.Td /></Table.Tr>)}
                  {report.sessions.groups.map((g) => <Table.Tr key={g.kind}><Table.Td>{t(`fs.enums.groupKind.${g.kind}`)}</Table.Td><Table.Td>{g.groups}</Table.Td><Table.Td>{g.sessions}</Table.Td><Table.Td>{n(g.attendances)}</Table.Td></Table.Tr>)}
                </ListTable>
              </Section>
              <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
                <Section id="conferences" title={r('conferences')}>
                  <SimpleGrid cols={3}><Figure label={r('started')} value={n(report.conferences.started)} /><Figure label={r('held')} value={n(report.conferences.held)} /><Figure label={r('reviewed')} value={n(report.conferences.reviewed)} /></SimpleGrid>
                </Section>
                <Section id="mentors" title={r('mentors')}>
                  <SimpleGrid cols={3}><Figure label={r('matchings')} value={n(report.mentors.matchings)} /><Figure label={r('activeMatchings')} value={n(report.mentors.active)} /><Figure label={r('mentorsMatched')} value={n(report.mentors.mentors)} /></SimpleGrid>
                </Section>
              </SimpleGrid>
              {report.finance ? (
                <Section id="finance" title={r('finance')} intro={`${report.finance.project.code} · ${report.finance.project.promoter}`}>
                  <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md">
                    <Figure label={r('initialCost')} value={euro(report.finance.project.initialCostCents)} />
                    <Figure label={r('finalCost')} value={euro(report.finance.project.finalCostCents)} />
                    <Figure label={`${r('grant')} (${report.finance.project.grantSource})`} value={euro(report.finance.project.grantCents)} />
                    <Figure label={r('grantShare')} value={percent(report.finance.grantShare)} />
                    <Figure label={r('spentInProject')} value={euro(report.finance.spentInProjectCents)} />
                    <Figure label={r('grantUsed')} value={euro(report.finance.grantUsedCents)} />
                    <Figure label={r('grantLeft')} value={euro(report.finance.grantLeftCents)} />
                    <Figure label={r('spentAfterProject')} value={euro(report.finance.spentAfterProjectCents)} />
                  </SimpleGrid>
                </Section>
              ) : null}
              {report.view === 'aggregates' ? <Text size="sm" c="dimmed">{r('hiddenNote')}</Text> : null}
            </Stack>
          )}
        </QueryState>
      </Stack>
    </>
  );
}
