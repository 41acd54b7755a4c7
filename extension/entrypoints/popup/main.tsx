import { renderExtensionPage } from '../../components/extension-page-root.tsx';
import { PopupApp } from './popup-app.tsx';

renderExtensionPage(<PopupApp />);
