// The conversation layer: a PrinterSession over any Transport, the byte-stream adapter and the
// scripted printer that tests play the printer's side with.
export type { PrinterSession, ReceiveOptions } from './printer-session';
export { openPrinterSession } from './open-printer-session';
export { askByteStreamStatus, sendByteStreamJob } from './byte-stream-job';
export { createScriptedPrinter, type ScriptedAnswer, type ScriptedPrinter } from './scripted-printer';
