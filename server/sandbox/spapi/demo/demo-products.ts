/** What the demo sellers sell: goods a small Turkish exporter would ship abroad. */
export interface DemoProduct {
  code: string;
  title: string;
  productType: string;
  /** Typical price in US dollars; local prices follow the marketplace's rate. */
  usdPrice: number;
}

export const DEMO_PRODUCTS: readonly DemoProduct[] = [
  product('TOWEL', 'Turkish Cotton Peshtemal Beach Towel, 100 x 180 cm', 'TOWEL', 24.9),
  product('CEZVE', 'Hand-Hammered Copper Coffee Pot (Cezve), 300 ml', 'KITCHEN', 32.5),
  product('BOWL', 'Hand-Painted Ceramic Serving Bowl, Tulip Pattern, 25 cm', 'BOWL', 39),
  product('EYE', 'Blue Glass Evil Eye Wall Hanging, Set of 3', 'HOME_DECOR', 14.99),
  product('DELIGHT', 'Rose and Pistachio Turkish Delight Gift Box, 500 g', 'GROCERY', 18.5),
  product('SOAP', 'Cold-Pressed Olive Oil Soap Bars, Pack of 6', 'SKIN_CARE_AGENT', 21),
  product('KILIM', 'Handwoven Kilim Cushion Cover, 45 x 45 cm', 'PILLOW', 27.75),
  product('LAMP', 'Mosaic Glass Table Lamp with Brass Base', 'LAMP', 58),
  product('TEAGLASS', 'Tulip Tea Glasses with Saucers, Set of 6', 'DRINKING_CUP', 29.9),
  product('TRAY', 'Engraved Brass Tea Serving Tray, 30 cm', 'SERVING_TRAY', 34),
  product('SUMAC', 'Ground Sumac Spice, Stone-Milled, 250 g', 'GROCERY', 9.95),
  product('MOLASSES', 'Pomegranate Molasses, 500 ml Glass Bottle', 'GROCERY', 12.4),
  product('SCARF', 'Silk Blend Scarf with Iznik Print, 90 x 90 cm', 'SCARF', 44),
  product('SLIPPER', 'Handmade Leather House Slippers, Unisex', 'SHOES', 36.5),
  product('MORTAR', 'White Marble Mortar and Pestle, 12 cm', 'KITCHEN', 26),
  product('ROBE', 'Waffle Cotton Hammam Bathrobe, One Size', 'ROBE', 49.9),
];

function product(code: string, title: string, productType: string, usdPrice: number): DemoProduct {
  return { code, title, productType, usdPrice };
}
