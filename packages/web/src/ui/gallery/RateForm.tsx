import { useId, useState } from 'react';
import { useT } from '../../i18n/i18n';
import { FormProblem } from '../account/FormProblem';
import { useAsyncAction } from '../account/use-async';
import { galleryCalls } from './gallery-calls';

/** Rate a template 1-5 with an optional review; sending again changes your review. */
export function RateForm({ templateId, name, onRated }: {
  readonly templateId: string;
  readonly name: string;
  readonly onRated: (score: { averageRating: number | null; ratingCount: number }) => void;
}) {
  const t = useT();
  const id = useId();
  const [rating, setRating] = useState('');
  const [review, setReview] = useState('');
  const [done, setDone] = useState(false);
  const { busy, problem, run } = useAsyncAction();
  return (
    <form className="rate-form" aria-label={t('gallery.rateNamed', { name })}
      onSubmit={(e) => { e.preventDefault(); void run(async () => { setDone(false); onRated(await galleryCalls.rate(templateId, Number(rating), review)); setDone(true); }); }}>
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
      {done && <p role="status">{t('gallery.rated')}</p>}
      <FormProblem problem={problem} />
    </form>
  );
}
