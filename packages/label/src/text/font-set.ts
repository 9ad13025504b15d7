// PLACEHOLDER owned by the text helper: replaced by the real font registry.
/** The fonts a render may use; hosts register font bytes, the engine does no I/O. */
export interface FontFaceSource {
  readonly family: string;
  readonly bold: boolean;
  readonly italic: boolean;
  /** TTF or OTF bytes. */
  readonly data: Uint8Array;
}

export class FontSet {
  readonly faces: FontFaceSource[] = [];
  register(face: FontFaceSource): void {
    this.faces.push(face);
  }
}
