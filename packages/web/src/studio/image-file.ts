/** Pictures are scaled down to this many pixels on their longer side: more than any label prints (4 in at 600 dpi). */
export const MAX_IMAGE_SIDE_PX = 2400;

/** Formats the engine decodes itself; anything else is converted to PNG in the browser first. */
const ENGINE_FORMATS = new Set(['image/png', 'image/jpeg']);

function readAsDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsDataURL(blob);
  });
}

/**
 * A picture file as the data URI an image element holds: PNG and JPEG as they are when small
 * enough, anything else (or anything larger) drawn into a canvas and saved as PNG. All in the
 * browser: the picture is never uploaded.
 */
export async function readImageFile(file: File): Promise<string> {
  const bitmap = await createImageBitmap(file);
  try {
    const scale = Math.min(1, MAX_IMAGE_SIDE_PX / Math.max(bitmap.width, bitmap.height));
    if (scale === 1 && ENGINE_FORMATS.has(file.type)) return await readAsDataUrl(file);
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(bitmap.width * scale));
    canvas.height = Math.max(1, Math.round(bitmap.height * scale));
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('this browser cannot draw the picture');
    // Transparent parts become paper (white), not ink.
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    return canvas.toDataURL('image/png');
  } finally {
    bitmap.close();
  }
}
