import { renderExtensionPage } from '../../components/extension-page-root.tsx';
import { getMessages } from '../../locales/language.ts';
import { OptionsApp } from './options-app.tsx';

renderExtensionPage(<OptionsApp />, getMessages().options.title);
