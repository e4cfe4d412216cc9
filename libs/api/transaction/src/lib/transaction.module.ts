import { Module, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CreditLedger, CreditLimitModule } from '@niaga/api/credit-limit';
import { CustomerModule } from '@niaga/api/customer';
import { salesDocumentsExposure } from './exposure-source';
import { SalesInvoiceController } from './invoices/sales-invoice.controller';
import { SalesInvoiceEntity, SalesInvoiceLineEntity } from './invoices/sales-invoice.entity';
import { SalesInvoiceService } from './invoices/sales-invoice.service';
import { DocumentNumberService } from './numbering/document-number.service';
import { DocumentSequenceEntity } from './numbering/document-sequence.entity';
import { SalesOrderController } from './orders/sales-order.controller';
import { SalesOrderEntity, SalesOrderLineEntity } from './orders/sales-order.entity';
import { SalesOrderService } from './orders/sales-order.service';
import { PaymentController } from './payments/payment.controller';
import { PaymentEntity } from './payments/payment.entity';
import { PaymentService } from './payments/payment.service';
import { ProductController } from './products/product.controller';
import { ProductEntity } from './products/product.entity';
import { ProductService } from './products/product.service';

/** Products, sales orders, invoices and payments (SPEC §6), each change applied to the credit ledger in its transaction. */
@Module({
  imports: [
    CustomerModule,
    CreditLimitModule,
    TypeOrmModule.forFeature([
      ProductEntity,
      DocumentSequenceEntity,
      SalesOrderEntity,
      SalesOrderLineEntity,
      SalesInvoiceEntity,
      SalesInvoiceLineEntity,
      PaymentEntity,
    ]),
  ],
  controllers: [ProductController, SalesOrderController, SalesInvoiceController, PaymentController],
  providers: [ProductService, DocumentNumberService, SalesOrderService, SalesInvoiceService, PaymentService],
  exports: [ProductService],
})
export class TransactionModule implements OnModuleInit {
  constructor(private readonly ledger: CreditLedger) {}

  onModuleInit(): void {
    this.ledger.registerSource(salesDocumentsExposure);
  }
}
