import type { ReactNode } from 'react';
import { Checkbox, Fieldset, Group, NativeSelect, Radio, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { GENDERS, LANGUAGES, WHEREABOUTS_KINDS, formatDate, validatePersonalCode } from '@socrehab/domain';
import type { PersonFormValues } from '../person-form.model';

interface Props {
  values: PersonFormValues;
  onChange: (values: PersonFormValues) => void;
  /** Translated reasons per field, from the server. */
  errors: Record<string, string>;
  /** When editing a person who already has a code: it changes only through "change personal code". */
  codeLocked?: boolean;
  /** Issue 14: the person's address is protected and hidden from this editor — its fields are not offered (the server keeps them). */
  addressHidden?: boolean;
  children?: ReactNode;
}

/** The person's fields, grouped as a worker thinks of them; used to register and to edit. */
export function PersonForm({ values, onChange, errors, codeLocked = false, addressHidden = false, children }: Props) {
  const { t } = useTranslation();
  const set = <K extends keyof PersonFormValues>(key: K, value: PersonFormValues[K]) => onChange({ ...values, [key]: value });
  const text = (key: keyof PersonFormValues) => ({
    value: values[key] as string,
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => set(key, e.currentTarget.value),
    error: errors[key],
  });
  const code = values.personalCode.trim() ? validatePersonalCode(values.personalCode) : null;
  const codeHint = codeLocked
    ? t('personForm.codeLocked')
    : code?.ok
      ? code.format === 'old' ? t('personForm.codeValidOld', { date: formatDate(code.birthDate) }) : t('personForm.codeValidNew')
      : t('personForm.personalCodeHint');
  const codeWarning = code?.ok && code.warnings.length ? t('warnings.personalCodeCheckDigit') : null;

  return (
    <Stack gap="lg">
      <Fieldset legend={t('personForm.sectionIdentity')} variant="filled" bg="white">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="md">
          <TextInput label={t('fields.givenNames')} required autoComplete="off" {...text('givenNames')} />
          <TextInput label={t('fields.surnames')} required autoComplete="off" {...text('surnames')} />
          <Stack gap={4}>
            <TextInput label={t('fields.personalCode')} inputMode="numeric" autoComplete="off" readOnly={codeLocked} description={codeHint} {...text('personalCode')} />
            {codeWarning && !errors.personalCode ? <TextWarning>{codeWarning}</TextWarning> : null}
          </Stack>
          <TextInput label={t('fields.birthDate')} placeholder={t('app.dateFormatHint')} inputMode="numeric" autoComplete="off" description={t('personForm.birthDateHint')} {...text('birthDate')} />
        </SimpleGrid>
        <Radio.Group label={t('fields.gender')} value={values.gender} onChange={(v) => set('gender', v)} error={errors.gender} mt="md">
          <Group gap="lg" mt={6}>
            {GENDERS.map((g) => <Radio key={g} value={g} label={t(`enums.gender.${g}`)} />)}
          </Group>
        </Radio.Group>
        <Checkbox.Group label={t('fields.languages')} value={values.languages} onChange={(v) => set('languages', v)} error={errors.languages} mt="md">
          <Group gap="md" mt={6}>
            {LANGUAGES.map((l) => <Checkbox key={l} value={l} label={t(`enums.language.${l}`)} />)}
          </Group>
        </Checkbox.Group>
      </Fieldset>

      <Fieldset legend={t('personForm.sectionContact')} variant="filled" bg="white">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="md">
          {addressHidden ? (
            <TextInput label={t('fields.declaredAddress')} value={t('addressProtection.badge')} readOnly description={t('addressProtection.editHint')} />
          ) : (
            <>
              <NativeSelect
                label={t('fields.whereaboutsKind')}
                value={values.whereaboutsKind}
                onChange={(e) => set('whereaboutsKind', e.currentTarget.value)}
                error={errors.whereaboutsKind}
                data={WHEREABOUTS_KINDS.map((k) => ({ value: k, label: t(`enums.whereaboutsKind.${k}`) }))}
              />
              <TextInput label={t('fields.whereabouts')} description={t('personForm.whereaboutsHint')} {...text('whereabouts')} />
              <TextInput label={t('fields.declaredAddress')} autoComplete="off" {...text('declaredAddress')} />
            </>
          )}
          <TextInput label={t('fields.phone')} type="tel" autoComplete="off" {...text('phone')} />
          <TextInput label={t('fields.email')} type="email" autoComplete="off" {...text('email')} />
        </SimpleGrid>
      </Fieldset>

      <Fieldset legend={t('personForm.sectionNotes')} variant="filled" bg="white">
        <Textarea label={t('fields.notes')} autosize minRows={3} maxRows={10} {...text('notes')} />
      </Fieldset>
      {children}
    </Stack>
  );
}

function TextWarning({ children }: { children: ReactNode }) {
  return (
    <div role="status" style={{ color: '#8a4b00', fontSize: 'var(--mantine-font-size-sm)', background: '#fff4e0', borderRadius: 6, padding: '6px 10px' }}>
      {children}
    </div>
  );
}
