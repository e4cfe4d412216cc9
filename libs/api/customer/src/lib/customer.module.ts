import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CustomerCreditLimitController } from './credit-limit/customer-credit-limit.controller';
import { CustomerCreditLimitService } from './credit-limit/customer-credit-limit.service';
import { CustomerController } from './customers/customer.controller';
import { CustomerEntity } from './customers/customer.entity';
import { CustomerService } from './customers/customer.service';
import { CustomerListExtensions } from './customers/customer-list.extensions';
import { CustomerGroupController } from './groups/customer-group.controller';
import { CustomerGroupEntity } from './groups/customer-group.entity';
import { CustomerGroupService } from './groups/customer-group.service';
import { CustomerCsvController } from './import-export/customer-csv.controller';
import { CustomerExportService } from './import-export/customer-export.service';
import { CustomerImportService } from './import-export/customer-import.service';
import { CustomerVisitController } from './visits/customer-visit.controller';
import { CustomerVisitEntity, CustomerVisitPhotoEntity } from './visits/customer-visit.entity';
import { CustomerVisitService } from './visits/customer-visit.service';

/** Customers and customer groups (SPEC §1), with the customer-specific credit limit (SPEC §2). */
@Module({
  imports: [TypeOrmModule.forFeature([CustomerEntity, CustomerGroupEntity, CustomerVisitEntity, CustomerVisitPhotoEntity])],
  // CSV and credit-limit controllers first: their static paths (/customers/export, /customers/credit-limit)
  // must not be read as /customers/:id.
  controllers: [CustomerCsvController, CustomerCreditLimitController, CustomerGroupController, CustomerController, CustomerVisitController],
  providers: [CustomerListExtensions, CustomerService, CustomerVisitService, CustomerGroupService, CustomerCreditLimitService, CustomerImportService, CustomerExportService],
  exports: [CustomerService, CustomerListExtensions],
})
export class CustomerModule {}
