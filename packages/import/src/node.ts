// The Node edge of @inkless/import: what needs the file system (loading WebAssembly from the installed package).
export {};
export { decodeSymbolsWithZxing } from './node/zxing-symbols';
