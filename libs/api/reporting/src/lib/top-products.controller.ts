import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { NotFoundError, RequirePermissions, TransactionService, UuidParam, ZodQuery } from '@niaga/api/core';
import { type TopProductRow, type TopProductsQuery, topProductsQuerySchema } from '@niaga/shared/contracts';
import { plainDecimal } from '@niaga/shared/util';

/** Top ordered products of ONE customer (never the whole company's), by quantity or by number of orders. */
@ApiTags('customers')
@Controller('customers')
export class TopProductsController {
  constructor(private readonly tx: TransactionService) {}

  @Get(':id/top-products')
  @RequirePermissions('customers:read')
  @ApiOperation({ summary: 'The products this customer orders most (not cancelled orders), by quantity or by orders, in a period.' })
  async topProducts(@UuidParam() id: string, @ZodQuery(topProductsQuerySchema) query: TopProductsQuery): Promise<TopProductRow[]> {
    const [exists] = await this.tx.manager.query('SELECT 1 FROM customer WHERE id = $1', [id]);
    if (!exists) throw new NotFoundError('Customer', id);
    const order = query.by === 'orders' ? 'orders DESC, quantity DESC' : 'quantity DESC, orders DESC';
    const rows: { product_id: string; code: string; name: string; quantity: string; orders: number }[] = await this.tx.manager.query(
      `SELECT p.id AS product_id, p.code, p.name, sum(l.quantity) AS quantity, count(DISTINCT o.id)::int AS orders
       FROM sales_order o
       JOIN sales_order_line l ON l.sales_order_id = o.id
       JOIN product p ON p.id = l.product_id
       WHERE o.customer_id = $1 AND o.status <> 'cancelled'
         AND ($2::date IS NULL OR o.order_date >= $2::date) AND ($3::date IS NULL OR o.order_date <= $3::date)
       GROUP BY p.id, p.code, p.name
       ORDER BY ${order}, lower(p.code)
       LIMIT $4`,
      [id, query.from ?? null, query.to ?? null, query.limit],
    );
    return rows.map((r) => ({ productId: r.product_id, code: r.code, name: r.name, quantity: plainDecimal(r.quantity), orders: r.orders }));
  }
}
