import { Checkbox, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LIFE_DOMAINS, type LifeDomain } from '@socrehab/domain/programmes/housing-first/index';

/** The six life domains (HF-2.1) as checkboxes. */
export function LifeDomainsField({ label, value, onChange, error }: { label: string; value: LifeDomain[]; onChange: (v: LifeDomain[]) => void; error?: string }) {
  const { t } = useTranslation();
  return (
    <Checkbox.Group label={label} value={value} onChange={(v) => onChange(v as LifeDomain[])} error={error}>
      <Group gap="md" mt={6}>
        {LIFE_DOMAINS.map((d) => <Checkbox key={d} value={d} label={t(`housing.enums.lifeDomain.${d}`)} />)}
      </Group>
    </Checkbox.Group>
  );
}
