import { Accordion, Anchor, Box, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LIFE_DOMAINS, type LifeDomain } from '@socrehab/domain/programmes/housing-first/index';
import { toDisplayDate } from '../../../../shared/dates';
import { TableScroll } from '../../../../shared/ui/TableScroll';
import { Tag, type Tone } from '../../../../shared/ui/Tag';
import { planPdf, type PlanGoalView, type PlanReviewView, type PlanVersionView } from '../plans.api';
import { withLanguage } from '../../../../modules/service/service-format';
import { Section } from '../../../../modules/service/components/ServiceUi';

const STATUS_TONE: Record<PlanGoalView['status'], Tone> = { planned: 'neutral', in_progress: 'brand', done: 'success', dropped: 'warning' };

/** The goals in the order of the life domains (HF-2.1), each domain with its goals. */
function byDomain(goals: PlanGoalView[]): Array<[LifeDomain, PlanGoalView[]]> {
  return LIFE_DOMAINS.map((d) => [d, goals.filter((g) => g.domain === d)] as [LifeDomain, PlanGoalView[]]).filter(([, gs]) => gs.length > 0);
}

/** HF-3.4.4 every version of the plan, newest first and open, each with its goals by life domain and its print for signatures. */
export function PlanVersions({ caseId, plans }: { caseId: string; plans: PlanVersionView[] }) {
  const { t } = useTranslation();
  const p = 'hf.caseService.plans';
  return (
    <Section id="plan-versions" title={t(`${p}.title`)} intro={plans.length ? t(`${p}.intro`) : undefined}>
      {plans.length === 0 ? <Text size="sm" c="dimmed">{t(`${p}.none`)}</Text> : (
        <Accordion multiple defaultValue={[plans[0]!.id]} variant="separated" radius="md" chevronPosition="left">
          {plans.map((v, i) => (
            <Accordion.Item key={v.id} value={v.id}>
              <Accordion.Control>
                <Group gap="xs" wrap="wrap">
                  <Text fw={700}>{t(`${p}.version`, { version: v.version })}</Text>
                  {i === 0 && !v.endedOn ? <Tag tone="success">{t(`${p}.current`)}</Tag> : null}
                  <Text size="sm" c="dimmed">
                    {(v.endedOn ? t(`${p}.period`, { from: toDisplayDate(v.startedOn), to: toDisplayDate(v.endedOn) }) : t(`${p}.periodOpen`, { from: toDisplayDate(v.startedOn) }))}
                    {' · '}{t(`${p}.goals`, { count: v.goals.length })}
                    {v.recordedByName ? ` · ${t(`${p}.recordedBy`, { name: v.recordedByName })}` : ''}
                  </Text>
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <Stack gap="sm">
                  <PrintLink caseId={caseId} version={v.version} />
                  {v.goals.length === 0 ? <Text size="sm" c="dimmed">{t(`${p}.noGoals`)}</Text> : <GoalsTable version={v} />}
                </Stack>
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      )}
    </Section>
  );
}

/** "Print for signature": the version as PDF in the UI language, in a new tab. */
function PrintLink({ caseId, version }: { caseId: string; version: number }) {
  const { t, i18n } = useTranslation();
  return (
    <Anchor href={withLanguage(planPdf(caseId, version), i18n.language)} target="_blank" rel="noopener" fw={600} size="sm" style={{ alignSelf: 'flex-start' }}>
      <Group gap={6} wrap="nowrap" component="span" display="inline-flex">
        <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.8" aria-hidden="true" focusable="false">
          <path d="M7 8V3h10v5M7 17H4v-7h16v7h-3M7 14h10v7H7z" />
        </svg>
        <span>{t('hf.caseService.plans.print')}</span>
        <span className="visually-hidden">({t('hf.caseService.plans.printHint', { version })})</span>
      </Group>
    </Anchor>
  );
}

function GoalsTable({ version }: { version: PlanVersionView }) {
  const { t } = useTranslation();
  const f = (k: string) => t(`service.plan.fields.${k}`);
  const groups = byDomain(version.goals);
  const label = t('hf.caseService.plans.goalsTable', { version: version.version });
  return (
    <>
      <Box visibleFrom="md">
        <TableScroll label={label} minWidth={860}>
          <Table aria-label={label} verticalSpacing="xs" fz="sm" withTableBorder withColumnBorders>
            <Table.Thead bg="gray.0">
              <Table.Tr>
                {['domain', 'goal', 'tasks', 'deadline', 'responsibleUserId', 'status', 'reviewOn', 'result'].map((k) => <Table.Th key={k} scope="col">{f(k)}</Table.Th>)}
              </Table.Tr>
            </Table.Thead>
            {groups.map(([domain, goals]) => (
              <Table.Tbody key={domain}>
                {goals.map((g, i) => (
                  <Table.Tr key={i}>
                    {i === 0 ? <Table.Th scope="rowgroup" rowSpan={goals.length} style={{ verticalAlign: 'top' }}>{t(`housing.enums.lifeDomain.${domain}`)}</Table.Th> : null}
                    <Table.Td>
                      <Text size="sm" fw={600}>{g.goal}</Text>
                      <Tag tone={g.term === 'long' ? 'purple' : 'teal'}>{t(`service.plan.terms.${g.term}`)}</Tag>
                      {g.problem ? <Text size="xs" c="dimmed" mt={2}>{f('problem')}: {g.problem}</Text> : null}
                    </Table.Td>
                    <Table.Td>{g.tasks ?? '—'}</Table.Td>
                    <Table.Td className="nowrap">{g.deadline ? toDisplayDate(g.deadline) : '—'}</Table.Td>
                    <Table.Td>{g.responsibleName ?? '—'}</Table.Td>
                    <Table.Td><Tag tone={STATUS_TONE[g.status]}>{t(`service.plan.statuses.${g.status}`)}</Tag></Table.Td>
                    <Table.Td className="nowrap">{g.reviewOn ? toDisplayDate(g.reviewOn) : '—'}</Table.Td>
                    <Table.Td>{g.result ?? '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            ))}
          </Table>
        </TableScroll>
      </Box>
      <Stack hiddenFrom="md" gap="sm" aria-label={label} role="list">
        {groups.flatMap(([domain, goals]) => goals.map((g, i) => (
          <Paper key={`${domain}-${i}`} role="listitem" p="sm" radius="md" withBorder>
            <Text size="xs" fw={700} c="dimmed" tt="uppercase">{t(`housing.enums.lifeDomain.${domain}`)}</Text>
            <Text size="sm" fw={600}>{g.goal}</Text>
            <Group gap={4} my={4}>
              <Tag tone={g.term === 'long' ? 'purple' : 'teal'}>{t(`service.plan.terms.${g.term}`)}</Tag>
              <Tag tone={STATUS_TONE[g.status]}>{t(`service.plan.statuses.${g.status}`)}</Tag>
            </Group>
            {([['problem', g.problem], ['tasks', g.tasks], ['deadline', g.deadline && toDisplayDate(g.deadline)], ['responsibleUserId', g.responsibleName],
              ['reviewOn', g.reviewOn && toDisplayDate(g.reviewOn)], ['result', g.result]] as const).filter(([, v]) => v).map(([k, v]) => (
              <Text key={k} size="sm"><Text span size="sm" c="dimmed">{f(k)}:</Text> {v}</Text>
            ))}
          </Paper>
        )))}
      </Stack>
    </>
  );
}

/** HF-3.2.5 every review of the plan, newest first. */
export function PlanReviews({ reviews }: { reviews: PlanReviewView[] }) {
  const { t } = useTranslation();
  const p = 'hf.caseService.plans';
  return (
    <Section id="plan-reviews" title={t(`${p}.reviewsTitle`)}>
      {reviews.length === 0 ? <Text size="sm" c="dimmed">{t(`${p}.noReviews`)}</Text> : (
        <Table aria-label={t(`${p}.reviewsTable`)} verticalSpacing="xs" fz="sm" layout="fixed">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w={110}>{t(`${p}.date`)}</Table.Th>
              <Table.Th scope="col">{t('service.review.note')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {reviews.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td style={{ verticalAlign: 'top' }} fw={600}>{toDisplayDate(r.reviewedOn)}</Table.Td>
                <Table.Td className="wrap-anywhere">
                  {r.note}
                  {r.recordedByName ? <Text size="xs" c="dimmed">{t('service.common.by', { name: r.recordedByName })}</Text> : null}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Section>
  );
}
