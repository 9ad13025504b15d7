import type { enCanvas } from './en-canvas';

/** 简体中文 for the canvas area, typed against en-canvas.ts. */
export const zhCNCanvas: { readonly [K in keyof typeof enCanvas]: string } = {
  'canvas.textEditor': '标签上的文字。按 Enter 换行；按 Esc 或点击别处结束编辑。',
};
