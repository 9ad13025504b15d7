import type { Bitmap1 } from '@inkless/label';
import { useEffect, useRef } from 'react';
import { writeBitmapPixels } from '../../canvas/bitmap-image';

/**
 * A 1-bit label at one canvas pixel per dot: the exact bits that print (the canvas is only
 * scaled down by CSS to fit the screen, never resampled).
 */
export function DotsCanvas({ bitmap, label, testId }: { readonly bitmap: Bitmap1; readonly label: string; readonly testId: string }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = ref.current;
    if (!canvas) return;
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) return;
    const image = context.createImageData(bitmap.width, bitmap.height);
    writeBitmapPixels(bitmap, image);
    context.putImageData(image, 0, 0);
  }, [bitmap]);
  return <canvas ref={ref} className="import-dots" role="img" aria-label={label} data-testid={testId} />;
}
