// The public surface of @inkless/import that runs anywhere (Node and browser).
export { importErrorCodes, type ImportErrorCode } from './errors';
export { interpretZpl, type ZplOptions, type ZplNotice, type ZplLabel } from './zpl/interpret-zpl';
export { SUPPORTED_ZPL_COMMANDS, IGNORED_ZPL_COMMANDS } from './zpl/zpl-format';
