import type { enMessages } from './en-messages';

/** 简体中文 for the messages area, typed against en-messages.ts. */
export const zhCNMessages: { readonly [K in keyof typeof enMessages]: string } = {
  'issue.printerDpi': '{{subject}}设置为 {{labelDpi}} dpi，但打印机“{{printer}}”以 {{printerDpi}} dpi 打印，打印尺寸会不对：请把标签的 dpi 设为 {{printerDpi}}',
  'issue.printerTooBig': '{{subject}}对打印机“{{printer}}”来说太大：请使用更小的标签、把标签旋转 90 度，或选择其他打印机',
  'issue.printerMedia': '{{subject}}使用了打印机“{{printer}}”无法识别的纸张类型：请在“标签设置”中更改纸张类型，或选择其他打印机',
  'issues.details': '详细信息',
  'issues.list': '此标签的问题',
  'issues.select': '在标签上选中它',
};
