import { formatShipentegraTime } from './envelope.ts';
import type { StandInLanguage } from './http-exchange.ts';
import type { StandInShipment } from './store.ts';

interface Milestone {
  /** Hours after the label, for a parcel of pace 1. */
  atHours: number;
  status: string;
  en: string;
  tr: string;
  /** Shipentegra's own network hands the parcel to a local carrier; others skip this. */
  isHandover?: boolean;
}

const HOUR_MS = 60 * 60 * 1000;

// The status words are the stand-in's guess: upstream's vocabulary is unknown.
const LABEL_CREATED: Milestone = {
  atHours: 0,
  status: 'LABEL_CREATED',
  en: 'Label created',
  tr: 'Etiket oluşturuldu',
};

const JOURNEY_START: readonly Milestone[] = [
  LABEL_CREATED,
  {
    atHours: 14,
    status: 'IN_TRANSIT',
    en: 'Accepted at the Istanbul hub',
    tr: 'İstanbul aktarma merkezinde kabul edildi',
  },
  { atHours: 30, status: 'IN_TRANSIT', en: 'Departed Turkey', tr: "Türkiye'den çıkış yaptı" },
  {
    atHours: 60,
    status: 'IN_TRANSIT',
    en: 'Arrived in the destination country, customs cleared',
    tr: 'Varış ülkesine ulaştı, gümrük işlemleri tamamlandı',
  },
  {
    atHours: 68,
    status: 'IN_TRANSIT',
    en: 'Handed over to {carrier}',
    tr: '{carrier} firmasına teslim edildi',
    isHandover: true,
  },
];

const DELIVERED_ENDING: readonly Milestone[] = [
  { atHours: 88, status: 'OUT_FOR_DELIVERY', en: 'Out for delivery', tr: 'Dağıtıma çıkarıldı' },
  { atHours: 96, status: 'DELIVERED', en: 'Delivered', tr: 'Teslim edildi' },
];

const RETURNED_ENDING: readonly Milestone[] = [
  {
    atHours: 88,
    status: 'EXCEPTION',
    en: 'Delivery failed: address not found',
    tr: 'Teslimat başarısız: adres bulunamadı',
  },
  { atHours: 150, status: 'RETURNED', en: 'Returned to sender', tr: 'Göndericiye iade edildi' },
];

/** The `data` of the activities call for one parcel at stand-in time `now`. */
export function describeTracking(shipment: StandInShipment, now: Date, language: StandInLanguage) {
  const elapsedHours = (now.getTime() - shipment.startedAt.getTime()) / HOUR_MS / shipment.pace;
  const ending = shipment.isExceptionPath ? RETURNED_ENDING : DELIVERED_ENDING;
  const reached = [...JOURNEY_START, ...ending].filter((milestone) => {
    return milestone.atHours <= elapsedHours && (!milestone.isHandover || shipment.lastMile);
  });

  const dateOf = (milestone: Milestone) => {
    const at = shipment.startedAt.getTime() + milestone.atHours * shipment.pace * HOUR_MS;

    return formatShipentegraTime(new Date(at));
  };
  const eventOf = (milestone: Milestone) => {
    const template = language === 'tr' ? milestone.tr : milestone.en;

    return template.replace('{carrier}', shipment.lastMile?.carrier ?? '');
  };

  // A clock that stepped back a little still shows the label as created.
  const latest = reached.at(-1) ?? LABEL_CREATED;
  const isHandedOver = reached.some((milestone) => milestone.isHandover);

  return {
    status: latest.status,
    summary: eventOf(latest),
    deliveryDate: latest.status === 'DELIVERED' ? dateOf(latest) : null,
    lastMileTrackingNumber: isHandedOver ? (shipment.lastMile?.trackingNumber ?? null) : null,
    lastMileCarrier: isHandedOver ? (shipment.lastMile?.carrier ?? null) : null,
    // Newest first; clients should not rely on the order, which upstream does not document.
    activities: reached
      .reverse()
      .map((milestone) => ({ date: dateOf(milestone), event: eventOf(milestone) })),
  };
}
