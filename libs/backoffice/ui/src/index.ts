export { formatIdr } from './lib/money/format-idr';
export { IdrPipe } from './lib/money/idr.pipe';
export { PageHeader } from './lib/page-header/page-header';
export {
  NIAGA_ICON_NAMES,
  niagaIconSvg,
  provideNiagaIcons,
  registerNiagaIcons,
  type NiagaIconName,
} from './lib/icons/niaga-icons';
export { CreditPanelComponent } from './lib/credit-panel/credit-panel';
export { CREDIT_PANEL_TEXTS } from './lib/credit-panel/credit-panel.texts';
export { creditReasonShort, creditReasonText, formatDate, formatInstant } from './lib/credit-panel/credit-reasons';
export { applyServerErrors, schemaErrors, zodValidator } from './lib/forms/zod-validator';
export {
  NIAGA_UI_TRANSLATE,
  defineUiTexts,
  registerUiTexts,
  type UiTexts,
  type UiTranslate,
} from './lib/i18n/ui-translate';
export { FileSaver } from './lib/download/file-saver';
