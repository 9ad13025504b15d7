import { useId, useState } from 'react';
import type { GalleryItem } from '../../api/api-types';
import { useT } from '../../i18n/i18n';
import { FormProblem } from '../account/FormProblem';
import { useAsyncAction } from '../account/use-async';
import { galleryCalls } from './gallery-calls';

/** One shared template: who published it, its rating, fork it into your templates, rate and review it. */
export function GalleryCard({ item, signedIn }: { readonly item: GalleryItem; readonly signedIn: boolean }) {
  const t = useT();
  const id = useId();
  const [rating, setRating] = useState('');
  const [review, setReview] = useState('');
  const [score, setScore] = useState({ averageRating: item.averageRating, ratingCount: item.ratingCount });
  const [forks, setForks] = useState(item.forks);
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
        {signedIn ? (
          <>
            <button type="button" disabled={busy} aria-label={t('gallery.forkNamed', { name: item.name })}
              onClick={() => void run(async () => { const copy = await galleryCalls.fork(item.id); setForks((n) => n + 1); setDone(t('gallery.forked', { name: copy.name })); })}>
              {t('gallery.fork')}
            </button>
            <form className="rate-form" aria-label={t('gallery.rateNamed', { name: item.name })}
              onSubmit={(e) => { e.preventDefault(); void run(async () => { setScore(await galleryCalls.rate(item.id, Number(rating), review)); setDone(t('gallery.rated')); }); }}>
              <div className="field">
                <label htmlFor={`${id}-stars`}>{t('gallery.stars')}</label>
                <select id={`${id}-stars`} value={rating} onChange={(e) => setRating(e.target.value)} required>
                  <option value="" disabled>{t('gallery.choose')}</option>
                  {[5, 4, 3, 2, 1].map((n) => <option key={n} value={n}>{t('gallery.starsValue', { count: n })}</option>)}
                </select>
              </div>
              <div className="field">
                <label htmlFor={`${id}-review`}>{t('gallery.review')}</label>
                <textarea id={`${id}-review`} value={review} maxLength={4000} rows={2} onChange={(e) => setReview(e.target.value)} />
              </div>
              <button type="submit" disabled={busy || !rating}>{t('gallery.sendRating')}</button>
            </form>
          </>
        ) : <p className="muted">{t('gallery.signInToUse')}</p>}
        {done && <p role="status">{done}</p>}
        <FormProblem problem={problem} />
      </div>
    </li>
  );
}
