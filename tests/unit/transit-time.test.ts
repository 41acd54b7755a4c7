import { describe, expect, it } from 'vitest';
import { parseTransitDays } from '../../server/shipentegra/transit-time.ts';

describe('parseTransitDays', () => {
  it.each([
    ['3-6 iş günü', { min: 3, max: 6 }],
    ['3 - 6 İş Günü', { min: 3, max: 6 }],
    ['8–14 is gunu', { min: 8, max: 14 }],
    ['2-4 business days', { min: 2, max: 4 }],
    ['2 to 4 Business Days', { min: 2, max: 4 }],
    ['5-7 working days', { min: 5, max: 7 }],
    ['5 gün', { min: 5, max: 5 }],
    ['Teslim süresi 7 gun', { min: 7, max: 7 }],
    ['1 day', { min: 1, max: 1 }],
    ['3 ile 5 iş günü arasında', { min: 3, max: 5 }],
    ['6-4 days', { min: 4, max: 6 }],
    ['10+ days', { min: 10, max: 10 }],
  ])('reads %j', (text, expected) => {
    expect(parseTransitDays(text)).toEqual(expected);
  });

  it('reads through the HTML Shipentegra wraps it in', () => {
    const html =
      '<p><strong>Tahmini teslim süresi:</strong> 3-6 iş günü</p>' +
      '<p>Gümrük işlemleri dahildir.<br>Takip numarası gönderiden sonra güncellenir.</p>';

    expect(parseTransitDays(html)).toEqual({ min: 3, max: 6 });
  });

  it('reads through tags inside the estimate and decoded entities', () => {
    expect(parseTransitDays('<b>3</b>-<b>6</b> <i>iş günü</i>')).toEqual({ min: 3, max: 6 });
    expect(parseTransitDays('Delivery:&nbsp;2&ndash;4&nbsp;business&nbsp;days')).toEqual({
      min: 2,
      max: 4,
    });
    expect(parseTransitDays('3&#45;6 i&#351; g&#xFC;n&#xFC;')).toEqual({ min: 3, max: 6 });
    expect(parseTransitDays('5 g&uuml;n')).toEqual({ min: 5, max: 5 });
  });

  it('takes the first estimate when the text also mentions other numbers', () => {
    const text = 'Max 30 kg. Estimated 4-7 business days. Price valid for 2 weeks.';

    expect(parseTransitDays(text)).toEqual({ min: 4, max: 7 });
  });

  it('answers null when no estimate is given', () => {
    expect(parseTransitDays(undefined)).toBeNull();
    expect(parseTransitDays(null)).toBeNull();
    expect(parseTransitDays('')).toBeNull();
    expect(parseTransitDays('<p>Gümrük işlemleri dahildir.</p>')).toBeNull();
    expect(parseTransitDays('Max 30 kg, 120 x 60 x 60 cm')).toBeNull();
  });

  it('refuses implausible numbers instead of showing them as days', () => {
    expect(parseTransitDays('0-0 days')).toBeNull();
    expect(parseTransitDays('100-200 days')).toBeNull();
  });
});
