import { SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { toDisplayDate } from '../../../../shared/dates';
import { Fact } from '../../../../shared/ui/Fact';
import { QueryState } from '../../../../shared/ui/QueryState';
import { TableScroll } from '../../../../shared/ui/TableScroll';
import { getPlanReport, planReportKeys, type PlanReport } from '../protocols.api';

const DASH = '—';

/**
 * HF-3.4.6 the plan-implementation report of a period on screen: the same data the PDF prints (one
 * server source), in the PDF's order — plan versions, progress on the goals, the goals with their
 * completion marks, deadlines in the period, the reviews, the work done.
 */
export function PlanReportView({ caseId, from, to }: { caseId: string; from: string; to: string }) {
  const report = useQuery({ queryKey: planReportKeys.of(caseId, from, to), queryFn: ({ signal }) => getPlanReport(caseId, from, to, signal) });
  return <QueryState query={report}>{(data) => <ReportBody report={data} />}</QueryState>;
}

function ReportBody({ report }: { report: PlanReport }) {
  const { t, i18n } = useTranslation();
  const s = report.summary;
  const goals = s.latest?.goals ?? [];
  const status = (x: string) => t(`service.plan.statuses.${x}`);
  const hours = s.work.hours.toLocaleString(i18n.language === 'lv' ? 'lv-LV' : 'en-GB', { maximumFractionDigits: 2 });
  return (
    <Stack gap="md" component="article" aria-labelledby="plan-report-view-title">
      <Title order={3} size="h4" id="plan-report-view-title">{t('hf.planReport.viewTitle', { from: toDisplayDate(report.from), to: toDisplayDate(report.to) })}</Title>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
        <Fact label={t('hf.planReport.client')}>{report.person.fullName}</Fact>
        <Fact label={t('hf.planReport.socialWorker')}>{report.socialWorkerName ?? DASH}</Fact>
        <Fact label={t('hf.planReport.versions')}>
          {s.versions.length === 0 ? DASH : s.versions.map((v) => (
            <div key={v.version}>{v.endedOn
              ? t('hf.planReport.versionRange', { n: v.version, from: toDisplayDate(v.startedOn), to: toDisplayDate(v.endedOn) })
              : t('hf.planReport.versionFrom', { n: v.version, from: toDisplayDate(v.startedOn) })}</div>
          ))}
        </Fact>
      </SimpleGrid>
      {!s.latest ? <Text size="sm">{t('hf.planReport.noPlan')}</Text> : (
        <>
          <Stack gap={4}>
            <Title order={4} size="h5">{t('hf.planReport.progress')}</Title>
            <Text size="sm" fw={600}>{t('hf.planReport.counts', { done: s.statusCounts.done, inProgress: s.statusCounts.in_progress, planned: s.statusCounts.planned, dropped: s.statusCounts.dropped })}</Text>
          </Stack>
          <Stack gap={4}>
            <Title order={4} size="h5">{t('hf.planReport.goals')}</Title>
            <TableScroll label={t('hf.planReport.goals')} minWidth={720}>
              <Table striped withTableBorder fz="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('hf.planReport.no')}</Table.Th>
                    <Table.Th scope="col">{t('hf.planReport.domain')}</Table.Th>
                    <Table.Th scope="col">{t('hf.planReport.goal')}</Table.Th>
                    <Table.Th scope="col">{t('hf.planReport.deadline')}</Table.Th>
                    <Table.Th scope="col">{t('hf.planReport.responsible')}</Table.Th>
                    <Table.Th scope="col">{t('hf.planReport.status')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {goals.map((g, i) => (
                    <Table.Tr key={i}>
                      <Table.Td>{i + 1}.</Table.Td>
                      <Table.Td>{t(`housing.enums.lifeDomain.${g.domain}`)}</Table.Td>
                      <Table.Td className="wrap-anywhere"><b>{g.goal}</b>{g.tasks ? <Text size="sm">{g.tasks}</Text> : null}</Table.Td>
                      <Table.Td>{g.deadline ? toDisplayDate(g.deadline) : DASH}</Table.Td>
                      <Table.Td>{g.responsibleName ?? DASH}</Table.Td>
                      <Table.Td className="wrap-anywhere">{status(g.status)}{g.result ? <Text size="sm">{g.result}</Text> : null}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          </Stack>
          <Stack gap={4}>
            <Title order={4} size="h5">{t('hf.planReport.due')}</Title>
            {s.dueInPeriod.length === 0 ? <Text size="sm">{t('hf.planReport.noDue')}</Text> : (
              <ul style={{ margin: 0, paddingInlineStart: '1.2rem' }}>
                {s.dueInPeriod.map((g, i) => <li key={i}><Text size="sm" className="wrap-anywhere">{g.goal} — {toDisplayDate(g.deadline)}, {status(g.status)}</Text></li>)}
              </ul>
            )}
          </Stack>
        </>
      )}
      <Stack gap={4}>
        <Title order={4} size="h5">{t('hf.planReport.reviews')}</Title>
        {s.reviews.length === 0 ? <Text size="sm">{t('hf.planReport.noReviews')}</Text> : (
          <ul style={{ margin: 0, paddingInlineStart: '1.2rem' }}>
            {s.reviews.map((r, i) => <li key={i}><Text size="sm" className="wrap-anywhere"><b>{toDisplayDate(r.reviewedOn)}</b> — {r.note}{r.recordedByName ? ` (${r.recordedByName})` : ''}</Text></li>)}
          </ul>
        )}
      </Stack>
      <Stack gap={4}>
        <Title order={4} size="h5">{t('hf.planReport.work')}</Title>
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
          <Fact label={t('hf.planReport.visits')}>{t('hf.planReport.visitsValue', { visits: s.work.visits, met: s.work.visitsMet })}</Fact>
          <Fact label={t('hf.planReport.contacts')}>{s.work.contacts}</Fact>
          <Fact label={t('hf.planReport.entries')}>{s.work.workLogEntries}</Fact>
          <Fact label={t('hf.planReport.hours')}>{hours}</Fact>
        </SimpleGrid>
      </Stack>
    </Stack>
  );
}
