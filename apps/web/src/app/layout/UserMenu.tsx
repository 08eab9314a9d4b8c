import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useNavigate } from 'react-router';
import { roleLabelKey } from '@socrehab/domain';
import { useTranslation } from 'react-i18next';
import { useMe, useSession } from '../../shared/auth/session';
import { signOut, signOutEverywhere } from '../../modules/auth/auth.api';
import { PasswordChangeModal } from '../../modules/auth/components/PasswordChangeModal';
import { useConfirm } from '../../shared/ui/useConfirm';

const initials = (name: string) => name.split(/\s+/).map((p) => p[0] ?? '').join('').slice(0, 2).toUpperCase();

/** Who is signed in, their organisation and role; password change and the two ways to sign out. */
export function UserMenu() {
  const { t } = useTranslation();
  const me = useMe();
  const { signedOut } = useSession();
  const navigate = useNavigate();
  const [passwordOpen, password] = useDisclosure(false);
  const [confirm, confirmDialog] = useConfirm();

  const leave = async (everywhere: boolean) => {
    if (everywhere && !(await confirm({ title: t('userMenu.signOutEverywhere'), text: t('userMenu.signOutEverywhereConfirm'), confirmLabel: t('userMenu.signOutEverywhere'), danger: true }))) return;
    try {
      await (everywhere ? signOutEverywhere() : signOut());
    } finally {
      // leave the signed-in pages first, so that no guard redirects with a different state meanwhile
      navigate('/sign-in', { replace: true, state: { signedOut: true } });
      setTimeout(signedOut, 0);
    }
  };

  return (
    <>
      <Menu position="bottom-end" width={280} shadow="md">
        <Menu.Target>
          <UnstyledButton aria-label={t('userMenu.label', { name: me.user.displayName })} style={{ borderRadius: 'var(--mantine-radius-md)' }} p={4}>
            <Group gap="xs" wrap="nowrap">
              <Avatar color="brand" radius="xl" size={32} variant="filled">{initials(me.user.displayName)}</Avatar>
              <Text size="sm" fw={500} visibleFrom="sm">{me.user.displayName}</Text>
            </Group>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>
            <Text size="sm" fw={600} c="dark">{me.user.displayName}</Text>
            <Text size="xs" c="dimmed">{me.user.roles.map((r) => t(roleLabelKey(r, me.user.organisation.kind))).join(', ')}</Text>
            <Text size="xs" c="dimmed">{me.user.organisation.name}</Text>
          </Menu.Label>
          <Menu.Divider />
          <Menu.Item onClick={password.open}>{t('userMenu.changePassword')}</Menu.Item>
          <Menu.Item onClick={() => void leave(false)}>{t('userMenu.signOut')}</Menu.Item>
          <Menu.Item color="red.8" onClick={() => void leave(true)}>{t('userMenu.signOutEverywhere')}</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <PasswordChangeModal opened={passwordOpen} onClose={password.close} />
      {confirmDialog}
    </>
  );
}
