import { useCallback, useEffect, useState } from 'react';
import type { GalleryDetails } from '../../api/api-types';
import { useT } from '../../i18n/i18n';
import { FormProblem } from '../account/FormProblem';
import { useAsyncAction } from '../account/use-async';
import { galleryCalls } from './gallery-calls';
import { RateForm } from './RateForm';

/**
 * A gallery template's reviews (who, when, how many stars, what they wrote), newest first, and
 * the form to rate it: only for someone signed in who is not its publisher (the server refuses
 * reviews of your own template, so the studio does not offer one).
 */
export function GalleryReviews({ templateId, name, signedIn, onRated }: {
  readonly templateId: string;
  readonly name: string;
  readonly signedIn: boolean;
  readonly onRated: (score: { averageRating: number | null; ratingCount: number }) => void;
}) {
  const t = useT();
  const [details, setDetails] = useState<GalleryDetails | undefined>();
  const { problem, run } = useAsyncAction();
  const load = useCallback(() => run(async () => setDetails(await galleryCalls.details(templateId))), [run, templateId]);
  useEffect(() => {
    void load();
  }, [load]);
  if (!details) return <FormProblem problem={problem} />;
  const { own } = details.template;
  return (
    <div className="gallery-reviews">
      {details.reviews.length === 0 ? <p className="muted">{t('gallery.noReviews')}</p> : (
        <ul className="plain-list review-list" data-testid="gallery-reviews" aria-label={t('gallery.reviewsOf', { name })}>
          {details.reviews.map((r) => (
            <li key={`${r.reviewer}.${r.createdAt}`} className="review">
              <p className="review-head">
                <strong>{r.reviewer}</strong>{' · '}{t('gallery.starsValue', { count: r.rating })}{' · '}
                <time dateTime={r.updatedAt}>{new Date(r.updatedAt).toLocaleDateString()}</time>
                {r.mine && <span className="badge">{t('gallery.yourReview')}</span>}
              </p>
              {r.body && <p className="review-body">{r.body}</p>}
            </li>
          ))}
        </ul>
      )}
      {own && <p className="muted" data-testid="gallery-own">{t('gallery.ownTemplate')}</p>}
      {!own && signedIn && <RateForm templateId={templateId} name={name} onRated={(score) => { onRated(score); void load(); }} />}
      {!signedIn && <p className="muted">{t('gallery.signInToRate')}</p>}
      <FormProblem problem={problem} />
    </div>
  );
}
