/** Amazon's decimal-string amounts: yen has no minor unit, the other demo currencies two. */
export function formatAmount(value: number, currencyCode: string): string {
  return currencyCode === 'JPY' ? String(Math.round(value)) : value.toFixed(2);
}

export function money(
  value: number,
  currencyCode: string,
): { amount: string; currencyCode: string } {
  return { amount: formatAmount(value, currencyCode), currencyCode };
}
