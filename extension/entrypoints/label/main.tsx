import { renderExtensionPage } from '../../components/extension-page-root.tsx';
import { getMessages } from '../../locales/language.ts';
import { readLabelAction } from './label-action.ts';
import { LabelApp } from './label-app.tsx';

// Opened by the background (OPEN_LABEL) as `label.html?shipment=<id>`, with `&action=download`
// or `&action=print` when the panel's button asked for one.
const query = new URLSearchParams(window.location.search);
const shipmentId = query.get('shipment');
const action = readLabelAction(query.get('action'));

renderExtensionPage(
  <LabelApp shipmentId={shipmentId} action={action} />,
  getMessages().labelPage.title,
);
