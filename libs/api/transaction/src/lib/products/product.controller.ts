import { Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Idempotent, RequirePermissions, UuidParam, ZodBody, ZodQuery } from '@niaga/api/core';
import {
  type CreateProductRequest,
  createProductSchema,
  type Page,
  type ProductQuery,
  productQuerySchema,
  type ProductView,
  type UpdateProductRequest,
  updateProductSchema,
} from '@niaga/shared/contracts';
import { ProductService } from './product.service';

@ApiTags('products')
@Controller('products')
export class ProductController {
  constructor(private readonly products: ProductService) {}

  @Get()
  @RequirePermissions('customers:read')
  @ApiOperation({ summary: 'List products (q matches code or name).' })
  list(@ZodQuery(productQuerySchema) query: ProductQuery): Promise<Page<ProductView>> {
    return this.products.list(query);
  }

  @Get(':id')
  @RequirePermissions('customers:read')
  @ApiOperation({ summary: 'One product.' })
  get(@UuidParam() id: string): Promise<ProductView> {
    return this.products.get(id);
  }

  @Post()
  @Idempotent()
  @RequirePermissions('settings:manage')
  @ApiOperation({ summary: 'Create a product (code, name, unit price as a decimal string).' })
  create(@ZodBody(createProductSchema) body: CreateProductRequest): Promise<ProductView> {
    return this.products.create(body);
  }

  @Patch(':id')
  @RequirePermissions('settings:manage')
  @ApiOperation({ summary: 'Change a product.' })
  update(@UuidParam() id: string, @ZodBody(updateProductSchema) body: UpdateProductRequest): Promise<ProductView> {
    return this.products.update(id, body);
  }
}
