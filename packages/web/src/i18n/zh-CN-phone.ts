import type { enPhone } from './en-phone';

/** 简体中文 for the phone area, typed against en-phone.ts. */
export const zhCNPhone: { readonly [K in keyof typeof enPhone]: string } = {
};
