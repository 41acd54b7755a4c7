import type { AmazonRegion } from '../../../shared/api/connections.ts';
import type { AmazonConnectionSummary } from '../../../shared/api/me.ts';
import type { Messages } from '../../locales/en.ts';
import { useMessages } from '../../locales/messages-context.ts';

interface AmazonRegionRowProps {
  region: AmazonRegion;
  connection: AmazonConnectionSummary | undefined;
  isBusy: boolean;
  onConnect(region: AmazonRegion): void;
  onDisconnect(region: AmazonRegion): void;
}

function describeConnection(connection: AmazonConnectionSummary | undefined, t: Messages) {
  if (!connection) {
    return t.amazon.notConnected;
  }

  return connection.status === 'connected'
    ? t.amazon.connected(connection.sellingPartnerId)
    : t.amazon.needsReauthorization;
}

// One Seller Central region: its state, and Connect, Reconnect or Disconnect. Button names carry
// the region, so three rows of identical buttons stay distinguishable by ear.
export function AmazonRegionRow(props: AmazonRegionRowProps) {
  const { region, connection, isBusy, onConnect, onDisconnect } = props;
  const t = useMessages();
  const regionName = t.amazon.regions[region];
  const needsReconnect = connection?.status === 'needs_reauthorization';

  return (
    <li data-region={region} data-status={connection?.status ?? 'not_connected'}>
      <strong>{regionName}</strong>: <span>{describeConnection(connection, t)}</span>{' '}
      {(!connection || needsReconnect) && (
        <button type="button" disabled={isBusy} onClick={() => onConnect(region)}>
          {needsReconnect ? t.amazon.reconnect(regionName) : t.amazon.connect(regionName)}
        </button>
      )}
      {connection && (
        <button type="button" disabled={isBusy} onClick={() => onDisconnect(region)}>
          {t.amazon.disconnect(regionName)}
        </button>
      )}
    </li>
  );
}
