import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Group, NativeSelect, Radio, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SUPPORT_OFFERS } from '@socrehab/domain/programmes/housing-first/index';
import { dateOrNull, textOrNull, todayIso } from '../../../../modules/service/service-format';
import { toDisplayDate } from '../../../../shared/dates';
import { recordSupportOffer } from '../service.api';
import { DateField, FormError, Saved, Section } from '../../../../modules/service/components/ServiceUi';
import { useRecord } from './useRecord';

type Offered = (typeof SUPPORT_OFFERS)[number];
type Answer = 'accepted' | 'declined' | 'later';

/** HF-3.2.3–4 an offer (initial plan, WRAP, an additional service) and the person's answer. */
export function OfferForm({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const [offered, setOffered] = useState<Offered>('initial_plan');
  const [on, setOn] = useState(toDisplayDate(todayIso()));
  const [answer, setAnswer] = useState<Answer>('accepted');
  const [told, setTold] = useState(false);
  const [note, setNote] = useState('');
  const record = useRecord(caseId, (body: Parameters<typeof recordSupportOffer>[1]) => recordSupportOffer(caseId, body), () => {
    setTold(false);
    setNote('');
    return t('service.offer.saved');
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // `told` is sent as given: the server explains, in the user's language, why it must be confirmed.
    record.save({ offered, offeredOn: dateOrNull(on) ?? '', answer, toldNotACondition: told as true, note: textOrNull(note) });
  };
  const e = record.errors;
  return (
    <Section id="offer" title={t('service.offer.title')} intro={t('service.offer.intro')}>
      <form onSubmit={submit} noValidate aria-labelledby="offer-title">
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NativeSelect label={t('service.offer.offered')} value={offered} onChange={(ev) => setOffered(ev.currentTarget.value as Offered)} error={e.offered}
              data={SUPPORT_OFFERS.map((o) => ({ value: o, label: t(`service.offer.offers.${o}`) }))} />
            <DateField label={t('service.offer.offeredOn')} required value={on} onChange={setOn} error={e.offeredOn} />
          </SimpleGrid>
          <Radio.Group label={t('service.offer.answer')} value={answer} onChange={(v) => setAnswer(v as Answer)} error={e.answer}>
            <Group gap="lg" mt={6}>
              {(['accepted', 'declined', 'later'] as const).map((a) => <Radio key={a} value={a} label={t(`service.offer.answers.${a}`)} />)}
            </Group>
          </Radio.Group>
          <Checkbox label={t('service.offer.toldNotACondition')} checked={told} onChange={(ev) => setTold(ev.currentTarget.checked)} error={e.toldNotACondition} />
          <Textarea label={t('service.offer.note')} autosize minRows={1} value={note} onChange={(ev) => setNote(ev.currentTarget.value)} error={e.note} />
          <FormError message={record.message} hasFields={Object.keys(e).length > 0} />
          <Saved>{record.saved}</Saved>
          <Group justify="flex-end"><Button type="submit" variant="light" loading={record.pending}>{t('service.offer.submit')}</Button></Group>
        </Stack>
      </form>
    </Section>
  );
}
