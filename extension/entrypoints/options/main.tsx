import { renderExtensionPage } from '../../components/extension-page-root.tsx';
import { OptionsApp } from './options-app.tsx';

renderExtensionPage(<OptionsApp />);
