import { useEffect, useState } from 'react';
import type { GalleryItem } from '../../api/api-types';
import { useT } from '../../i18n/i18n';
import { FormProblem } from '../account/FormProblem';
import { InputRow } from '../account/InputRow';
import { useAccount } from '../account/use-account';
import { useAsyncAction } from '../account/use-async';
import { GalleryCard } from './GalleryCard';
import { galleryCalls } from './gallery-calls';

/** The public gallery: browse the newest or search; signed in, fork, rate and review. */
export function GalleryScreen() {
  const t = useT();
  const account = useAccount();
  const [query, setQuery] = useState('');
  const [items, setItems] = useState<readonly GalleryItem[]>([]);
  const [total, setTotal] = useState(0);
  const { problem, run } = useAsyncAction();
  useEffect(() => {
    let live = true;
    void run(async () => {
      const page = await galleryCalls.browse(query.trim());
      if (!live) return;
      setItems(page.items);
      setTotal(page.total);
    });
    return () => {
      live = false;
    };
  }, [run, query]);
  return (
    <div className="gallery-screen">
      <InputRow label={t('gallery.search')} type="search" value={query} onChange={(e) => setQuery(e.target.value)} maxLength={200} />
      <p className="muted" role="status">{t('gallery.count', { count: total })}</p>
      <ul className="plain-list gallery" data-testid="gallery">
        {items.map((item) => <GalleryCard key={item.id} item={item} signedIn={account.status === 'signed-in'} />)}
      </ul>
      <FormProblem problem={problem} />
    </div>
  );
}
