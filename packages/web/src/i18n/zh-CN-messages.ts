import type { enMessages } from './en-messages';

/** 简体中文 for the messages area, typed against en-messages.ts. */
export const zhCNMessages: { readonly [K in keyof typeof enMessages]: string } = {
};
