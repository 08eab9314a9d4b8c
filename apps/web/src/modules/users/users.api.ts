import type { Role } from '@socrehab/domain';
import { api } from '../../shared/api/client';

export interface UserListItem {
  id: string;
  displayName: string;
  email: string;
  roles: Role[];
  active: boolean;
  organisation: { id: string; name: string };
}

/** A manager's organisation's users, or every user for an administrator. */
export const findUsers = () => api<{ items: UserListItem[] }>('/api/users');
