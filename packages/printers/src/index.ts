// The public surface of @inkless/printers that runs anywhere (Node and browser).
export * from './printer-language';
export * from './job-options';
export * from './confirm-mode';
export * from './transport';
export { printerErrorCodes } from './errors';
export { drivers, decoders } from './drivers/registry';
export * from './profiles';
export { decodeGraphicData } from './decoders/zpl-graphic-data';
