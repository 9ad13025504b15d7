import type { enCanvas } from './en-canvas';

/** 简体中文 for the canvas area, typed against en-canvas.ts. */
export const zhCNCanvas: { readonly [K in keyof typeof enCanvas]: string } = {
};
