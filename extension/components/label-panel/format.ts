// Dates and amounts as the seller's language writes them. Amounts stay the exact decimal the
// server sent: Intl formats the decimal string itself, so a price never passes through a float.
export function formatDate(iso: string, languageTag: string): string {
  return new Intl.DateTimeFormat(languageTag, { dateStyle: 'medium' }).format(new Date(iso));
}

const DECIMAL = /^\d+(?:\.(\d{1,20}))?$/;

// "9.10 USD" in English, "9,10 USD" in Turkish; the code after the amount reads the same in
// both, where a symbol would hide which dollar a seller pays in.
export function formatMoney(amount: string, currency: string, languageTag: string): string {
  const match = DECIMAL.exec(amount);
  if (!match) {
    return `${amount} ${currency}`;
  }

  const digits = match[1]?.length ?? 0;
  const format = new Intl.NumberFormat(languageTag, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });

  return `${format.format(amount as `${number}`)} ${currency}`;
}
