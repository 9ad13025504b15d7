// What the browser bundle exposes: the engine and its outputs, nothing Node-specific.
export * from '@inkless/label';
export * from '@inkless/label/output';
