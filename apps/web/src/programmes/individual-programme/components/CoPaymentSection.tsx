import type { ReactNode } from 'react';
import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Section } from '../../../shared/ui/Section';
import { Fact } from '../../../shared/ui/Fact';
import { toDisplayDate } from '../../../shared/dates';
import type { CoPayment } from '../individual-programme.api';
import { useIpFormat } from '../ip-format';

const PARTS = ['rentCents', 'managementCents', 'electricityCents', 'gasCents', 'utilitiesCents'] as const;

/** IP-3 the co-payment in force in a month: the latest set from that month or before. */
export const coPaymentInForce = (coPayments: CoPayment[], month: string) =>
  coPayments.filter((c) => c.effectiveFrom <= month).sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom)).at(-1);

/**
 * IP-3 the client's co-payment for the flat in force in the month shown: its parts, the total and the
 * basis it was set on; `children` is the form to set a new one, for those who may record.
 */
export function CoPaymentSection({ coPayments, month, children }: { coPayments: CoPayment[]; month: string; children?: ReactNode }) {
  const { t } = useTranslation();
  const f = useIpFormat();
  const inForce = coPaymentInForce(coPayments, month);
  return (
    <Section id="co-payment" title={t('ipPages.ledger.coPaymentTitle')} intro={t('ipPages.ledger.coPaymentIntro')}>
      {!inForce ? <Text size="sm" c="dimmed">{t('ipPages.ledger.coPaymentNone')}</Text> : (
        <Stack gap="sm">
          <Text size="sm" fw={600}>{t('ipPages.ledger.coPaymentFrom', { month: f.inMonth(inForce.effectiveFrom) })}</Text>
          <Table aria-label={t('ipPages.ledger.coPaymentTable')} withTableBorder fz="sm">
            <Table.Thead bg="gray.0">
              <Table.Tr><Table.Th scope="col">{t('ipPages.ledger.part')}</Table.Th><Table.Th scope="col" ta="right">{t('ipPages.ledger.amount')}</Table.Th></Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {PARTS.map((p) => (
                <Table.Tr key={p}><Table.Td>{t(`ip.enums.coPart.${p}`)}</Table.Td><Table.Td ta="right" className="nowrap">{f.euro(inForce[p])}</Table.Td></Table.Tr>
              ))}
              <Table.Tr fw={700}><Table.Th scope="row">{t('ipPages.ledger.coPaymentTotal')}</Table.Th><Table.Td ta="right" className="nowrap">{f.euro(inForce.totalCents)}</Table.Td></Table.Tr>
            </Table.Tbody>
          </Table>
          <Fact label={t('ipPages.ledger.coPaymentBasis', { date: toDisplayDate(inForce.assessedOn) })}>{inForce.basis}</Fact>
        </Stack>
      )}
      {children}
    </Section>
  );
}
