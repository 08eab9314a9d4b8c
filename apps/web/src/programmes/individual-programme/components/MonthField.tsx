import { NativeSelect, type NativeSelectProps } from '@mantine/core';
import { monthsBetween } from '@socrehab/domain/programmes/individual-programme/service-lines';
import { useIpFormat } from '../ip-format';

/**
 * A month (`yyyy-mm`) chosen from a list, newest last: `2026. gada marts`. `empty` adds a first choice
 * for no month (an open end).
 */
export function MonthField({ from, to, value, onChange, empty, ...rest }: Omit<NativeSelectProps, 'data' | 'value' | 'onChange'> & {
  from: string; to: string; value: string; onChange: (month: string) => void; empty?: string;
}) {
  const f = useIpFormat();
  const months = monthsBetween(from, to);
  // a month outside the list (the case opened later than the month shown) still shows as chosen
  if (value && !months.includes(value)) months.push(value);
  return (
    <NativeSelect {...rest} value={value} onChange={(e) => onChange(e.currentTarget.value)}
      data={[...(empty !== undefined ? [{ value: '', label: empty }] : []), ...months.sort().map((m) => ({ value: m, label: f.month(m) }))]} />
  );
}
