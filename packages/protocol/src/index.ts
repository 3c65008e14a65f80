export { CloseCode, isPermanentClose } from './closeCodes'
