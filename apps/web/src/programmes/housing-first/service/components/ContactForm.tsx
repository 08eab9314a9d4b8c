import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Group, NativeSelect, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CONTACT_KINDS, CONTACT_MODES, type LifeDomain } from '@socrehab/domain/programmes/housing-first/index';
import { toDisplayDate } from '../../../../shared/dates';
import { dateOrNull, parseHours, textOrNull, todayIso } from '../../../../modules/service/service-format';
import { recordContact, type ServiceCase } from '../service.api';
import { JustificationField, useJustification } from './Justification';
import { DateField, FormError, Saved, Section, Warnings } from '../../../../modules/service/components/ServiceUi';
import { LifeDomainsField } from './LifeDomainsField';
import { useRecord } from './useRecord';

type Kind = (typeof CONTACT_KINDS)[number];
type Mode = (typeof CONTACT_MODES)[number];
const MODE_OF: Partial<Record<Kind, Mode>> = { phone_call: 'phone', remote: 'remote' };

/** HF-2.2 record a contact; over the daily limit the server asks for a written justification. */
export function ContactForm({ data }: { data: ServiceCase }) {
  const { t, i18n } = useTranslation();
  const caseId = data.case.id;
  const [on, setOn] = useState(toDisplayDate(todayIso()));
  const [kind, setKind] = useState<Kind>('phone_call');
  const [mode, setMode] = useState<Mode>('phone');
  const [hours, setHours] = useState(i18n.language === 'en' ? '0.5' : '0,5');
  const [reached, setReached] = useState(true);
  const [notes, setNotes] = useState('');
  const [domains, setDomains] = useState<LifeDomain[]>([]);
  const record = useRecord(caseId, (body: Parameters<typeof recordContact>[1]) => recordContact(caseId, body), (body) => t('service.contact.saved', { date: toDisplayDate(body.contactOn) }));
  const justification = useJustification(record);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.save({ contactOn: dateOrNull(on) ?? '', kind, mode, hours: parseHours(hours), lifeDomains: domains, reachedPerson: reached, justification: justification.value, notes: textOrNull(notes) });
  };
  const e = record.errors;
  return (
    <Section id="contact" title={t('service.contact.title')}>
      <form onSubmit={submit} noValidate aria-labelledby="contact-title">
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
            <DateField label={t('service.contact.contactOn')} required value={on} onChange={setOn} error={e.contactOn} />
            <NativeSelect
              label={t('service.contact.kind')}
              value={kind}
              onChange={(ev) => { const k = ev.currentTarget.value as Kind; setKind(k); setMode(MODE_OF[k] ?? 'in_person'); }}
              data={CONTACT_KINDS.map((k) => ({ value: k, label: t(`service.contact.kinds.${k}`) }))}
              error={e.kind}
            />
            <NativeSelect label={t('service.contact.mode')} value={mode} onChange={(ev) => setMode(ev.currentTarget.value as Mode)} data={CONTACT_MODES.map((m) => ({ value: m, label: t(`service.contact.modes.${m}`) }))} error={e.mode} />
            <TextInput label={t('service.contact.hours')} description={t('service.contact.hoursHint')} required inputMode="decimal" value={hours} onChange={(ev) => setHours(ev.currentTarget.value)} error={e.hours} />
          </SimpleGrid>
          <Checkbox label={t('service.contact.reachedPerson')} checked={reached} onChange={(ev) => setReached(ev.currentTarget.checked)} />
          <LifeDomainsField label={t('service.contact.lifeDomains')} value={domains} onChange={setDomains} error={e.lifeDomains} />
          <Textarea label={t('service.contact.notes')} autosize minRows={2} value={notes} onChange={(ev) => setNotes(ev.currentTarget.value)} error={e.notes} />
          <JustificationField state={justification} limit={data.settings.contactHoursPerDay} id="contact-justification" />
          <FormError message={record.needsJustification ? null : record.message} hasFields={Object.keys(e).length > 0} />
          <Saved>{record.saved}</Saved>
          <Warnings items={record.warnings} />
          <Group justify="flex-end">
            <Button type="submit" loading={record.pending}>{justification.open ? t('service.contact.submitJustified') : t('service.contact.submit')}</Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}
