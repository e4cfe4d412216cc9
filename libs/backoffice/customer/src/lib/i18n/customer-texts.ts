import { defineTranslations } from '@niaga/backoffice/core';
import { CUSTOMER_TEXTS_EN } from './customer-texts.en';
import { CUSTOMER_TEXTS_ID } from './customer-texts.id';

/** The customer feature's texts (customers, customer groups, credit limits), registered by its routes. */
export const CUSTOMER_TEXTS = defineTranslations(CUSTOMER_TEXTS_ID, CUSTOMER_TEXTS_EN);
