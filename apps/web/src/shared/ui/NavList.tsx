import { NavLink, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';

export interface NavItem { to: string; label: string; icon: string; active: boolean }

/** One block of the side navigation: an optional section heading and links with a line icon. */
export function NavList({ items, title, titleId }: { items: NavItem[]; title?: string; titleId?: string }) {
  if (items.length === 0) return null;
  return (
    <>
      {title ? <Text component="h2" size="xs" fw={700} c="dimmed" tt="uppercase" mt="md" mb={4} px="sm" style={{ letterSpacing: 0.6 }} id={titleId}>{title}</Text> : null}
      <Stack gap={4} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }} aria-labelledby={title ? titleId : undefined}>
        {items.map((item) => (
          <li key={item.to}>
            <NavLink
              component={Link}
              to={item.to}
              label={<Text size="sm" fw={500} inherit>{item.label}</Text>}
              active={item.active}
              aria-current={item.active ? 'page' : undefined}
              variant="light"
              leftSection={
                <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
                  <path d={item.icon} />
                </svg>
              }
              style={{ borderRadius: 'var(--mantine-radius-md)' }}
            />
          </li>
        ))}
      </Stack>
    </>
  );
}
