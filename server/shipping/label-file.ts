import { AppError } from '../../shared/errors.ts';
import { recordAuditEvent } from '../audit/audit-log.ts';
import { loadTenantSealer } from '../crypto/load-tenant-sealer.ts';
import type { MasterKeyRing } from '../crypto/master-key-ring.ts';
import type { Db } from '../db/connection.ts';
import { labelFileCellOf } from './label-cells.ts';
import { getShipment } from './shipment-store.ts';

export interface LabelFileRead {
  tenantId: string;
  userId: string;
  shipmentId: string;
  requestId?: string;
  now: Date;
}

/** The stored label (it shows the buyer's address): opened only here, and audited. */
export function readLabelFile(db: Db, keyRing: MasterKeyRing, read: LabelFileRead) {
  const shipment = getShipment(db, read.tenantId, read.shipmentId);

  // Retention purged it, or it was never fetched: either way there is nothing to give.
  if (!shipment.labelFileSealed || !shipment.labelContentType) {
    throw new AppError('NOT_FOUND');
  }

  const sealer = loadTenantSealer(db, keyRing, read.tenantId);
  const bytes = sealer.open(labelFileCellOf(shipment.id), shipment.labelFileSealed);

  recordAuditEvent(db, {
    tenantId: read.tenantId,
    userId: read.userId,
    type: 'pii.read',
    details: { shipmentId: shipment.id, orderId: shipment.amazonOrderId, what: 'label_file' },
    requestId: read.requestId,
    now: read.now,
  });

  return { bytes, contentType: shipment.labelContentType };
}
