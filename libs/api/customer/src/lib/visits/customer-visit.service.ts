import { Injectable } from '@nestjs/common';
import { FileStorage, NotFoundError, type Principal, TransactionService } from '@niaga/api/core';
import type { VisitView } from '@niaga/shared/contracts';
import type { Readable } from 'node:stream';
import { CustomerEntity } from '../customers/customer.entity';
import { CustomerVisitEntity, CustomerVisitPhotoEntity } from './customer-visit.entity';

export interface NewVisit {
  visitedAt: Date;
  notes: string | null;
  photos: { bytes: Buffer; contentType: string; extension: string }[];
}

const toView = (v: CustomerVisitEntity): VisitView => ({
  id: v.id,
  customerId: v.customerId,
  visitedAt: v.visitedAt.toISOString(),
  notes: v.notes,
  photos: (v.photos ?? []).map((p) => ({
    id: p.id,
    contentType: p.contentType,
    size: p.size,
    url: `/api/v1/customers/${v.customerId}/visits/${v.id}/photos/${p.id}`,
  })),
  recordedBy: v.recordedBy,
  createdAt: v.createdAt.toISOString(),
});

/** Visits with notes and photos; the customer's last visit is always the latest one. */
@Injectable()
export class CustomerVisitService {
  constructor(
    private readonly tx: TransactionService,
    private readonly storage: FileStorage,
  ) {}

  async record(actor: Principal, customerId: string, visit: NewVisit): Promise<VisitView> {
    await this.requireCustomer(customerId);
    // Files first: a failed transaction leaves orphan files (removed below), never rows without files.
    const keys = await Promise.all(visit.photos.map((p) => this.storage.put(`visits/${customerId}`, p.bytes, p.extension)));
    try {
      return await this.tx.run(async () => {
        const saved = await this.tx.repo(CustomerVisitEntity).save(
          this.tx.repo(CustomerVisitEntity).create({ customerId, visitedAt: visit.visitedAt, notes: visit.notes, recordedBy: actor.name }),
        );
        await this.tx.repo(CustomerVisitPhotoEntity).insert(
          visit.photos.map((p, i) => ({ visitId: saved.id, storageKey: keys[i], contentType: p.contentType, size: p.bytes.length })),
        );
        // GREATEST ignores NULL: a first visit sets it; a back-dated one never moves it backwards.
        await this.tx.manager.query(`UPDATE customer SET last_visit_at = GREATEST(last_visit_at, $2) WHERE id = $1`, [customerId, visit.visitedAt]);
        return this.get(customerId, saved.id);
      });
    } catch (error) {
      await Promise.all(keys.map((k) => this.storage.remove(k)));
      throw error;
    }
  }

  async list(customerId: string): Promise<VisitView[]> {
    await this.requireCustomer(customerId);
    const visits = await this.tx.repo(CustomerVisitEntity).find({
      where: { customerId },
      relations: { photos: true },
      order: { visitedAt: 'DESC', createdAt: 'DESC' },
      take: 200,
    });
    return visits.map(toView);
  }

  async get(customerId: string, visitId: string): Promise<VisitView> {
    const visit = await this.tx.repo(CustomerVisitEntity).findOne({ where: { id: visitId, customerId }, relations: { photos: true } });
    if (!visit) throw new NotFoundError('Visit', visitId);
    return toView(visit);
  }

  async photo(customerId: string, visitId: string, photoId: string): Promise<{ stream: Readable; contentType: string; size: number }> {
    const photo = await this.tx.repo(CustomerVisitPhotoEntity).findOne({ where: { id: photoId, visitId, visit: { customerId } } });
    if (!photo) throw new NotFoundError('Photo', photoId);
    return { stream: await this.storage.read(photo.storageKey), contentType: photo.contentType, size: photo.size };
  }

  private async requireCustomer(id: string): Promise<void> {
    if (!(await this.tx.repo(CustomerEntity).existsBy({ id }))) throw new NotFoundError('Customer', id);
  }
}
