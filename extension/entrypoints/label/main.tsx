import { renderExtensionPage } from '../../components/extension-page-root.tsx';
import { getMessages } from '../../locales/language.ts';
import { LabelApp } from './label-app.tsx';

// Opened by the background (OPEN_LABEL) as `label.html?shipment=<id>`.
const shipmentId = new URLSearchParams(window.location.search).get('shipment');

renderExtensionPage(<LabelApp shipmentId={shipmentId} />, getMessages().labelPage.title);
