import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { AuditTable } from '../components/AuditTable';

/** What the manager's organisation's users did (everything, for an administrator). */
export function OrganisationAuditPage() {
  const { t } = useTranslation();
  usePageTitle(t('audit.title'));
  return (
    <>
      <PageHeader title={t('audit.title')} description={t('audit.orgIntro')} />
      <AuditTable label={t('audit.title')} />
    </>
  );
}
