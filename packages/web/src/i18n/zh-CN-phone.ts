import type { enPhone } from './en-phone';

/** 简体中文 for the phone area, typed against en-phone.ts. */
export const zhCNPhone: { readonly [K in keyof typeof enPhone]: string } = {
  'phone.bottomBar': '面板',
  'phone.sheet.tools': '工具',
  'phone.sheet.properties': '属性',
  'phone.sheet.layers': '图层',
  'phone.sheet.variables': '字段',
  'phone.sheet.setup': '标签',
  'phone.sheet.merge': '合并',
  'phone.sheet.print': '打印',
  'phone.sheet.labels': '我的标签',
  'phone.sheet.account': '账户',
  'phone.sheet.close': '关闭',
  'scan.button': '扫描',
  'scan.buttonFor': '扫描条码填入 {field}',
  'scan.title': '扫描条码',
  'scan.starting': '正在打开摄像头…',
  'scan.looking': '将条码放在画面中，清晰时会立即识别。',
  'scan.cancel': '取消',
  'scan.denied': '工作室无权使用摄像头。请在浏览器设置中允许本网站使用摄像头，然后再次点击"扫描"。',
  'scan.noCamera': '未找到摄像头。请连接摄像头，或直接输入内容。',
  'scan.cameraBusy': '摄像头正被其他应用使用。请关闭该应用，然后再次点击"扫描"。',
  'scan.unsupported': '此浏览器在这里无法打开摄像头。请在安全（https）页面上使用新版浏览器，或直接输入内容。',
  'scan.decoderFailed': '条码识别器无法启动（{message}）。请重新加载工作室后重试，或直接输入内容。',
};
