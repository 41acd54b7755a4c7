import type { Me } from '../../../shared/api/me.ts';
import { useMessages } from '../../locales/messages-context.ts';

interface ConnectionsSummaryProps {
  me: Me;
}

export function ConnectionsSummary({ me }: ConnectionsSummaryProps) {
  const t = useMessages();
  const { amazonConnections, shipentegra } = me;

  return (
    <section aria-labelledby="popup-connections">
      <h2 id="popup-connections">{t.popup.connectionsHeading}</h2>
      <ul className="rows">
        {amazonConnections.length === 0 && <li>{t.popup.amazonNone}</li>}
        {amazonConnections.map((connection) => (
          <li key={connection.region} data-status={connection.status}>
            {`${t.popup.amazonRegion(t.amazon.regions[connection.region])}: `}
            {connection.status === 'connected' ? t.popup.connected : t.popup.needsReauthorization}
          </li>
        ))}
        <li data-status={shipentegra.connected ? 'connected' : 'not_connected'}>
          {shipentegra.connected ? t.popup.shipentegraConnected : t.popup.shipentegraNotConnected}
        </li>
      </ul>
    </section>
  );
}
