/** Whether a drag carries files (not text or a link dragged from the page). */
function carriesFiles(event: DragEvent): boolean {
  return [...(event.dataTransfer?.types ?? [])].includes('Files');
}

/**
 * Opens a file dropped on the area `findArea` recognises (the canvas area): a dragged file shows
 * the area as a drop target; dropping anywhere else is left to the browser's other handlers.
 * Returns a function that removes the listeners.
 */
export function installLabelFileDrop(root: Document, findArea: (target: EventTarget | null) => HTMLElement | null, onFile: (file: File) => void): () => void {
  let marked: HTMLElement | null = null;
  const mark = (area: HTMLElement | null) => {
    if (marked === area) return;
    marked?.classList.remove('file-drop-target');
    area?.classList.add('file-drop-target');
    marked = area;
  };
  const onDragOver = (event: DragEvent) => {
    const area = carriesFiles(event) ? findArea(event.target) : null;
    mark(area);
    if (!area) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
  };
  const onDragLeave = (event: DragEvent) => {
    if (event.relatedTarget === null) mark(null);
  };
  const onDrop = (event: DragEvent) => {
    const area = findArea(event.target);
    mark(null);
    const file = event.dataTransfer?.files[0];
    if (!area || !file) return;
    event.preventDefault();
    onFile(file);
  };
  root.addEventListener('dragover', onDragOver);
  root.addEventListener('dragleave', onDragLeave);
  root.addEventListener('drop', onDrop);
  return () => {
    mark(null);
    root.removeEventListener('dragover', onDragOver);
    root.removeEventListener('dragleave', onDragLeave);
    root.removeEventListener('drop', onDrop);
  };
}
