import type { enStart } from './en-start';

/** 简体中文 for the start area, typed against en-start.ts. */
export const zhCNStart: { readonly [K in keyof typeof enStart]: string } = {
};
