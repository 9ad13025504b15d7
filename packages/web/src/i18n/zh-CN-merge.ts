import type { enMerge } from './en-merge';

/** 简体中文 for the merge area, typed against en-merge.ts. */
export const zhCNMerge: { readonly [K in keyof typeof enMerge]: string } = {
};
