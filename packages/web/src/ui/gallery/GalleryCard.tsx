import { useId, useState } from 'react';
import type { GalleryItem } from '../../api/api-types';
import { useT } from '../../i18n/i18n';
import { FormProblem } from '../account/FormProblem';
import { useAsyncAction } from '../account/use-async';
import { galleryCalls } from './gallery-calls';
import { GalleryReviews } from './GalleryReviews';

/** One shared template: who published it, its rating, fork it into your templates; its reviews, and rating it, on request. */
export function GalleryCard({ item, signedIn }: { readonly item: GalleryItem; readonly signedIn: boolean }) {
  const t = useT();
  const id = useId();
  const [score, setScore] = useState({ averageRating: item.averageRating, ratingCount: item.ratingCount });
  const [forks, setForks] = useState(item.forks);
  const [showReviews, setShowReviews] = useState(false);
  const [done, setDone] = useState<string | undefined>();
  const { busy, problem, run } = useAsyncAction();
  return (
    <li className="gallery-card" data-gallery-id={item.id} aria-labelledby={`${id}-name`}>
      <img src={`/api/templates/${item.id}/thumbnail.png`} alt="" width={64} height={64} loading="lazy" />
      <div className="gallery-text">
        <h4 id={`${id}-name`}>{item.name}</h4>
        <p className="muted">
          {t('gallery.byline', { publisher: item.publisher ?? t('gallery.formerUser'), widthMm: item.widthMm, heightMm: item.heightMm, license: item.license ?? '' })}
        </p>
        <p data-testid="gallery-rating">
          {score.averageRating === null ? t('gallery.unrated') : t('gallery.rating', { average: score.averageRating, count: score.ratingCount })}
          {' · '}{t('gallery.forks', { count: forks })}
        </p>
        {item.description && <p>{item.description}</p>}
        <div className="button-row">
          {signedIn && (
            <button type="button" disabled={busy} aria-label={t('gallery.forkNamed', { name: item.name })}
              onClick={() => void run(async () => { const copy = await galleryCalls.fork(item.id); setForks((n) => n + 1); setDone(t('gallery.forked', { name: copy.name })); })}>
              {t('gallery.fork')}
            </button>
          )}
          <button type="button" aria-expanded={showReviews} aria-controls={`${id}-reviews`} aria-label={t('gallery.reviewsNamed', { name: item.name })}
            onClick={() => setShowReviews(!showReviews)}>
            {t('gallery.reviews')}
          </button>
        </div>
        {!signedIn && <p className="muted">{t('gallery.signInToUse')}</p>}
        {done && <p role="status">{done}</p>}
        <FormProblem problem={problem} />
        <div id={`${id}-reviews`}>
          {showReviews && <GalleryReviews templateId={item.id} name={item.name} signedIn={signedIn} onRated={setScore} />}
        </div>
      </div>
    </li>
  );
}
