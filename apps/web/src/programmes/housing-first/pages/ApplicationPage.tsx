import { useState } from 'react';
import { Alert, Button, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useLocation, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatPersonalCode } from '@socrehab/domain';
import { useMe } from '../../../shared/auth/session';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { QueryState } from '../../../shared/ui/QueryState';
import { TableScroll } from '../../../shared/ui/TableScroll';
import { Tag, type Tone } from '../../../shared/ui/Tag';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { toDisplayDate } from '../../../shared/dates';
import { getApplication, hfKeys, housingFirstOf, pdf, type ApplicationDetail, type EligibilityAssessment } from '../housing-first.api';
import { fullName, useMunicipalityName } from '../hf-format';
import { BackLink, Fact, PdfLink, SavedNotice, Section } from '../components/HfUi';
import { DecisionForm } from '../components/DecisionForm';
import { OfferComparison, Proposals } from '../components/Offers';
import { RemoveFromListModal, WhyPosition } from '../components/WaitingListParts';
import { ALERT_INK } from '../../../shared/ui/alert-ink';

const STATUS_TONE: Record<string, Tone> = { pending: 'brand', granted: 'success', refused: 'warning', withdrawn: 'neutral' };

/** One application: questionnaire, eligibility, the 30-day decision, the waiting list, offers and the case. */
export function ApplicationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const location = useLocation();
  const query = useQuery({ queryKey: hfKeys.application(id), queryFn: () => getApplication(id) });
  usePageTitle(query.data ? t('hf.application.title', { name: fullName(query.data.person) }) : t('hf.application.answersTitle'));
  const [notice, setNotice] = useState<string | null>((location.state as { notice?: string } | null)?.notice ?? null);
  return (
    <QueryState query={query}>
      {(data) => <ApplicationView data={data} notice={notice} setNotice={setNotice} />}
    </QueryState>
  );
}

function ApplicationView({ data, notice, setNotice }: { data: ApplicationDetail; notice: string | null; setNotice: (n: string | null) => void }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const hf = housingFirstOf(me);
  const municipality = useMunicipalityName();
  const { application: app, deadline, waitingList, abilities } = data;
  const name = fullName(data.person);
  const [removing, setRemoving] = useState(false);
  const pending = app.status === 'pending';
  const back = hf.municipalWorklist ? <BackLink to="/hf/worklist">{t('hf.common.backToWorklist')}</BackLink> : <BackLink to="/hf/waiting-list">{t('hf.nav.waitingList')}</BackLink>;

  return (
    <>
      <PageHeader
        above={back}
        title={t('hf.application.title', { name })}
        description={[data.person.personalCode ? formatPersonalCode(data.person.personalCode) : null, municipality(app.municipalityAtvk), t('hf.application.submitted', { date: toDisplayDate(app.submittedOn) })].filter(Boolean).join(' · ')}
        actions={<Tag tone={STATUS_TONE[app.status]}>{t(`housing.enums.applicationStatus.${app.status}`)}</Tag>}
      />
      <Stack gap="lg">
        <SavedNotice>{notice}</SavedNotice>
        {data.previousCase ? (
          <Alert color="blue" variant="light" role="note" styles={ALERT_INK.blue}>
            {t('hf.application.reapplication', { number: data.previousCase.caseNumber ?? '—', date: data.previousCase.closedOn ? toDisplayDate(data.previousCase.closedOn) : '—' })}
          </Alert>
        ) : null}
        <Section id="deadline" title={t('hf.application.deadlineTitle')}>
          <Text>{t('hf.application.dueOn', { date: toDisplayDate(deadline.dueOn), days: deadline.decisionDeadlineDays })}</Text>
          {pending ? (
            deadline.overdue ? <Alert color="red" variant="light" styles={ALERT_INK.red} role="status" title={t('hf.application.overdue', { count: -deadline.daysLeft })} />
              : <Text fw={700} size="lg" c={deadline.daysLeft <= 5 ? '#8a3700' : 'brand.8'}>{deadline.daysLeft === 0 ? t('hf.application.dueToday') : t('hf.application.daysLeft', { count: deadline.daysLeft })}</Text>
          ) : deadline.decidedLate !== null ? (
            <Tag tone={deadline.decidedLate ? 'warning' : 'success'}>{deadline.decidedLate ? t('hf.application.decidedLate') : t('hf.application.decidedOnTime')}</Tag>
          ) : null}
        </Section>

        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Section id="answers" title={t('hf.application.answersTitle')}>
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
              {data.questionnaire.fields.map((f) => {
                const v = app.answers[f.key];
                const shown = v === null || v === undefined || v === '' ? t('hf.application.noAnswer') : typeof v === 'boolean' ? (v ? t('hf.common.yes') : t('hf.common.no')) : String(v);
                return <Fact key={f.key} label={i18n.language === 'en' ? f.labelEn : f.labelLv}>{shown}</Fact>;
              })}
            </SimpleGrid>
          </Section>
          <Section
            id="eligibility"
            title={t('hf.application.assessmentsTitle')}
            actions={abilities.assess ? <Button size="xs" component={Link} to={`/hf/applications/${app.id}/eligibility`}>{t('hf.application.assess')}</Button> : null}
          >
            {data.assessments.length === 0 ? <Text c="dimmed">{t('hf.application.noAssessments')}</Text> : data.assessments.map((a) => <AssessmentView key={a.id} a={a} />)}
          </Section>
        </SimpleGrid>

        <Section id="decision" title={t('hf.application.decisionTitle')}>
          {abilities.decide ? (
            <DecisionForm applicationId={app.id} version={app.version} onDecided={(late) => setNotice(late ? t('hf.application.decidedLateNotice') : t('hf.application.decisionSaved'))} />
          ) : app.decidedOn ? (
            <Stack gap="xs">
              <Group gap="xs">
                <Tag tone={STATUS_TONE[app.status]}>{t(`housing.enums.applicationStatus.${app.status}`)}</Tag>
                <Text size="sm">{t('hf.application.decided', { date: toDisplayDate(app.decidedOn) })}</Text>
              </Group>
              {app.decisionReason ? <Text size="sm">{t('hf.common.reason')}: {app.decisionReason}</Text> : null}
              <PdfLink href={pdf.decisionLetter(app.id)} name={t('hf.application.decisionLetter')} />
            </Stack>
          ) : <Text c="dimmed">{t('hf.application.noAssessments')}</Text>}
        </Section>

        {app.status === 'granted' ? (
          <Section
            id="waiting-list"
            title={t('hf.application.waitingListTitle')}
            actions={abilities.removeFromWaitingList && waitingList ? <Button size="xs" variant="default" color="red" onClick={() => setRemoving(true)}>{t('hf.application.remove')}</Button> : null}
          >
            {waitingList?.position ? (
              <>
                <Text fw={700} size="lg">{t('hf.application.position', { position: waitingList.position.position, of: waitingList.position.of })}</Text>
                <WhyPosition explanation={waitingList.position.explanation} factors={waitingList.priorityFactors.length} decidedOn={app.decidedOn ?? ''} />
              </>
            ) : waitingList?.leftOn ? (
              <Stack gap={4}>
                <Text>{waitingList.leftReason === 'case_opened' ? t('hf.application.leftCaseOpened', { date: toDisplayDate(waitingList.leftOn) }) : t('hf.application.leftList', { date: toDisplayDate(waitingList.leftOn) })}</Text>
                {waitingList.removalNote ? <Text size="sm" c="dimmed">{t('hf.application.removalNote', { note: waitingList.removalNote })}</Text> : null}
              </Stack>
            ) : <Text c="dimmed">{t('hf.application.notOnList')}</Text>}
            {waitingList && removing ? (
              <RemoveFromListModal entryId={waitingList.id} name={name} opened onClose={(removed) => { setRemoving(false); if (removed) setNotice(t('hf.waitingList.removed')); }} />
            ) : null}
          </Section>
        ) : null}

        {abilities.offer || data.offers.length > 0 ? (
          <Section id="offers" title={t('hf.application.offersTitle')} actions={<Tag tone="brand">{t('hf.application.offersCount', { count: data.offers.length, max: data.maxDwellingsOffered })}</Tag>}>
            <Text size="sm">{t('hf.application.offersIntro', { max: data.maxDwellingsOffered })}</Text>
            <Title order={3}>{t('hf.offers.comparisonTitle')}</Title>
            <OfferComparison offers={data.offers} canAnswer={abilities.offer} />
            {abilities.offer && !data.offers.some((o) => o.answer === 'chosen') ? (
              <>
                <Title order={3} mt="sm">{t('hf.offers.proposalsTitle')}</Title>
                <Proposals applicationId={app.id} offeredIds={data.offers.map((o) => o.dwellingId)} limitReached={data.offers.length >= data.maxDwellingsOffered} max={data.maxDwellingsOffered} />
              </>
            ) : null}
          </Section>
        ) : null}

        {data.case || abilities.openCase ? (
          <Section id="case" title={t('hf.application.caseTitle')}>
            {data.case ? (
              <Group gap="sm">
                <Text>{t('hf.application.caseOpened', { number: data.case.caseNumber ?? '' })}</Text>
                {hf.cases ? <Button size="xs" variant="light" component={Link} to={`/hf/cases/${data.case.id}`}>{t('hf.application.toCase', { number: data.case.caseNumber ?? '' })}</Button> : null}
              </Group>
            ) : (
              <Group>
                <Button component={Link} to={`/hf/applications/${app.id}/open-case`}>{t('hf.application.openCase')}</Button>
              </Group>
            )}
          </Section>
        ) : null}
      </Stack>
    </>
  );
}

function AssessmentView({ a }: { a: EligibilityAssessment }) {
  const { t, i18n } = useTranslation();
  const criterion = (key: string) => {
    const c = a.criteria.find((x) => x.key === key);
    return c ? (i18n.language === 'en' ? c.textEn : c.textLv) : key;
  };
  const tone: Record<string, Tone> = { met: 'success', not_met: 'warning', unknown: 'neutral' };
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Tag tone={a.outcome === 'eligible' ? 'success' : 'warning'}>{t(`housing.enums.eligibilityOutcome.${a.outcome}`)}</Tag>
        <Text size="sm" c="dimmed">{t('hf.application.assessmentOf', { date: toDisplayDate(a.assessedOn), version: a.criteriaVersion, name: a.assessedByName })}</Text>
      </Group>
      <Text size="sm">{t('hf.common.reason')}: {a.reason}</Text>
      <TableScroll label={t('hf.application.criteriaTable', { date: toDisplayDate(a.assessedOn) })} minWidth={360}>
        <Table fz="sm" verticalSpacing={6} aria-label={t('hf.application.criteriaTable', { date: toDisplayDate(a.assessedOn) })}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('hf.application.criterion')}</Table.Th>
              <Table.Th scope="col">{t('hf.application.finding')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {a.findings.map((f) => (
              <Table.Tr key={f.key}>
                <Table.Td>{criterion(f.key)}{f.note ? <Text size="xs" c="dimmed">{f.note}</Text> : null}</Table.Td>
                <Table.Td><Tag tone={tone[f.finding]}>{t(`housing.enums.criterionFinding.${f.finding}`)}</Tag></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
      <Fact label={t('hf.application.priorityFactors')}>
        {a.priorityFactors.length ? a.priorityFactors.map((p) => t(`housing.enums.priorityFactor.${p}`)).join('; ') : t('hf.common.none')}
      </Fact>
      {a.alternativesOffered.length ? (
        <Fact label={t('hf.application.alternatives')}>{a.alternativesOffered.map((s) => t(`housing.enums.alternativeService.${s}`)).join('; ')}</Fact>
      ) : null}
    </Stack>
  );
}
