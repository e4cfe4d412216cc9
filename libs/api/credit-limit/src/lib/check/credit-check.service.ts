import { Injectable } from '@nestjs/common';
import { AuditService, BusinessRuleError, ForbiddenError, NotFoundError, type Principal } from '@niaga/api/core';
import type { CreditCheckResponse, CreditDocumentType, CreditOverride, CustomerCredit, DocumentCreditResult } from '@niaga/shared/contracts';
import { CreditEvaluator, type Projection } from '../evaluation/credit-evaluator';
import { CreditLedger } from '../exposure/credit-ledger.service';
import { CreditSettingsService } from '../settings/credit-settings.service';

/** What the check decided for a document being created. */
export interface CreditDecision {
  result: DocumentCreditResult;
  projected: CustomerCredit;
  override?: CreditOverride;
}

const LABEL: Record<CreditDocumentType, string> = { sales_order: 'sales order', sales_invoice: 'invoice' };

/**
 * The credit check of a new document (SPEC §2–4): the evaluator's projected position decides; the enforcement
 * mode says whether a breach blocks or warns; an override needs the bypass setting, a console user with
 * credit:override and a reason, and is audited with the figures. API keys are never exempt.
 */
@Injectable()
export class CreditCheckService {
  constructor(
    private readonly evaluator: CreditEvaluator,
    private readonly ledger: CreditLedger,
    private readonly settings: CreditSettingsService,
    private readonly audit: AuditService,
  ) {}

  /** `POST /credit/check`: what would happen; changes nothing. */
  async check(principal: Principal, customerId: string, amount: string): Promise<CreditCheckResponse> {
    const projected = await this.position(customerId, { documents: 1, amount });
    const bypass = (await this.settings.entity()).allowBackofficeBypass;
    const breached = projected.status === 'overlimit';
    return {
      outcome: !breached ? 'pass' : projected.enforcementMode === 'blocking' ? 'block' : 'warn',
      reasons: projected.reasons,
      projected,
      overridable: breached && projected.enforcementMode === 'blocking' && this.mayOverride(principal, bypass),
    };
  }

  async position(customerId: string, projection?: Projection): Promise<CustomerCredit> {
    const evaluated = await this.evaluator.forCustomer(customerId, projection);
    if (!evaluated) throw new NotFoundError('Customer', customerId);
    return evaluated.credit;
  }

  /**
   * Inside the document's transaction: locks the customer, checks the document as if it existed, and either
   * refuses (422 CREDIT_LIMIT_EXCEEDED, nothing written) or answers the outcome to store on the document.
   * The caller then writes the document and applies its exposure before committing.
   */
  async enforce(
    principal: Principal,
    document: { type: CreditDocumentType; customerId: string; amount: string },
    override: CreditOverride | undefined,
  ): Promise<CreditDecision> {
    const settings = await this.settings.entity();
    if (override && !this.mayOverride(principal, settings.allowBackofficeBypass)) {
      throw new ForbiddenError(
        principal.channel === 'api'
          ? 'Documents created through API keys are never exempt from the credit check.'
          : !settings.allowBackofficeBypass
            ? 'Skipping the limit validation in the back office is switched off in the credit settings.'
            : 'Overriding a credit block needs the credit:override permission.',
        'CREDIT_OVERRIDE_NOT_ALLOWED',
      );
    }
    await this.ledger.lock(document.customerId);
    const projected = await this.position(document.customerId, { documents: 1, amount: document.amount });
    if (projected.status !== 'overlimit') return { result: { outcome: 'pass', reasons: [] }, projected };
    if (projected.enforcementMode === 'warning') return { result: { outcome: 'warn', reasons: projected.reasons }, projected };
    if (!override) {
      const current = await this.position(document.customerId);
      throw new BusinessRuleError(
        'CREDIT_LIMIT_EXCEEDED',
        `The ${LABEL[document.type]} would take the customer over the credit limit: ${projected.reasons.map((r) => r.message).join(' ')}`,
        { reasons: projected.reasons, credit: current, projected },
      );
    }
    return { result: { outcome: 'override', reasons: projected.reasons }, projected, override };
  }

  /** After the document is written (same transaction): an override is kept with who, when, reason and figures. */
  async recordOverride(
    principal: Principal,
    decision: CreditDecision,
    document: { type: CreditDocumentType; id: string; number: string; customerId: string; amount: string },
  ): Promise<void> {
    if (!decision.override) return;
    await this.audit.record(principal, {
      action: 'credit.override',
      entityType: 'customer',
      entityId: document.customerId,
      details: {
        documentType: document.type,
        documentId: document.id,
        documentNumber: document.number,
        amount: document.amount,
        reason: decision.override.reason,
        reasons: decision.projected.reasons,
        projected: decision.projected,
      },
    });
  }

  private mayOverride(principal: Principal, bypassAllowed: boolean): boolean {
    return bypassAllowed && principal.channel === 'backoffice' && principal.permissions.has('credit:override');
  }
}
