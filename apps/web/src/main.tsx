import '@mantine/core/styles.css';
import '@mantine/charts/styles.css';
import './app/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import i18next from './i18n';
import { App } from './app/App';
import { WEB_PROGRAMMES } from './programmes/registry';

// each programme's pages' strings join the shared namespace before the app renders
for (const { messages } of WEB_PROGRAMMES) {
  i18next.addResourceBundle('lv', 'translation', messages.lv, true, true);
  i18next.addResourceBundle('en', 'translation', messages.en, true, true);
}
document.documentElement.lang = i18next.language;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
