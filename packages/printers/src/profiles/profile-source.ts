import type { ConfirmMode } from '../confirm-mode';
import type { PrinterLanguage } from '../printer-language';

/**
 * The hand-written source of the printer-profile catalogue, one compact row per model so a
 * contributor can add a printer in one line. generate-printer-profiles.ts expands it (token lists,
 * BLE presets with full UUIDs, language defaults), checks it, and writes printer-profiles.generated.ts.
 * Never rename an id: settings and scripts store it.
 *
 * Evidence levels (see /docs and the research notes): head widths and lengths are from vendor
 * datasheets as remembered, not re-read here, unless a note says otherwise; rows whose `uncertain`
 * field is set name what must be checked on hardware (a test print across the full width).
 */

/** BLE GATT presets seen on cheap printers (protocols research §4.3); 16-bit ids expand to 128-bit. */
export const blePresets = {
  /** Generic ESC/POS/TSPL BLE modules (POS-58, PT-210, many Xprinter/Munbyn/NETUM BLE). */
  'generic-18f0': { service: '18f0', write: '2af1', notify: '2af0', chunkBytes: 20, pacingMs: 20 },
  /** ISSC/Microchip transparent UART (RPP02N/POS58 boards, Epson TM-P20II, Star SM-L200). */
  'issc-uart': { service: '49535343-fe7d-4ae5-8fa9-9fafd205e455', write: '49535343-8841-43f4-a8d4-ecbe34729bb3', notify: '49535343-1e4d-4bd9-ba61-23c647249616', chunkBytes: 20, pacingMs: 15 },
  /** Zebra Link-OS BLE (Zebra AppNote BlueToothLE v4): write "to printer", notify "from printer". */
  'zebra-link-os': { service: '38eb4a80-c570-11e3-9507-0002a5d5c51b', write: '38eb4a82-c570-11e3-9507-0002a5d5c51b', notify: '38eb4a81-c570-11e3-9507-0002a5d5c51b', chunkBytes: 20, pacingMs: 10 },
} as const;

export type BlePreset = keyof typeof blePresets;

/** One printer model. Token lists are space-separated; omitted lists take the language's defaults. */
export interface ProfileRow {
  readonly id: string;
  readonly name: string;
  readonly lang: PrinterLanguage;
  readonly dpi: 203 | 300 | 600;
  /** Printable dots across the head. */
  readonly head: number;
  /** Longest label it prints, mm. */
  readonly maxMm: number;
  /** `gap mark continuous` */
  readonly media?: string;
  /** `tear peel cut` */
  readonly finish?: string;
  /** `tcp usb serial bluetooth-spp ble cups ipp` */
  readonly via: string;
  readonly ble?: BlePreset;
  /**
   * `written` for models that never answer a status query (one-way network print servers, some USB
   * bridges): a label then counts as confirmed once its bytes were written. Omitted: `status`.
   */
  readonly confirm?: ConfirmMode;
  /** What was not verified; becomes part of the profile's notes, prefixed "Uncertain:". */
  readonly uncertain?: string;
  readonly notes?: string;
}

/** Label printers find gaps and marks; receipt printers (ESC/POS) print on continuous paper. */
export const languageDefaults: Readonly<Record<PrinterLanguage, { media: string; finish: string }>> = {
  tspl: { media: 'gap mark continuous', finish: 'tear' },
  zpl: { media: 'gap mark continuous', finish: 'tear' },
  cpcl: { media: 'gap mark continuous', finish: 'tear' },
  escpos: { media: 'continuous', finish: 'tear' },
};

export const profileRows: readonly ProfileRow[] = [
  // Generic profiles: safe defaults for printers Inkless has no row for. 4.09 in heads.
  { id: 'generic-tspl-203', name: 'Generic TSPL label printer, 203 dpi, 4 in', lang: 'tspl', dpi: 203, head: 832, maxMm: 1000, via: 'tcp usb serial bluetooth-spp cups', notes: 'TSC and its clones (Xprinter, Munbyn, Rollo, Jadens, iDPRT...). Many have 108 mm heads; 832 dots is the safe common width.' },
  { id: 'generic-tspl-300', name: 'Generic TSPL label printer, 300 dpi, 4 in', lang: 'tspl', dpi: 300, head: 1248, maxMm: 1000, via: 'tcp usb serial cups' },
  { id: 'generic-zpl-203', name: 'Generic ZPL label printer, 203 dpi, 4 in', lang: 'zpl', dpi: 203, head: 832, maxMm: 990, finish: 'tear peel cut', via: 'tcp usb serial bluetooth-spp cups ipp', notes: 'Zebra and printers with "ZPL emulation".' },
  { id: 'generic-zpl-300', name: 'Generic ZPL label printer, 300 dpi, 4 in', lang: 'zpl', dpi: 300, head: 1248, maxMm: 990, finish: 'tear peel cut', via: 'tcp usb serial cups ipp' },
  { id: 'generic-escpos-58', name: 'Generic ESC/POS printer, 58 mm paper', lang: 'escpos', dpi: 203, head: 384, maxMm: 2000, via: 'tcp usb serial bluetooth-spp ble cups', ble: 'generic-18f0', notes: '48 mm printable on 58 mm paper; receipt paper or continuous/label paper without gap sensing.' },
  { id: 'generic-escpos-80', name: 'Generic ESC/POS printer, 80 mm paper', lang: 'escpos', dpi: 203, head: 576, maxMm: 2000, finish: 'tear cut', via: 'tcp usb serial bluetooth-spp cups', notes: '72 mm printable on 80 mm paper.' },
  { id: 'generic-cpcl-203', name: 'Generic CPCL printer, 203 dpi', lang: 'cpcl', dpi: 203, head: 832, maxMm: 1000, via: 'tcp usb serial bluetooth-spp', uncertain: 'CPCL printers range from 2 in (384 dots) to 4 in (832 dots); pick a model profile when there is one.' },

  // NETUM. The label printers' language is inferred (TSPL, like the 4x6 shipping-printer family); the NT-1809 is a receipt printer.
  { id: 'netum-label-203', name: 'NETUM 4 in label printer (NT-LP110A class), 203 dpi', lang: 'tspl', dpi: 203, head: 832, maxMm: 1000, via: 'usb bluetooth-spp ble', ble: 'generic-18f0', uncertain: 'no NETUM label-printer spec sheet was found: TSPL, head width and the BLE service are inferred from the 4x6 shipping-printer family; confirm with the USB IEEE-1284 id (CMD: field) or a TSPL self-test.' },
  { id: 'netum-nt-1809', name: 'NETUM NT-1809 58 mm receipt printer', lang: 'escpos', dpi: 203, head: 384, maxMm: 2000, via: 'usb serial bluetooth-spp', notes: 'ESC/POS, 203 dpi, 57.5 mm paper, USB VID:PID 0416:5011 by default; pair with PIN 0000 or 1234. Gap detection: none known.' },
  { id: 'netum-nt-1809dd', name: 'NETUM NT-1809DD 58 mm receipt printer (Bluetooth 4.0)', lang: 'escpos', dpi: 203, head: 384, maxMm: 2000, via: 'usb bluetooth-spp ble', ble: 'generic-18f0', uncertain: 'the BLE service is the generic 18F0/2AF1 module of this class, not confirmed on a unit; vendor sources disagree about the radio.', notes: 'ESC/POS raster on 58 mm label or continuous paper; gap detection unknown.' },

  // Zebra.
  { id: 'zebra-gk420d', name: 'Zebra GK420d', lang: 'zpl', dpi: 203, head: 832, maxMm: 990, finish: 'tear peel cut', via: 'usb serial tcp cups', notes: 'Direct thermal, 4.09 in print width, 39 in max length. Ethernet only on the network model; the parallel port is not supported.' },
  { id: 'zebra-zd420-203', name: 'Zebra ZD420, 203 dpi', lang: 'zpl', dpi: 203, head: 832, maxMm: 990, finish: 'tear peel cut', via: 'usb tcp bluetooth-spp ble cups ipp', ble: 'zebra-link-os', notes: 'Ethernet, Wi-Fi and Bluetooth are factory or field options.' },
  { id: 'zebra-zd421-203', name: 'Zebra ZD421, 203 dpi', lang: 'zpl', dpi: 203, head: 832, maxMm: 990, finish: 'tear peel cut', via: 'usb tcp bluetooth-spp ble cups ipp', ble: 'zebra-link-os', notes: 'Ethernet, Wi-Fi and Bluetooth are factory or field options.' },
  { id: 'zebra-zd421-300', name: 'Zebra ZD421, 300 dpi', lang: 'zpl', dpi: 300, head: 1248, maxMm: 990, finish: 'tear peel cut', via: 'usb tcp bluetooth-spp ble cups ipp', ble: 'zebra-link-os', uncertain: 'the 300 dpi print width is quoted as 4.0 to 4.27 in depending on the source; 1248 dots is the conservative value.' },

  // TSPL printers.
  { id: 'tsc-te200', name: 'TSC TE200', lang: 'tspl', dpi: 203, head: 864, maxMm: 2286, finish: 'tear peel cut', via: 'usb serial tcp cups', notes: '108 mm print width, 90 in max length; serial and Ethernet depend on the model variant.' },
  { id: 'xprinter-xp-420b', name: 'Xprinter XP-420B', lang: 'tspl', dpi: 203, head: 864, maxMm: 2286, via: 'usb bluetooth-spp tcp cups', uncertain: 'print width 108 mm and max length are from reseller listings; Bluetooth and Ethernet are model variants.' },
  { id: 'munbyn-itpp941', name: 'Munbyn ITPP941', lang: 'tspl', dpi: 203, head: 832, maxMm: 1000, via: 'usb cups', uncertain: 'head width (4.09 in assumed) and max length not checked against a datasheet; the Bluetooth variant is ITPP941B.' },
  { id: 'rollo-x1040', name: 'Rollo X1040 (wireless)', lang: 'tspl', dpi: 203, head: 832, maxMm: 1000, via: 'tcp usb cups ipp', uncertain: 'TSPL is what lprint matches for the Rollo X1038; the X1040 is assumed to speak the same; head width (4.1 in) and max length not checked.' },
];
