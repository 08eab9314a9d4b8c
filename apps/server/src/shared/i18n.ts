import i18next, { type TFunction } from 'i18next';
import { messagesEn, messagesLv, type UiLanguage } from '@socrehab/domain';

/** Server-side translations: error messages in the language the request asks for. */
const instance = i18next.createInstance();
await instance.init({
  lng: 'lv',
  fallbackLng: 'lv',
  supportedLngs: ['lv', 'en'],
  resources: { lv: { translation: messagesLv }, en: { translation: messagesEn } },
  interpolation: { escapeValue: false },
  initAsync: false,
});

const translators: Record<UiLanguage, TFunction> = { lv: instance.getFixedT('lv'), en: instance.getFixedT('en') };

/** Picks lv or en from an Accept-Language header; Latvian unless English is preferred. */
export function languageOf(acceptLanguage: string | undefined): UiLanguage {
  const first = (acceptLanguage ?? '').split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'lv';
}

export function translate(language: UiLanguage, key: string, params?: Record<string, string | number>): string {
  return translators[language](key, params ?? {}) as string;
}
