import type { LabelElement } from '@inkless/label';
import type { ComponentType } from 'react';
import type { FieldChanges } from '../../studio/element-edit';

/** What each element kind's property editor gets: the element, and how to change it. */
export interface KindEditorProps {
  readonly element: LabelElement;
  /** Applies field changes (checked by the kind's schema); returns the problem, or undefined when applied. */
  readonly update: (changes: FieldChanges, continuing?: boolean) => string | undefined;
}

export type KindEditor = ComponentType<KindEditorProps>;

/** What the studio knows about showing one element kind: its property editor and its one-line summary. */
export interface KindUi {
  readonly Editor: KindEditor;
  /** A few words for the layers list, from the element's content ("Ada Lovelace", "code128: 1Z99…"). */
  summarize(element: LabelElement): string;
}

/** Reads a field of an element of a known kind (the schema filled every default). */
export function readField<T>(element: LabelElement, field: string): T {
  return element[field] as T;
}
