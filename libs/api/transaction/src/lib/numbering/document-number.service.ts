import { Injectable } from '@nestjs/common';
import { TransactionService } from '@niaga/api/core';

/**
 * Document numbers without gaps or duplicates: the series row is incremented inside the document's
 * transaction, so a rolled-back document gives its number back. Take the number as the last step before
 * the writes, so the series row is held only for the end of the transaction.
 */
@Injectable()
export class DocumentNumberService {
  constructor(private readonly tx: TransactionService) {}

  async next(prefix: 'SO' | 'INV' | 'PAY', date: string): Promise<string> {
    const year = Number(date.slice(0, 4));
    const [row]: { last_value: number }[] = await this.tx.manager.query(
      `INSERT INTO document_sequence (prefix, year, last_value) VALUES ($1, $2, 1)
       ON CONFLICT (prefix, year) DO UPDATE SET last_value = document_sequence.last_value + 1
       RETURNING last_value`,
      [prefix, year],
    );
    return `${prefix}-${year}-${String(row.last_value).padStart(6, '0')}`;
  }
}
