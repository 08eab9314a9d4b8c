import { Box, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { toDisplayDate } from '../../../../shared/dates';
import { QueryState } from '../../../../shared/ui/QueryState';
import { Tag, type Tone } from '../../../../shared/ui/Tag';
import { getServiceSummary, planKeys, type ServiceSummaryResponse } from '../plans.api';
import { AsOfForm } from '../../../../modules/service/components/AsOfForm';
import { HoursPanel } from './HoursPanel';
import { DueTag, Fact, SummaryTile } from './SummaryTile';
import { EscalationDetails } from './EscalationDetails';

const ANSWER_TONE: Record<string, Tone> = { accepted: 'success', declined: 'neutral', later: 'brand' };
const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/**
 * HF-3.2, HF-2.2, HF-2.4, HF-3.3.3 the case's service as of a day (GET /service): the weekly slot and
 * the escalation with what it permits, contact hours, the plan in force with its next review, the
 * re-assessment, the latest offer of each kind and the extensions of the wait.
 */
export function ServiceSummary({ caseId, asOf, onAsOf }: { caseId: string; asOf: string; onAsOf: (iso: string) => void }) {
  const { t } = useTranslation();
  const summary = useQuery({ queryKey: planKeys.summary(caseId, asOf), queryFn: ({ signal }) => getServiceSummary(caseId, asOf, signal), placeholderData: (previous) => previous });
  return (
    <Paper id="summary" component="section" aria-labelledby="summary-title" p={{ base: 'sm', sm: 'lg' }} withBorder radius="md">
      <Group justify="space-between" align="flex-start" gap="md" mb="md" wrap="wrap">
        <Box style={{ flex: '1 1 16rem', minWidth: 0 }}>
          <Title order={2} id="summary-title" size="h3" mb={4}>{t('hf.caseService.summary.title')}</Title>
          <Text size="sm" c="dimmed">{t('hf.caseService.summary.intro', { date: toDisplayDate(summary.data?.asOf ?? asOf) })}</Text>
        </Box>
        <AsOfForm value={asOf} onChange={onAsOf} label={t('hf.caseService.summary.asOf')} description={t('hf.caseService.summary.asOfHint')} />
      </Group>
      <QueryState query={summary}>{(data) => <SummaryTiles data={data} />}</QueryState>
    </Paper>
  );
}

function SummaryTiles({ data }: { data: ServiceSummaryResponse }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" style={{ alignItems: 'start' }}>
      <HoursPanel hours={data.hours} />
      <VisitsTile data={data} />
      <PlanTile data={data} />
      <OffersTile data={data} />
    </SimpleGrid>
  );
}

/** HF-3.2.1 the weekly slot, HF-3.2.2 the escalation and what it permits, HF-3.3.3 the extensions. */
function VisitsTile({ data }: { data: ServiceSummaryResponse }) {
  const { t } = useTranslation();
  const s = 'hf.caseService.summary';
  const { visitSlot: slot, escalation } = data;
  return (
    <SummaryTile id="summary-visits" title={t(`${s}.visitsTitle`)}>
      {slot ? (
        <div>
          <Text size="sm" fw={700}>{t(`${s}.slot`, { weekday: capitalise(t(`service.slot.weekdays.${slot.weekday}`)), time: slot.atTime })}</Text>
          <Text size="xs" c="dimmed">{t(`${s}.slotFrom`, { date: toDisplayDate(slot.fromDate) })}</Text>
        </div>
      ) : <Text size="sm" c="dimmed">{t(`${s}.noSlot`)}</Text>}
      {escalation.level === 'none' ? (
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <Tag tone="success">{t('service.escalation.levels.none')}</Tag>
          <Text size="sm">{t(`${s}.escalationNone`)}</Text>
        </Group>
      ) : <EscalationDetails escalation={escalation} />}
      {data.extensions.length > 0 ? (
        <Fact label={t(`${s}.extensionsTitle`)}>
          <Stack gap={4} mt={2}>
            {data.extensions.map((x) => (
              <Text key={x.id} size="sm">
                <Text span fw={600} size="sm">{toDisplayDate(x.recordedOn)}</Text> — {x.reason}
                {x.recordedByName ? <Text span size="xs" c="dimmed"> ({t('service.common.by', { name: x.recordedByName })})</Text> : null}
              </Text>
            ))}
          </Stack>
        </Fact>
      ) : null}
    </SummaryTile>
  );
}

/** HF-3.4.4 the plan in force, HF-3.2.4 the initial plan offer, HF-3.2.5 the next review, HF-2.4 the re-assessment. */
function PlanTile({ data }: { data: ServiceSummaryResponse }) {
  const { t } = useTranslation();
  const s = 'hf.caseService.summary';
  const lastReview = data.reviews[0];
  return (
    <SummaryTile id="summary-plan" title={t(`${s}.planTitle`)}>
      <Text size="sm" fw={700}>
        {data.currentPlan ? t(`${s}.currentPlan`, { version: data.currentPlan.version, date: toDisplayDate(data.currentPlan.startedOn) }) : t(`${s}.noPlan`)}
      </Text>
      {data.initialPlanOfferDue ? (
        <Fact label={t(`${s}.initialPlanOffer`)}><DueTag due={data.initialPlanOfferDue} /></Fact>
      ) : null}
      <Fact label={t(`${s}.nextReview`)}>
        {data.nextReviewDue ? <DueTag due={data.nextReviewDue} /> : <Text size="sm" c="dimmed">{t(`${s}.notDue`)}</Text>}
        {lastReview ? <Text size="xs" c="dimmed" mt={2}>{t(`${s}.lastReview`, { date: toDisplayDate(lastReview.reviewedOn) })}</Text> : null}
      </Fact>
      <Fact label={t(`${s}.reassessment`)}>
        {data.reassessmentDue ? <DueTag due={data.reassessmentDue} /> : <Text size="sm" c="dimmed">{t(`${s}.notDue`)}</Text>}
        {data.lastAssessment ? (
          <Text size="xs" c="dimmed" mt={2}>
            {t(`${s}.lastAssessment`, { date: toDisplayDate(data.lastAssessment.assessedOn), kind: t(`${s}.assessmentKinds.${data.lastAssessment.kind}`) })}
          </Text>
        ) : null}
      </Fact>
    </SummaryTile>
  );
}

/** HF-3.2.3, HF-3.2.4 the latest offer of each kind with the person's answer, and when to offer again. */
function OffersTile({ data }: { data: ServiceSummaryResponse }) {
  const { t } = useTranslation();
  const s = 'hf.caseService.summary';
  return (
    <SummaryTile id="summary-offers" title={t(`${s}.offersTitle`)}>
      {data.offers.length === 0 ? <Text size="sm" c="dimmed">{t(`${s}.noOffers`)}</Text> : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {data.offers.map((o) => (
            <li key={o.offered}>
              <Group gap={6} justify="space-between" wrap="nowrap" align="flex-start">
                <Text size="sm" fw={600} className="wrap-anywhere">{t(`service.offer.offers.${o.offered}`)}</Text>
                <Tag tone={ANSWER_TONE[o.answer] ?? 'neutral'}>{t(`service.offer.answers.${o.answer}`)}</Tag>
              </Group>
              <Text size="xs" c="dimmed">{t(`${s}.offeredOn`, { date: toDisplayDate(o.offeredOn) })}{o.note ? ` · ${o.note}` : ''}</Text>
              {o.repeatDue ? (
                <Group gap={6} mt={2}>
                  <Text size="xs" fw={600}>{t(`${s}.offerAgain`)}:</Text>
                  <DueTag due={o.repeatDue} />
                </Group>
              ) : null}
            </li>
          ))}
        </Stack>
      )}
    </SummaryTile>
  );
}
