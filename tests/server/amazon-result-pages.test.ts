import { describe, expect, it } from 'vitest';
import {
  type AuthorizationOutcome,
  OUTCOME_PAGES,
} from '../../server/amazon/oauth/authorization-outcomes.ts';
import { renderResultPage } from '../../server/amazon/oauth/result-pages.ts';

describe('authorisation result pages', () => {
  it('escapes every interpolated value', () => {
    const html = renderResultPage('connected', {
      region: 'na',
      sellingPartnerId: '<script>alert("x")</script>',
    });

    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
  });

  it.each(Object.keys(OUTCOME_PAGES) as AuthorizationOutcome[])(
    '%s says what happened and what to do, without scripts',
    (outcome) => {
      const html = renderResultPage(outcome);
      const page = OUTCOME_PAGES[outcome];

      expect(html).not.toMatch(/<script|\son\w+=/i);
      expect(html).toContain('<h1>');
      expect(page.message.length).toBeGreaterThan(20);
      expect(page.advice.length).toBeGreaterThan(10);
    },
  );
});
