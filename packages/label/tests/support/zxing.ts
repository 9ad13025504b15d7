// Node-only test oracle: decodes a Bitmap1 with zxing-wasm, offline. One implementation serves the
// label tests and `inkless verify`: the CLI's decoder (tests may reach into cli; code may not).
export { decodeBarcodes as decodeBitmap, bitmapToImageData as toImageData, type DecodedSymbol as Decoded } from '../../../cli/src/verify/zxing-decoder';
