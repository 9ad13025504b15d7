import type { Bitmap1 } from '@inkless/label';
import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/i18n';
import { writeBitmapPixels } from '../../canvas/bitmap-image';

/**
 * A 1-bit label at one canvas pixel per dot: the exact bits that print (the canvas is only
 * scaled down by CSS to fit the screen, never resampled).
 */
export function DotsCanvas({ bitmap, label, testId }: { readonly bitmap: Bitmap1; readonly label: string; readonly testId: string }) {
  const t = useT();
  const ref = useRef<HTMLCanvasElement>(null);
  /** One screen pixel per dot (scrolls), rather than the whole label in view. */
  const [actual, setActual] = useState(false);
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
  return (
    <>
      <label className="import-actual">
        <input type="checkbox" checked={actual} onChange={(e) => setActual(e.target.checked)} /> {t('action.zoom-actual')}
      </label>
      <div className={actual ? 'import-dots-box actual' : 'import-dots-box'}>
        <canvas ref={ref} className="import-dots" role="img" aria-label={label} data-testid={testId} />
      </div>
    </>
  );
}
