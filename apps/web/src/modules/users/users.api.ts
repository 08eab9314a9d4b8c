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

/** HF-2.6 a staff member's languages as the users list shows them. */
export type LanguageStanding = 'latvian' | 'latvianMissing' | 'notRecorded';
export interface StaffLanguage { language: string; level: string }
export interface StaffQualification { id?: string; kind: string; title: string; issuer: string | null; obtainedOn: string | null; validUntil: string | null }
export interface StaffProfile { qualifications: StaffQualification[]; languages: StaffLanguage[]; languageStanding: LanguageStanding }

export const findStaffLanguages = () => api<{ items: Array<{ userId: string; languages: StaffLanguage[]; languageStanding: LanguageStanding }> }>('/api/staff-languages');
export const getStaffProfile = (userId: string, signal?: AbortSignal) => api<StaffProfile>(`/api/users/${userId}/staff-profile`, { signal });
export const saveStaffProfile = (userId: string, body: { qualifications: StaffQualification[]; languages: StaffLanguage[] }) =>
  api<StaffProfile>(`/api/users/${userId}/staff-profile`, { method: 'PUT', body });

/** HF-2.6 one saved version of a staff member's profile, with who saved it, when and what it changed. */
export interface StaffProfileVersion {
  version: number;
  recordedAt: string;
  recordedBy: { id: string; displayName: string };
  qualifications: StaffQualification[];
  languages: StaffLanguage[];
  changes: {
    languagesAdded: StaffLanguage[];
    languagesRemoved: StaffLanguage[];
    languagesChanged: Array<{ language: string; from: string; to: string }>;
    qualificationsAdded: StaffQualification[];
    qualificationsRemoved: StaffQualification[];
  };
}
export const getStaffProfileHistory = (userId: string, signal?: AbortSignal) => api<{ versions: StaffProfileVersion[] }>(`/api/users/${userId}/staff-profile/history`, { signal });
