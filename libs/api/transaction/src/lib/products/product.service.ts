import { Injectable } from '@nestjs/common';
import { ConflictError, isUniqueViolation, NotFoundError, type PreparedStatement, TransactionService } from '@niaga/api/core';
import type { CreateProductRequest, Page, ProductQuery, ProductView, UpdateProductRequest } from '@niaga/shared/contracts';
import { escapeLike, toMoney2 } from '@niaga/shared/util';
import { ProductEntity } from './product.entity';

export const toProductView = (p: ProductEntity): ProductView => ({
  id: p.id,
  code: p.code,
  name: p.name,
  unitPrice: toMoney2(p.unitPrice),
  active: p.active,
  createdAt: p.createdAt.toISOString(),
  updatedAt: p.updatedAt.toISOString(),
});

const codeTaken = (code: string) =>
  new ConflictError('PRODUCT_CODE_TAKEN', `A product with code "${code}" already exists.`, [{ field: 'code', message: 'This code is already used.' }]);

const PRODUCTS_BY_ID: PreparedStatement = {
  key: 'products_by_id',
  text: `SELECT id, code, name, unit_price AS "unitPrice", active, created_at AS "createdAt", updated_at AS "updatedAt"
         FROM product WHERE id = ANY($1::uuid[])`,
};

@Injectable()
export class ProductService {
  constructor(private readonly tx: TransactionService) {}

  async list(query: ProductQuery): Promise<Page<ProductView>> {
    const qb = this.tx.repo(ProductEntity).createQueryBuilder('p').orderBy('lower(p.code)');
    if (query.q) {
      qb.where('(lower(p.code) LIKE :q OR lower(p.name) LIKE :q)', { q: `%${escapeLike(query.q.toLowerCase())}%` });
    }
    const [rows, total] = await qb.offset((query.page - 1) * query.pageSize).limit(query.pageSize).getManyAndCount();
    return { items: rows.map(toProductView), total, page: query.page, pageSize: query.pageSize };
  }

  async get(id: string): Promise<ProductView> {
    const product = await this.tx.repo(ProductEntity).findOneBy({ id });
    if (!product) throw new NotFoundError('Product', id);
    return toProductView(product);
  }

  /** The products of some lines, by id; unknown or inactive ones are reported by the caller. */
  /** The products a document's lines name (hot: every order and invoice). */
  async byIds(ids: string[]): Promise<Map<string, ProductEntity>> {
    const rows = ids.length ? await this.tx.prepared<ProductEntity>(PRODUCTS_BY_ID, [[...new Set(ids)]]) : [];
    return new Map(rows.map((p) => [p.id, p]));
  }

  async create(input: CreateProductRequest): Promise<ProductView> {
    const repo = this.tx.repo(ProductEntity);
    try {
      return toProductView(await repo.save(repo.create({ code: input.code, name: input.name, unitPrice: toMoney2(input.unitPrice) })));
    } catch (error) {
      if (isUniqueViolation(error, 'uq_product_code')) throw codeTaken(input.code);
      throw error;
    }
  }

  async update(id: string, input: UpdateProductRequest): Promise<ProductView> {
    const repo = this.tx.repo(ProductEntity);
    const product = await repo.findOneBy({ id });
    if (!product) throw new NotFoundError('Product', id);
    if (input.code !== undefined) product.code = input.code;
    if (input.name !== undefined) product.name = input.name;
    if (input.unitPrice !== undefined) product.unitPrice = toMoney2(input.unitPrice);
    if (input.active !== undefined) product.active = input.active;
    try {
      return toProductView(await repo.save(product));
    } catch (error) {
      if (isUniqueViolation(error, 'uq_product_code')) throw codeTaken(product.code);
      throw error;
    }
  }
}
