import { useLayoutEffect, useRef, type CSSProperties, type KeyboardEvent } from 'react';
import { findElement } from '../../editor/element-ids';
import { getEditableText } from '../../editor/tools/text-tool';
import { useT } from '../../i18n/i18n';
import { isComposingKey } from '../../studio/keyboard';
import { useEditorState, useStudio } from '../use-studio';
import './canvas-text-editor.css';
import { placeTextEditor } from './text-editor-box';

/** Placeholders show what they stand for on the canvas, so their source text is shown while typing. */
const PLACEHOLDER = /\{\{/;

/**
 * Typing on the canvas: a text box laid exactly over the element being edited. Its own letters are
 * see-through, so the canvas keeps showing the engine's rendering (what prints) as the text
 * changes; the caret and the selection show. Input method compositions (Chinese, Japanese) reach
 * the document only when committed. Enter starts a new line; Escape, Ctrl/Cmd+Enter or a click
 * outside finishes and keeps the text (undo takes the whole edit back in one step).
 */
export function CanvasTextEditor() {
  const editingId = useEditorState((s) => (s.tool.id === 'text.editing' ? s.tool.elementId : undefined));
  return editingId === undefined ? null : <TextEditorBox key={editingId} elementId={editingId} />;
}

function TextEditorBox({ elementId }: { readonly elementId: string }) {
  const t = useT();
  const { editor } = useStudio();
  const ref = useRef<HTMLTextAreaElement>(null);
  const composing = useRef(false);
  const el = useEditorState((s) => findElement(s.doc, elementId));
  const viewport = useEditorState((s) => s.viewport);
  const dpi = useEditorState((s) => s.doc.label.dpi);
  const selectAll = useEditorState((s) => s.tool.id === 'text.editing' && s.tool.selectAll);
  const initialText = useRef(el ? getEditableText(el) ?? '' : '');

  useLayoutEffect(() => {
    const area = ref.current;
    if (!area) return;
    area.focus({ preventScroll: true });
    if (selectAll) area.select();
    else area.setSelectionRange(area.value.length, area.value.length);
    // Only when the box opens (it is keyed by element): later renders must not move the caret.
  }, []);

  if (!el) return null;
  const box = placeTextEditor(el, viewport, dpi);
  const text = getEditableText(el) ?? '';
  const finish = (refocusStage: boolean) => {
    const stage = ref.current?.closest<HTMLElement>('.stage');
    editor.finishTextEdit();
    if (refocusStage) stage?.focus({ preventScroll: true });
  };
  const send = (value: string) => {
    if (!composing.current) editor.editText(value);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (isComposingKey(e.nativeEvent)) return;
    if (e.key === 'Escape' || (e.key === 'Enter' && (e.ctrlKey || e.metaKey))) {
      e.preventDefault();
      finish(true);
    }
  };
  const style: CSSProperties = {
    left: box.centreXPx,
    top: box.centreYPx,
    width: box.widthPx,
    height: box.heightPx,
    transform: `translate(-50%, -50%) rotate(${box.rotationDeg}deg)`,
    fontSize: box.fontSizePx,
    lineHeight: box.lineHeight,
    textAlign: box.textAlign,
    fontWeight: box.fontWeight,
    fontStyle: box.fontStyle,
    whiteSpace: box.wrap ? 'pre-wrap' : 'pre',
  };
  return (
    <textarea ref={ref} className={PLACEHOLDER.test(text) ? 'canvas-text-editor shows-source' : 'canvas-text-editor'} style={style}
      defaultValue={initialText.current} aria-label={t('canvas.textEditor')} data-testid="canvas-text-editor" spellCheck={false}
      onInput={(e) => send(e.currentTarget.value)}
      onCompositionStart={() => { composing.current = true; }}
      onCompositionEnd={(e) => { composing.current = false; send(e.currentTarget.value); }}
      onKeyDown={onKeyDown}
      onBlur={() => finish(false)}
      // The stage takes every press for the tools; presses in the text are the text's (caret, selection).
      onPointerDown={(e) => e.stopPropagation()} onPointerMove={(e) => e.stopPropagation()}
      onPointerUp={(e) => e.stopPropagation()} onPointerCancel={(e) => e.stopPropagation()} />
  );
}
