import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { UiLanguage } from '@socrehab/domain';
import { coreMessagesEn } from '@socrehab/domain/i18n/messages.en';
import { coreMessagesLv } from '@socrehab/domain/i18n/messages.lv';
import { webEn } from './en';
import { webLv } from './lv';
import { serviceEn } from './service.en';
import { serviceLv } from './service.lv';
import { evaluationsEn } from './evaluations.en';
import { evaluationsLv } from './evaluations.lv';

const STORAGE_KEY = 'socrehab.language';

/** The language the user chose last time on this device; Latvian by default. */
export function storedLanguage(): UiLanguage {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'lv';
  } catch {
    return 'lv';
  }
}

/** Switches the UI language, remembers it, and keeps `<html lang>` in step (screen readers use it). */
export async function changeLanguage(language: UiLanguage) {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // private mode: the choice lasts for this page only
  }
  await i18next.changeLanguage(language);
}

export const currentLanguage = (): UiLanguage => (i18next.language === 'en' ? 'en' : 'lv');

i18next.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

/**
 * The core's shared messages (validation, errors, enums) and the web app's own strings in one namespace;
 * each programme adds its shared messages and its pages' strings from its web module (the registry's
 * `messages`, in main.tsx) — not through the domain's programme registry, which would bring every
 * programme's rules and schemas into the first page (issue 16).
 */
void i18next.use(initReactI18next).init({
  resources: {
    lv: { translation: { ...coreMessagesLv, ...webLv, service: serviceLv, evaluations: evaluationsLv } },
    en: { translation: { ...coreMessagesEn, ...webEn, service: serviceEn, evaluations: evaluationsEn } },
  },
  lng: storedLanguage(),
  fallbackLng: 'lv',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export default i18next;
