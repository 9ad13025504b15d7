// The public surface of @inkless/label. Everything here runs in Node and in the browser.
export * from './bitmap/bitmap1';
export * from './errors/issue';
export * from './errors/inkless-error';
export { labelErrorCodes } from './errors/codes';
export * from './units';
export type { LabelDocument, LabelElement } from './document/label-document';
export type { LabelSetup, Media } from './document/label-setup';
export { validateDocument, parseDocument } from './document/validate-document';
export { CURRENT_SCHEMA_VERSION, migrateDocument } from './document/migrations';
export { documentLimits } from './document/limits';
export { elementKinds, findElementKind } from './elements/registry';
export type { ElementKind, ElementContext, BoxDots } from './elements/element-kind';
export type { VariableDef, DateVariable, SerialVariable } from './variables/variable-defs';
export type { LabelInstance } from './variables/resolve-variable';
export { compileLabel, renderLabel, CompiledLabel, type RenderEnv, type RenderedLabel } from './render/compile-label';
export { FontSet, type FontFaceSource } from './text/font-set';
