import * as z from 'zod/mini';
import { creditOverrideSchema, type DocumentCreditResult } from './credit';
import { nonNegativeMoneySchema } from './money';
import { pageQuerySchema } from './pagination';

export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const dateSchema = z.string().check(
  z.regex(DATE_PATTERN, 'Use YYYY-MM-DD.'),
  z.refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'Not a real date.'),
);
/** Quantities: up to 3 decimals (e.g. 2.5 kg), positive. */
export const quantitySchema = z.string().check(z.regex(/^\d{1,12}(\.\d{1,3})?$/, 'Must be a quantity like "2" or "2.5" (at most 3 decimals).'), z.refine((q) => Number(q) > 0, 'Must be more than 0.'));

export const createProductSchema = z.strictObject({
  code: z.string().check(z.trim(), z.minLength(1), z.maxLength(30), z.regex(/^[A-Za-z0-9\-_.]+$/, 'Use only letters, digits, "-", "_" and ".".')),
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(150)),
  unitPrice: nonNegativeMoneySchema,
});
export type CreateProductRequest = z.infer<typeof createProductSchema>;
export const updateProductSchema = z.strictObject({
  code: z.optional(createProductSchema.shape.code),
  name: z.optional(createProductSchema.shape.name),
  unitPrice: z.optional(nonNegativeMoneySchema),
  active: z.optional(z.boolean()),
});
export type UpdateProductRequest = z.infer<typeof updateProductSchema>;
export const productQuerySchema = z.strictObject({ ...pageQuerySchema.shape, q: z.optional(z.string().check(z.trim(), z.maxLength(100))) });
export type ProductQuery = z.infer<typeof productQuerySchema>;

export interface ProductView {
  id: string;
  code: string;
  name: string;
  unitPrice: string;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

const lineSchema = z.strictObject({
  productId: z.uuid(),
  quantity: quantitySchema,
  unitPrice: z.optional(nonNegativeMoneySchema),
});

export const createSalesOrderSchema = z.strictObject({
  customerId: z.uuid(),
  orderDate: z.optional(dateSchema),
  lines: z.array(lineSchema).check(z.minLength(1), z.maxLength(500)),
  notes: z.optional(z.string().check(z.maxLength(1000))),
  creditOverride: z.optional(creditOverrideSchema),
});
export type CreateSalesOrderRequest = z.infer<typeof createSalesOrderSchema>;

export const SALES_ORDER_STATUSES = ['open', 'partially_invoiced', 'invoiced', 'cancelled'] as const;
export type SalesOrderStatus = (typeof SALES_ORDER_STATUSES)[number];

export interface SalesOrderLineView {
  id: string;
  lineNo: number;
  productId: string;
  productCode: string;
  productName: string;
  quantity: string;
  unitPrice: string;
  amount: string;
  invoicedQuantity: string;
}

export interface SalesOrderView {
  id: string;
  number: string;
  customerId: string;
  customerCode: string;
  customerName: string;
  groupId: string | null;
  status: SalesOrderStatus;
  orderDate: string;
  notes: string | null;
  lines: SalesOrderLineView[];
  total: string;
  uninvoicedAmount: string;
  credit: DocumentCreditResult;
  createdAt: string;
}

export const salesOrderQuerySchema = z.strictObject({
  ...pageQuerySchema.shape,
  customerId: z.optional(z.uuid()),
  status: z.optional(z.enum(SALES_ORDER_STATUSES)),
});
export type SalesOrderQuery = z.infer<typeof salesOrderQuerySchema>;

const invoiceLineSchema = z.strictObject({
  /** From an SO: the SO line and the quantity to invoice. Direct: productId and quantity. */
  salesOrderLineId: z.optional(z.uuid()),
  productId: z.optional(z.uuid()),
  quantity: quantitySchema,
  unitPrice: z.optional(nonNegativeMoneySchema),
});

export const createSalesInvoiceSchema = z.strictObject({
  salesOrderId: z.optional(z.uuid()),
  customerId: z.optional(z.uuid()),
  invoiceDate: z.optional(dateSchema),
  dueDate: z.optional(dateSchema),
  lines: z.optional(z.array(invoiceLineSchema).check(z.minLength(1), z.maxLength(500))),
  creditOverride: z.optional(creditOverrideSchema),
});
export type CreateSalesInvoiceRequest = z.infer<typeof createSalesInvoiceSchema>;

export const SALES_INVOICE_STATUSES = ['unpaid', 'partially_paid', 'paid', 'void'] as const;
export type SalesInvoiceStatus = (typeof SALES_INVOICE_STATUSES)[number];

export interface SalesInvoiceLineView {
  id: string;
  lineNo: number;
  salesOrderLineId: string | null;
  productId: string;
  productCode: string;
  productName: string;
  quantity: string;
  unitPrice: string;
  amount: string;
}

export interface SalesInvoiceView {
  id: string;
  number: string;
  customerId: string;
  customerCode: string;
  customerName: string;
  groupId: string | null;
  salesOrderId: string | null;
  salesOrderNumber: string | null;
  invoiceDate: string;
  dueDate: string;
  lines: SalesInvoiceLineView[];
  total: string;
  paidAmount: string;
  outstandingAmount: string;
  status: SalesInvoiceStatus;
  overdue: boolean;
  credit: DocumentCreditResult;
  createdAt: string;
}

export const salesInvoiceQuerySchema = z.strictObject({
  ...pageQuerySchema.shape,
  customerId: z.optional(z.uuid()),
  status: z.optional(z.enum(SALES_INVOICE_STATUSES)),
  overdue: z.optional(z.stringbool()),
});
export type SalesInvoiceQuery = z.infer<typeof salesInvoiceQuerySchema>;

export const PAYMENT_METHODS = ['cash', 'transfer', 'giro', 'card', 'other'] as const;
export const createPaymentSchema = z.strictObject({
  invoiceId: z.uuid(),
  amount: nonNegativeMoneySchema.check(z.refine((a) => /[1-9]/.test(a), 'Must be more than 0.')),
  paidAt: z.optional(dateSchema),
  method: z.optional(z.enum(PAYMENT_METHODS)),
  reference: z.optional(z.string().check(z.trim(), z.maxLength(100))),
});
export type CreatePaymentRequest = z.infer<typeof createPaymentSchema>;

export interface PaymentView {
  id: string;
  number: string;
  invoiceId: string;
  invoiceNumber: string;
  customerId: string;
  amount: string;
  paidAt: string;
  method: string | null;
  reference: string | null;
  createdAt: string;
}

export const paymentQuerySchema = z.strictObject({
  ...pageQuerySchema.shape,
  customerId: z.optional(z.uuid()),
  invoiceId: z.optional(z.uuid()),
});
export type PaymentQuery = z.infer<typeof paymentQuerySchema>;
