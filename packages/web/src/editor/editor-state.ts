import type { LabelDocument, LabelElement } from '@inkless/label';
import type { PointMm, RectMm } from './geometry';
import { EMPTY_HISTORY, type History, type Snapshot } from './history';
import { assignMissingIds } from './element-ids';
import type { Guide } from './snap';
import { DEFAULT_VIEWPORT, type Viewport } from './viewport';

/** One of the eight resize handles of the selection box, by compass direction. */
export type Handle = 'nw' | 'n' | 'ne' | 'e' | 'se' | 's' | 'sw' | 'w';

/** What the elements looked like when a gesture began: gestures transform these, never the live ones. */
export interface GestureStart {
  readonly before: Snapshot;
  readonly startMm: PointMm;
  readonly originals: readonly LabelElement[];
  readonly startBounds: RectMm;
}

/**
 * The active tool and where its gesture is: `<tool>.<phase>`. Plain data, so a test can assert
 * it and the UI can pick a cursor from it.
 */
export type ToolState =
  | { readonly id: 'select.idle' }
  /**
   * Pressed on an element; it moves once the pointer has gone a few pixels. A click (no move) on
   * an element of a larger selection narrows the selection to it (`narrowOnClick`).
   */
  | ({ readonly id: 'select.dragging'; readonly moved: boolean; readonly pressedId: string; readonly narrowOnClick: boolean } & GestureStart)
  | ({ readonly id: 'select.resizing'; readonly handle: Handle } & GestureStart)
  | ({ readonly id: 'select.rotating'; readonly quarterTurns: number } & GestureStart)
  | { readonly id: 'select.marquee'; readonly startMm: PointMm; readonly rectMm: RectMm; readonly baseSelection: readonly string[] }
  /** A creation tool is armed; `template` names an entry of elementTemplates. */
  | { readonly id: 'draw.idle'; readonly template: string }
  | { readonly id: 'draw.drawing'; readonly template: string; readonly startMm: PointMm; readonly rectMm: RectMm }
  /**
   * Typing a text element's words on the canvas. The text changes live (the canvas shows the
   * engine's rendering as you type); `before` is the document when editing began, so the whole
   * session is one undo step. `selectAll` asks the editor box to select its text at first
   * (a new element's placeholder, replaced by what is typed).
   */
  | { readonly id: 'text.editing'; readonly elementId: string; readonly before: Snapshot; readonly selectAll: boolean };

export type ToolStateId = ToolState['id'];

/** What copy and cut keep for paste: elements as they were, with their ids (paste gives new ones). */
export interface Clipboard {
  readonly elements: readonly LabelElement[];
}

/**
 * Everything the studio shows and edits. The document is the validated, readonly JSON that is
 * saved and printed; everything else is editor-only and never saved into it.
 */
export interface EditorState {
  readonly doc: LabelDocument;
  /** Ids of selected elements, in the order they were selected. */
  readonly selection: readonly string[];
  readonly tool: ToolState;
  readonly viewport: Viewport;
  /** Snap lines to draw while a gesture is snapping. */
  readonly guides: readonly Guide[];
  readonly clipboard: Clipboard | undefined;
  readonly history: History;
}

/**
 * The state for a freshly opened document. Elements without an `id` get one here, before any
 * history exists: the model has an optional stable `id` for exactly this purpose.
 */
export function createEditorState(doc: LabelDocument, viewport: Viewport = DEFAULT_VIEWPORT): EditorState {
  return {
    doc: assignMissingIds(doc),
    selection: [],
    tool: { id: 'select.idle' },
    viewport,
    guides: [],
    clipboard: undefined,
    history: EMPTY_HISTORY,
  };
}

/** Whether no gesture is under way (actions that edit the document wait for this). */
export function isToolIdle(tool: ToolState): boolean {
  return tool.id === 'select.idle' || tool.id === 'draw.idle';
}
