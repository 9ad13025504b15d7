// libwebp's decoder, as jSquash builds it to WebAssembly, re-exported under our own types
// (webp-codec-module.d.ts): the package's own types lean on DOM and Emscripten globals.
import createWebpCodec from '@jsquash/webp/codec/dec/webp_dec.js';

export default createWebpCodec;
