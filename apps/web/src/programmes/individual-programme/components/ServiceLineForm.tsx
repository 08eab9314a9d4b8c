import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { SERVICE_LINES, SKILL_AREAS, UNITS_OF_LINE, type ServiceLine, type SkillArea, type VolumeUnit } from '@socrehab/domain/programmes/individual-programme/service-lines';
import { fieldErrorsOf, messageOf } from '../../../shared/api/errors';
import { Section } from '../../../shared/ui/Section';
import { FormError, SavedNotice } from '../../../shared/ui/FormFeedback';
import { addServiceLine, getDwellingsIn, ipKeys } from '../individual-programme.api';
import { shiftMonth, thisMonth, useIpFormat } from '../ip-format';
import { parseVolume } from './amounts';
import { MonthField } from './MonthField';

type Saved = { line: ServiceLine; unit: VolumeUnit; planned: number; fromMonth: string };

/**
 * IP-2 a service line of the programme's content catalogue added to the plan: skill areas for skills
 * support (at least one), the unit and volume planned a month, the months it runs (open-ended: the
 * programme is not limited in time) and, for housing, the dwelling of the housing stock if known.
 */
export function ServiceLineForm({ caseId, month, openedMonth, municipalityAtvk }: { caseId: string; month: string; openedMonth: string; municipalityAtvk: string }) {
  const { t } = useTranslation();
  const f = useIpFormat();
  const queryClient = useQueryClient();
  const [line, setLine] = useState<ServiceLine | ''>('');
  const [skillAreas, setSkillAreas] = useState<SkillArea[]>([]);
  const [unit, setUnit] = useState<VolumeUnit | ''>('');
  const [planned, setPlanned] = useState('');
  const [fromMonth, setFromMonth] = useState(month < openedMonth ? openedMonth : month);
  const [toMonth, setToMonth] = useState('');
  const [dwellingId, setDwellingId] = useState('');
  const [note, setNote] = useState('');
  // what was saved, put in words at render so the notice follows a language switch
  const [saved, setSaved] = useState<Saved | null>(null);
  const units = line ? UNITS_OF_LINE[line] : [];
  const dwellings = useQuery({ queryKey: ipKeys.dwellings(municipalityAtvk), queryFn: ({ signal }) => getDwellingsIn(municipalityAtvk, signal), enabled: line === 'housing' });
  const chooseLine = (value: string) => {
    const next = value as ServiceLine | '';
    setLine(next);
    setUnit(next ? UNITS_OF_LINE[next][0]! : '');
    if (next !== 'skills_support') setSkillAreas([]);
    if (next !== 'housing') setDwellingId('');
  };
  const mutation = useMutation({
    mutationFn: () => addServiceLine(caseId, {
      line: line as ServiceLine, skillAreas, unit: unit as VolumeUnit, plannedPerMonth: parseVolume(planned), fromMonth,
      toMonth: toMonth || null, dwellingId: dwellingId || null, note: note.trim() || null,
    }),
    onMutate: () => setSaved(null),
    onSuccess: () => {
      setSaved({ line: line as ServiceLine, unit: unit as VolumeUnit, planned: parseVolume(planned), fromMonth });
      chooseLine('');
      setPlanned('');
      setToMonth('');
      setNote('');
      void queryClient.invalidateQueries({ queryKey: ipKeys.case(caseId) });
    },
  });
  const errors = fieldErrorsOf(mutation.error, t);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate();
  };
  const savedText = saved ? t('ipPages.lineForm.saved', {
    line: t(`ip.enums.serviceLine.${saved.line}`), value: t('ipPages.plan.volume', { value: f.number(saved.planned), unit: t(`ip.enums.unit.${saved.unit}`) }), month: f.month(saved.fromMonth),
  }) : null;
  return (
    <Section id="service-line" title={t('ipPages.lineForm.title')} intro={t('ipPages.lineForm.intro')}>
      <form onSubmit={submit} noValidate aria-labelledby="service-line-title">
        <Stack gap="md">
          <NativeSelect label={t('ipPages.lineForm.line')} required value={line} onChange={(e) => chooseLine(e.currentTarget.value)} error={errors.line}
            data={[{ value: '', label: t('ipPages.lineForm.chooseLine') }, ...SERVICE_LINES.map((l) => ({ value: l, label: t(`ip.enums.serviceLine.${l}`) }))]} />
          {line === 'skills_support' ? (
            <Checkbox.Group label={t('ipPages.lineForm.skillAreas')} description={t('ipPages.lineForm.skillAreasHint')} required value={skillAreas} onChange={(v) => setSkillAreas(v as SkillArea[])} error={errors.skillAreas}>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing="xs" mt={6}>
                {SKILL_AREAS.map((a) => <Checkbox key={a} value={a} label={t(`ip.enums.skillArea.${a}`)} />)}
              </SimpleGrid>
            </Checkbox.Group>
          ) : null}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NativeSelect label={t('ipPages.lineForm.unit')} required value={unit} onChange={(e) => setUnit(e.currentTarget.value as VolumeUnit)} error={errors.unit} disabled={!line}
              data={line ? units.map((u) => ({ value: u, label: t(`ip.enums.unit.${u}`) })) : [{ value: '', label: t('ipPages.common.none') }]} />
            <TextInput label={t('ipPages.lineForm.planned')} description={t('ipPages.lineForm.plannedHint')} required inputMode="decimal" autoComplete="off"
              value={planned} onChange={(e) => setPlanned(e.currentTarget.value)} error={errors.plannedPerMonth} />
            <MonthField label={t('ipPages.lineForm.fromMonth')} required from={openedMonth} to={shiftMonth(thisMonth(), 12)} value={fromMonth} onChange={setFromMonth} error={errors.fromMonth} />
            <MonthField label={t('ipPages.lineForm.toMonth')} from={openedMonth} to={shiftMonth(thisMonth(), 36)} value={toMonth} onChange={setToMonth} error={errors.toMonth}
              empty={t('ipPages.lineForm.openEnded')} />
          </SimpleGrid>
          {line === 'housing' ? (
            <NativeSelect label={t('ipPages.lineForm.dwelling')} description={t('ipPages.lineForm.dwellingHint')} value={dwellingId} onChange={(e) => setDwellingId(e.currentTarget.value)} error={errors.dwellingId}
              data={[{ value: '', label: t('ipPages.lineForm.noDwelling') }, ...(dwellings.data?.items ?? []).map((d) => ({ value: d.id, label: d.address }))]} />
          ) : null}
          <TextInput label={t('ipPages.lineForm.note')} description={t('ipPages.lineForm.noteHint')} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={errors.note} maxLength={1000} />
          <FormError message={mutation.error ? messageOf(mutation.error, t) : null} hasFields={Object.keys(errors).length > 0} />
          <SavedNotice>{savedText}</SavedNotice>
          <Group justify="flex-end">
            <Button type="submit" loading={mutation.isPending}>{t('ipPages.lineForm.submit')}</Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}
