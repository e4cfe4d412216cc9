import { Injectable } from '@nestjs/common';
import { CUSTOMER_CSV_COLUMNS, type CustomerQuery } from '@niaga/shared/contracts';
import { csvLine } from '@niaga/shared/util';
import { Readable } from 'node:stream';
import { CustomerService } from '../customers/customer.service';

const BATCH = 1000;

/** Streams customers as CSV in batches (keyset paging), so an export of any size uses little memory. */
@Injectable()
export class CustomerExportService {
  constructor(private readonly customers: CustomerService) {}

  stream(query: Pick<CustomerQuery, 'q' | 'groupId'>): Readable {
    const customers = this.customers;
    async function* lines(): AsyncGenerator<string> {
      yield '\ufeff' + csvLine(CUSTOMER_CSV_COLUMNS);
      let after: { key: string; id: string } | undefined;
      for (;;) {
        const qb = customers.filtered(query).addOrderBy('c.id').limit(BATCH);
        if (after) qb.andWhere('(lower(c.code), c.id) > (:key, :id)', after);
        const rows = await qb.getMany();
        for (const c of rows) {
          yield csvLine([c.code, c.name, c.group?.code, c.paymentTermDays, c.phone, c.email, c.address]);
        }
        if (rows.length < BATCH) return;
        const last = rows[rows.length - 1];
        after = { key: last.code.toLowerCase(), id: last.id };
      }
    }
    return Readable.from(lines());
  }
}
