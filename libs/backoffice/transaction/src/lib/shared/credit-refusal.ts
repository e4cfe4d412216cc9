import { problemOf } from '@niaga/backoffice/core';
import { type UiTranslate, creditReasonText } from '@niaga/backoffice/ui';
import type { CreditReason, CustomerCredit, ProblemDetails } from '@niaga/shared/contracts';

/** A 422 CREDIT_LIMIT_EXCEEDED, as the form shows it: the detail and the reasons in words. */
export interface CreditRefusal {
  detail: string;
  reasons: string[];
  projected: CustomerCredit | null;
}

export function creditRefusalOf(error: unknown, t: UiTranslate): CreditRefusal | null {
  const problem = problemOf(error);
  if (!problem || problem.code !== 'CREDIT_LIMIT_EXCEEDED') return null;
  const p = problem as ProblemDetails & { reasons?: CreditReason[]; projected?: CustomerCredit; credit?: CustomerCredit };
  const projected = p.projected ?? p.credit ?? null;
  return {
    detail: problem.detail,
    reasons: (p.reasons ?? []).map((r) => creditReasonText(r, projected, t)),
    projected,
  };
}
