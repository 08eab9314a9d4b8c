import { useState, type FormEvent } from 'react';
import { Button, Group, Radio, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DOMAIN_NEEDS, LIFE_DOMAINS, type DomainNeed, type LifeDomain } from '@socrehab/domain/programmes/housing-first/index';
import { toDisplayDate } from '../../../../shared/dates';
import { dateOrNull, todayIso } from '../../../../modules/service/service-format';
import { recordAssessment, reviewPlan } from '../service.api';
import { DateField, FormError, Saved, Section } from '../../../../modules/service/components/ServiceUi';
import { useRecord } from './useRecord';

/** HF-3.2.5 the person and the social worker review the plan. */
export function PlanReviewForm({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const [on, setOn] = useState(toDisplayDate(todayIso()));
  const [note, setNote] = useState('');
  const record = useRecord(caseId, (body: { reviewedOn: string; note: string }) => reviewPlan(caseId, body), () => { setNote(''); return t('service.review.saved'); });
  const submit = (event: FormEvent) => { event.preventDefault(); record.save({ reviewedOn: dateOrNull(on) ?? '', note: note.trim() }); };
  const e = record.errors;
  return (
    <Section id="review" title={t('service.review.title')} intro={t('service.review.intro')}>
      <form onSubmit={submit} noValidate aria-labelledby="review-title">
        <Stack gap="sm">
          <DateField label={t('service.review.reviewedOn')} required value={on} onChange={setOn} error={e.reviewedOn} w={{ base: '100%', xs: 220 }} />
          <Textarea label={t('service.review.note')} required autosize minRows={2} value={note} onChange={(ev) => setNote(ev.currentTarget.value)} error={e.note} />
          <FormError message={record.message} hasFields={Object.keys(e).length > 0} />
          <Saved>{record.saved}</Saved>
          <Group justify="flex-end"><Button type="submit" variant="light" loading={record.pending}>{t('service.review.submit')}</Button></Group>
        </Stack>
      </form>
    </Section>
  );
}

/** HF-2.4 the 6-monthly social functioning re-assessment. */
export function AssessmentForm({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const [on, setOn] = useState(toDisplayDate(todayIso()));
  const [summary, setSummary] = useState('');
  const [needs, setNeeds] = useState<Record<LifeDomain, DomainNeed>>(() => Object.fromEntries(LIFE_DOMAINS.map((d) => [d, 'none'])) as Record<LifeDomain, DomainNeed>);
  const record = useRecord(caseId, (body: Parameters<typeof recordAssessment>[1]) => recordAssessment(caseId, body), () => { setSummary(''); return t('service.assessment.saved'); });
  const submit = (event: FormEvent) => { event.preventDefault(); record.save({ assessedOn: dateOrNull(on) ?? '', summary: summary.trim(), domainNeeds: needs }); };
  const e = record.errors;
  return (
    <Section id="assessment" title={t('service.assessment.title')} intro={t('service.assessment.intro')}>
      <form onSubmit={submit} noValidate aria-labelledby="assessment-title">
        <Stack gap="sm">
          <DateField label={t('service.assessment.assessedOn')} required value={on} onChange={setOn} error={e.assessedOn} w={{ base: '100%', xs: 220 }} />
          <Textarea label={t('service.assessment.summary')} required autosize minRows={2} value={summary} onChange={(ev) => setSummary(ev.currentTarget.value)} error={e.summary} />
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
            {LIFE_DOMAINS.map((d) => (
              <Radio.Group key={d} label={t(`housing.enums.lifeDomain.${d}`)} value={needs[d]} onChange={(v) => setNeeds((n) => ({ ...n, [d]: v as DomainNeed }))}>
                <Group gap="md" mt={4}>
                  {DOMAIN_NEEDS.map((n) => <Radio key={n} value={n} label={t(`housing.enums.domainNeed.${n}`)} />)}
                </Group>
              </Radio.Group>
            ))}
          </SimpleGrid>
          <FormError message={record.message} hasFields={Object.keys(e).length > 0} />
          <Saved>{record.saved}</Saved>
          <Group justify="flex-end"><Button type="submit" variant="light" loading={record.pending}>{t('service.assessment.submit')}</Button></Group>
        </Stack>
      </form>
    </Section>
  );
}
