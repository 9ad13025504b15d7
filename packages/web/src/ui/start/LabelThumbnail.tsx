import type { LabelDocument } from '@inkless/label';
import { useEffect, useState } from 'react';
import { useStudio } from '../use-studio';
import { cachedThumbnail, loadThumbnail } from './thumbnails';

/** A small picture of a label, drawn by the engine; an empty frame until it is ready. */
export function LabelThumbnail({ cacheKey, doc, sampleRow }: { readonly cacheKey: string; readonly doc: LabelDocument | undefined; readonly sampleRow: Readonly<Record<string, string>> }) {
  const { fonts } = useStudio();
  const [url, setUrl] = useState(() => cachedThumbnail(cacheKey));
  useEffect(() => {
    let live = true;
    if (doc) void loadThumbnail(cacheKey, fonts, doc, sampleRow).then((next) => live && setUrl(next));
    return () => {
      live = false;
    };
  }, [cacheKey, doc, fonts, sampleRow]);
  const ratio = doc ? `${doc.label.widthMm} / ${doc.label.heightMm}` : '3 / 2';
  return (
    <span className="label-thumbnail" style={{ aspectRatio: ratio }} data-ready={url ? 'true' : 'false'}>
      {url && <img src={url} alt="" />}
    </span>
  );
}
