import type { SealedCell } from '../crypto/associated-data.ts';

/** The sealed cells of a shipment: bound to its row, so a copied value opens nowhere else. */
export function labelFileCellOf(shipmentId: string): SealedCell {
  return { purpose: 'pii', table: 'shipments', column: 'label_file_sealed', rowId: shipmentId };
}

export function labelUrlCellOf(shipmentId: string): SealedCell {
  return { purpose: 'pii', table: 'shipments', column: 'label_url_sealed', rowId: shipmentId };
}
