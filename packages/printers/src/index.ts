// The public surface of @inkless/printers that runs anywhere (Node and browser).
export * from './printer-language';
export * from './job-options';
export * from './confirm-mode';
export * from './transport';
export { printerErrorCodes } from './errors';
export { drivers, decoders, printerLanguages } from './drivers/languages';
export type { PrinterLanguageModule } from './drivers/printer-language-module';
export * from './profiles';
export * from './session';
export { decodeGraphicData } from './drivers/zpl/zpl-graphic-data';
