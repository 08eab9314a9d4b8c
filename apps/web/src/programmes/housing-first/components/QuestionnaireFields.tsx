import { Group, Radio, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { QuestionnaireField } from '@socrehab/domain';

export type AnswerDrafts = Record<string, string>;

/** The municipality's questionnaire rendered from its data: numbers, yes/no and text, each labelled in the UI language. */
export function QuestionnaireFields({ fields, values, onChange, errors }: {
  fields: QuestionnaireField[]; values: AnswerDrafts; onChange: (key: string, value: string) => void; errors: Record<string, string>;
}) {
  const { t, i18n } = useTranslation();
  const label = (f: QuestionnaireField) => (i18n.language === 'en' ? f.labelEn : f.labelLv);
  return (
    <Stack gap="md">
      {fields.map((f) => {
        const error = errors[`answers.${f.key}`];
        if (f.type === 'boolean') {
          return (
            <Radio.Group key={f.key} label={label(f)} withAsterisk={f.required} value={values[f.key] ?? ''} onChange={(v) => onChange(f.key, v)} error={error}>
              <Group gap="lg" mt={6}>
                <Radio value="true" label={t('hf.applicationForm.answerYes')} />
                <Radio value="false" label={t('hf.applicationForm.answerNo')} />
                {!f.required ? <Radio value="" label={t('hf.applicationForm.answerUnknown')} /> : null}
              </Group>
            </Radio.Group>
          );
        }
        return (
          <TextInput
            key={f.key}
            label={label(f)}
            withAsterisk={f.required}
            inputMode={f.type === 'number' ? 'numeric' : undefined}
            maw={f.type === 'number' ? 200 : undefined}
            value={values[f.key] ?? ''}
            onChange={(e) => onChange(f.key, e.currentTarget.value)}
            error={error}
          />
        );
      })}
    </Stack>
  );
}

/** Drafts → the answers the API takes: numbers as numbers, yes/no as booleans, empty as null. */
export function toAnswers(fields: QuestionnaireField[], values: AnswerDrafts): Record<string, string | number | boolean | null> {
  const out: Record<string, string | number | boolean | null> = {};
  for (const f of fields) {
    const v = (values[f.key] ?? '').trim();
    if (!v) out[f.key] = null;
    else if (f.type === 'boolean') out[f.key] = v === 'true';
    else if (f.type === 'number') out[f.key] = /^-?\d+$/.test(v) ? Number(v) : v;
    else out[f.key] = v;
  }
  return out;
}
