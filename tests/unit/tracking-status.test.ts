import { describe, expect, it } from 'vitest';
import {
  normaliseTrackingStatus,
  parseShipentegraTime,
  readTrackingStatus,
  sortEventsOldestFirst,
} from '../../server/shipping/tracking-status.ts';

describe('readTrackingStatus', () => {
  it.each([
    ['LABEL_CREATED', 'pending'],
    ['Label created', 'pending'],
    ['Etiket oluşturuldu', 'pending'],
    ['Shipment information received', 'pending'],
    ['IN_TRANSIT', 'in_transit'],
    ['Accepted at the Istanbul hub', 'in_transit'],
    ['İstanbul aktarma merkezinde kabul edildi', 'in_transit'],
    ["Türkiye'den çıkış yaptı", 'in_transit'],
    ['Handed over to USPS', 'in_transit'],
    ['USPS firmasına teslim edildi', 'in_transit'],
    ['Arrived at New York facility', 'in_transit'],
    ['OUT_FOR_DELIVERY', 'out_for_delivery'],
    ['Out for delivery', 'out_for_delivery'],
    ['Dağıtıma çıkarıldı', 'out_for_delivery'],
    ['DELIVERED', 'delivered'],
    ['Delivered', 'delivered'],
    ['Teslim edildi', 'delivered'],
    ['EXCEPTION', 'exception'],
    ['Delivery failed: address not found', 'exception'],
    ['Teslimat başarısız: adres bulunamadı', 'exception'],
    ['Not delivered, recipient absent', 'exception'],
    ['RETURNED', 'returned'],
    ['Returned to sender', 'returned'],
    ['Göndericiye iade edildi', 'returned'],
  ])('reads %j as %s', (text, status) => {
    expect(readTrackingStatus(text)).toBe(status);
  });

  it('says nothing about words it does not know', () => {
    expect(readTrackingStatus('STATUS_42')).toBeUndefined();
  });
});

describe('normaliseTrackingStatus', () => {
  const at = (iso: string) => new Date(iso);

  it('trusts a status word it recognises', () => {
    expect(normaliseTrackingStatus('DELIVERED', [])).toBe('delivered');
  });

  it('falls back to the newest event whatever order the events came in', () => {
    const events = [
      { at: at('2026-01-03T10:00:00Z'), text: 'Out for delivery' },
      { at: at('2026-01-01T10:00:00Z'), text: 'Label created' },
      { at: at('2026-01-02T10:00:00Z'), text: 'Departed Turkey' },
    ];

    expect(normaliseTrackingStatus('S7', events)).toBe('out_for_delivery');
  });

  it('calls unreadable progress in transit and no progress pending', () => {
    const label = { at: at('2026-01-01T10:00:00Z'), text: '...' };
    const scan = { at: at('2026-01-02T10:00:00Z'), text: 'Scan 4471' };

    expect(normaliseTrackingStatus('S7', [label])).toBe('pending');
    expect(normaliseTrackingStatus('S7', [label, scan])).toBe('in_transit');
  });
});

describe('sortEventsOldestFirst', () => {
  it('puts undated events first and keeps the rest by date', () => {
    const sorted = sortEventsOldestFirst([
      { at: new Date('2026-01-02T00:00:00Z'), text: 'b' },
      { at: null, text: 'undated' },
      { at: new Date('2026-01-01T00:00:00Z'), text: 'a' },
    ]);

    expect(sorted.map((event) => event.text)).toEqual(['undated', 'a', 'b']);
  });
});

describe('parseShipentegraTime', () => {
  it('reads Shipentegra’s local time as Turkey’s UTC+3', () => {
    expect(parseShipentegraTime('2026-03-05 14:30:00')?.toISOString()).toBe(
      '2026-03-05T11:30:00.000Z',
    );
  });

  it('passes ISO dates with an offset through and refuses nonsense', () => {
    expect(parseShipentegraTime('2026-03-05T14:30:00Z')?.toISOString()).toBe(
      '2026-03-05T14:30:00.000Z',
    );
    expect(parseShipentegraTime('yesterday')).toBeNull();
    expect(parseShipentegraTime(null)).toBeNull();
    expect(parseShipentegraTime('')).toBeNull();
  });
});
