/** The printer command languages Inkless speaks. */
export const PRINTER_LANGUAGES = ['tspl', 'zpl', 'escpos', 'cpcl'] as const;
export type PrinterLanguage = (typeof PRINTER_LANGUAGES)[number];

export function isPrinterLanguage(value: string): value is PrinterLanguage {
  return (PRINTER_LANGUAGES as readonly string[]).includes(value);
}
