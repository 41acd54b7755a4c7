import { useId } from 'react';
import type { ShippingQuote } from '../../../shared/api/quotes.ts';
import { useMessages } from '../../locales/messages-context.ts';
import { formatMoney } from './format.ts';

// The seller's default service when it was quoted, else the cheapest: what is preselected.
export function pickService(
  quotes: readonly ShippingQuote[],
  defaultServiceName: string | null | undefined,
): string | undefined {
  const preferred = quotes.find((quote) => quote.serviceName === defaultServiceName);
  const cheapest = quotes.find((quote) => quote.isCheapest);

  return (preferred ?? cheapest ?? quotes[0])?.serviceName;
}

function QuoteOption({ quote }: { quote: ShippingQuote }) {
  const t = useMessages();
  const words = t.labelPanel.quotes;
  const { transitDays } = quote;
  const details = [
    formatMoney(quote.totalPrice, quote.currency, t.languageTag),
    words.serviceTypes[quote.serviceType] ?? quote.serviceType,
    transitDays && words.transitDays(transitDays.min, transitDays.max),
  ].filter(Boolean);

  return (
    <>
      <strong>{quote.displayName}</strong> <span>{details.join(' · ')}</span>
      {quote.isCheapest && <span className="mark">{words.cheapest}</span>}
      {quote.isFastest && <span className="mark">{words.fastest}</span>}
    </>
  );
}

interface QuotesListProps {
  quotes: readonly ShippingQuote[];
  selectedServiceName: string | undefined;
  onSelect(serviceName: string): void;
  isDisabled: boolean;
}

// One radio per service Shipentegra quoted, with price, tier, transit time and the marks.
export function QuotesList({ quotes, selectedServiceName, onSelect, isDisabled }: QuotesListProps) {
  const t = useMessages();
  const name = useId();

  if (quotes.length === 0) {
    return <p className="warning">{t.labelPanel.quotes.none}</p>;
  }

  return (
    <fieldset className="quotes" disabled={isDisabled}>
      <legend>{t.labelPanel.quotes.heading}</legend>
      {quotes.map((quote) => (
        <label key={quote.serviceName} className="quote" data-service={quote.serviceName}>
          <input
            type="radio"
            name={name}
            value={quote.serviceName}
            checked={quote.serviceName === selectedServiceName}
            onChange={() => onSelect(quote.serviceName)}
          />
          <QuoteOption quote={quote} />
        </label>
      ))}
    </fieldset>
  );
}
