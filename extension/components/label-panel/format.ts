// Dates and amounts as the seller's language writes them. Amounts stay the exact decimal the
// server sent: a label's price is never rounded through a float.
export function formatDate(iso: string, languageTag: string): string {
  return new Intl.DateTimeFormat(languageTag, { dateStyle: 'medium' }).format(new Date(iso));
}

export function formatMoney(amount: string, currency: string): string {
  return `${amount} ${currency}`;
}
