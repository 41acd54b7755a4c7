// Suggestions for the default service input, not a limit: Shipentegra adds services over time and
// the label panel's quotes are what count. The seller may type any slug the carrier quotes.
export const KNOWN_SERVICE_NAMES = [
  'shipentegra-express',
  'shipentegra-eco',
  'shipentegra-avrupa-eko',
  'shipentegra-amerika-eko',
  'ups-express-saver',
  'fedex-priority',
  'dhl-ecommerce',
] as const;
