import type { ConfirmMode } from '../confirm-mode';
import type { PrinterLanguage } from '../printer-language';

/** How the printer finds each label: die-cut gap, black mark, or none (receipt paper, cut by length). */
export type ProfileMedia = 'gap' | 'mark' | 'continuous';
/** What the printer can do after a label: tear bar, peeler, cutter. */
export type ProfileFinish = 'tear' | 'peel' | 'cut';
/** How bytes can reach the printer; each maps to a Transport at the edges (Node, browser). */
export type ProfileTransport = 'tcp' | 'usb' | 'serial' | 'bluetooth-spp' | 'ble' | 'cups' | 'ipp';

/** Bluetooth LE GATT endpoints and pacing: cheap modules have no flow control, so pacing is the flow control. */
export interface BleProfile {
  /** 128-bit service UUID, lower case. */
  readonly service: string;
  /** Characteristic the job is written to. */
  readonly write: string;
  /** Characteristic the printer answers on (status), when it has one. */
  readonly notify?: string;
  /** Bytes per GATT write; 20 fits the default ATT MTU of 23. */
  readonly chunkBytes: number;
  /** Pause between chunks, ms. */
  readonly pacingMs: number;
}

/**
 * What Inkless knows about a printer model: the language it speaks, its resolution, how wide it
 * prints, which media and transports it has. Checks a label against it before the first byte goes out.
 */
export interface PrinterProfile {
  /** Stable kebab-case id; saved in settings and typed on the command line, so never renamed. */
  readonly id: string;
  readonly name: string;
  readonly language: PrinterLanguage;
  readonly dpi: number;
  /** Printable dots across the head: the widest bitmap it can print. */
  readonly headWidthDots: number;
  /** Longest single label it prints, mm. */
  readonly maxLabelLengthMm: number;
  readonly media: readonly ProfileMedia[];
  readonly finish: readonly ProfileFinish[];
  readonly transports: readonly ProfileTransport[];
  readonly ble?: BleProfile;
  /** When a label counts as printed on this model; undefined = `status` where the language can ask. */
  readonly confirm?: ConfirmMode;
  /** What is inferred rather than verified, and quirks worth knowing. */
  readonly notes?: string;
}
