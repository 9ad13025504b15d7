import { interpretZpl, type ZplLabel, type ZplNotice } from '@inkless/import';
import type { LabelDocument, RenderEnv } from '@inkless/label';
import { createStore, type Store } from '../editor/store';
import { toImportProblem, type ImportProblem } from './import-problem';

/** The resolutions the interpreter reads ZPL at (the printer it was meant for). */
export const ZPL_DPIS: readonly number[] = [203, 300, 600];

/** The printer's dpi when ZPL can be read at it, else 203 (the common Zebra). */
export function zplDpiFor(printerDpi: number | undefined): number {
  return printerDpi !== undefined && ZPL_DPIS.includes(printerDpi) ? printerDpi : 203;
}

export interface ZplImportState {
  readonly fileName: string;
  /** Dots per inch the ZPL is read at. */
  readonly dpi: number;
  readonly labels: readonly ZplLabel[];
  /** Notices about the file as a whole (commands outside any label); each label has its own too. */
  readonly notices: readonly ZplNotice[];
  /** The label shown and used, from 0. */
  readonly index: number;
  readonly problem: ImportProblem | undefined;
}

export interface ZplImportSession {
  readonly store: Store<ZplImportState>;
  setDpi(dpi: number): void;
  chooseLabel(index: number): void;
  /** The chosen label as an editable document (text, barcodes, boxes as elements). */
  toDocument(): LabelDocument | undefined;
}

/** Every notice of the file and of the chosen label, each once, in byte order. */
export function zplNoticesOf(state: ZplImportState): ZplNotice[] {
  const all = [...state.notices, ...(state.labels[state.index]?.notices ?? [])];
  const seen = new Set<string>();
  return all.filter((n) => {
    const key = `${n.offset}:${n.code}:${n.command}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  }).sort((a, b) => a.offset - b.offset);
}

/**
 * A ZPL file read by Inkless's own interpreter (nothing leaves the browser): its labels as
 * editable documents and as the dots a Zebra would print, with every command it could not
 * follow named with its byte offset.
 */
export function openZplImport(options: { readonly fileName: string; readonly bytes: Uint8Array; readonly dpi: number; readonly env: RenderEnv }): ZplImportSession {
  const read = (dpi: number): ZplImportState => {
    try {
      const { labels, notices } = interpretZpl(options.bytes, { dpi }, options.env);
      return { fileName: options.fileName, dpi, labels, notices, index: 0, problem: labels.length === 0 ? { code: 'INKLESS_WEB_IMPORT_NO_LABEL', message: 'the ZPL file has no label (no ^XA ... ^XZ)' } : undefined };
    } catch (e) {
      return { fileName: options.fileName, dpi, labels: [], notices: [], index: 0, problem: toImportProblem(e) };
    }
  };
  const store = createStore(read(options.dpi));
  return {
    store,
    setDpi: (dpi) => store.setState(read(dpi)),
    chooseLabel: (index) => store.setState((s) => ({ ...s, index: Math.max(0, Math.min(s.labels.length - 1, index)) })),
    toDocument() {
      const s = store.getState();
      return s.labels[s.index]?.document;
    },
  };
}
