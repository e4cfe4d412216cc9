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
