import type { OrganisationKind, Role } from '@socrehab/domain';
import { api } from '../../shared/api/client';

/** What the signed-in user may do, as the server decided (the UI never re-derives the rules). */
export interface Abilities {
  readPersons: boolean;
  createPerson: boolean;
  mergePersons: boolean;
  readAudit: boolean;
  manageUsers: boolean;
  readAggregates: boolean;
}

export interface Me {
  user: {
    id: string;
    email: string;
    displayName: string;
    roles: Role[];
    organisation: { id: string; name: string; kind: OrganisationKind; municipalityAtvk: string | null };
  };
  csrfToken: string;
  abilities: Abilities;
}

export const getMe = () => api<Me>('/api/auth/me');
export const signIn = (body: { email: string; password: string }) => api<Me>('/api/auth/login', { method: 'POST', body });
export const signOut = () => api<void>('/api/auth/logout', { method: 'POST' });
export const signOutEverywhere = () => api<void>('/api/auth/logout-everywhere', { method: 'POST' });
export const changePassword = (body: { currentPassword: string; newPassword: string }) =>
  api<void>('/api/auth/password', { method: 'POST', body });
