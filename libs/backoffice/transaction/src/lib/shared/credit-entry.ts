import { computed, effect, signal } from '@angular/core';
import { FormControl, Validators } from '@angular/forms';
import { zodValidator } from '@niaga/backoffice/ui';
import { type CreditCheckResponse, type CreditOverride, creditOverrideSchema } from '@niaga/shared/contracts';
import type { CustomerOption } from './customer-picker/customer-picker';

/**
 * The credit side of a document form (sales order, direct invoice): the chosen customer, the latest live
 * check, and the override reason — required exactly when the document would be blocked and this user may
 * override it. Create it in a component field (it uses an effect).
 */
export class CreditEntry {
  readonly customer = signal<CustomerOption | null>(null);
  readonly check = signal<CreditCheckResponse | null>(null);
  readonly reason = new FormControl('', { nonNullable: true });

  /** Blocked (already, or by this document) and overridable: a reason must be given, and is sent. */
  readonly overrideNeeded = computed(() => {
    const customer = this.customer();
    if (!customer) return false;
    if (customer.blocked && customer.overridable) return true;
    const check = this.check();
    return !!check && check.projected.customerId === customer.customer.id && check.outcome === 'block' && check.overridable;
  });

  constructor() {
    effect(() => {
      const needed = this.overrideNeeded();
      this.reason.setValidators(needed ? [Validators.required, zodValidator(creditOverrideSchema.shape.reason)] : null);
      this.reason.updateValueAndValidity();
    });
  }

  /** The `creditOverride` of the create request, when one is needed. */
  creditOverride(): CreditOverride | undefined {
    return this.overrideNeeded() ? { reason: this.reason.value.trim() } : undefined;
  }
}
