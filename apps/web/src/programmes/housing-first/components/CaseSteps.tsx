import { Anchor, Group, List, Paper, Progress, Text, ThemeIcon, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MoveInStep } from '@socrehab/domain/programmes/housing-first/index';
import type { CaseDetail } from '../housing-first.api';

/** Where each checklist step is done on the case page. */
export const STEP_SECTION: Record<MoveInStep, string> = {
  documents: 'step-documents', data_processing_information: 'step-agreements', service_rules_information: 'step-agreements', contract: 'step-agreements',
  consent: 'step-consent', municipal_social_worker: 'step-municipal', initial_assessment: 'step-assessment', team: 'step-team',
  dwelling_chosen: 'step-dwelling', move_in: 'step-move-in',
};

/** The next step, clearly highlighted, with a way to it (HF-3.1.6–3.1.10). */
export function NextStepCard({ checklist }: { checklist: CaseDetail['checklist'] }) {
  const { t } = useTranslation();
  const done = checklist.steps.filter((s) => s.done).length;
  return (
    <Paper p={{ base: 'sm', sm: 'lg' }} bg={checklist.next ? 'brand.7' : 'green.0'} c={checklist.next ? 'white' : undefined} withBorder={!checklist.next} role="region" aria-labelledby="next-step-title">
      <Group justify="space-between" align="center" gap="sm">
        <div style={{ minWidth: 0, flex: '1 1 16rem' }}>
          <Text size="xs" fw={700} tt="uppercase" style={{ letterSpacing: 0.6 }} c={checklist.next ? 'brand.0' : '#1e6b34'}>{t('hf.case.nextStep')}</Text>
          <Title order={2} id="next-step-title" c={checklist.next ? 'white' : '#1e6b34'} mt={2}>
            {checklist.next ? t(`hf.case.steps.${checklist.next}`) : t('hf.case.allDone')}
          </Title>
          {checklist.next ? <Text size="sm" mt={4} c="brand.0">{t(`hf.case.stepHelp.${checklist.next}`)}</Text> : null}
        </div>
        {checklist.next ? (
          <Anchor href={`#${STEP_SECTION[checklist.next]}`} c="brand.8" bg="white" px="md" py={8} fw={700} style={{ borderRadius: 6, whiteSpace: 'nowrap' }}>
            {t('hf.case.goToStep')} →
          </Anchor>
        ) : null}
      </Group>
      <Progress value={(done / checklist.steps.length) * 100} mt="md" color={checklist.next ? 'white' : 'green.8'} bg={checklist.next ? 'brand.9' : 'green.1'} size="sm" aria-label={t('hf.case.progress', { done, total: checklist.steps.length })} />
      <Text size="xs" mt={4} c={checklist.next ? 'brand.0' : '#1e6b34'}>{t('hf.case.progress', { done, total: checklist.steps.length })}</Text>
    </Paper>
  );
}

/** Every step with its state, each a link to where it is done. */
export function ChecklistNav({ checklist }: { checklist: CaseDetail['checklist'] }) {
  const { t } = useTranslation();
  return (
    <Paper p="md" component="nav" aria-labelledby="checklist-title">
      <Title order={2} id="checklist-title" mb="sm">{t('hf.case.checklist')}</Title>
      <List spacing={6} listStyleType="none" type="ordered" styles={{ itemWrapper: { alignItems: 'flex-start' } }}>
        {checklist.steps.map((s, i) => {
          const next = checklist.next === s.step;
          const state = s.done ? t('hf.case.stepDone') : next ? t('hf.case.stepNext') : t('hf.case.stepTodo');
          return (
            <List.Item
              key={s.step}
              icon={
                <ThemeIcon size={22} radius="xl" color={s.done ? 'green.8' : next ? 'brand.7' : 'gray.2'} c={s.done || next ? 'white' : 'gray.8'} aria-hidden="true">
                  <Text size="xs" fw={700} inherit>{s.done ? '✓' : i + 1}</Text>
                </ThemeIcon>
              }
            >
              <Anchor href={`#${STEP_SECTION[s.step]}`} size="sm" fw={next ? 700 : 500} c={s.done ? 'dimmed' : undefined} aria-current={next ? 'step' : undefined}>
                {t(`hf.case.steps.${s.step}`)}
              </Anchor>
              <span className="visually-hidden"> — {state}</span>
            </List.Item>
          );
        })}
      </List>
    </Paper>
  );
}
