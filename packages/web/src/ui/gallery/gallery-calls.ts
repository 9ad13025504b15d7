import { api } from '../../api/api-client';
import type { GalleryDetails, GalleryItem } from '../../api/api-types';

/** The server calls of the gallery screen (wire shapes in api-types.ts). */
export const galleryCalls = {
  /** Wire format: GET /api/gallery?q=&sort= -> { items, total, limit, offset } */
  browse: (q: string) =>
    api.request<{ items: GalleryItem[]; total: number }>('GET', `/api/gallery?sort=${q ? 'relevance' : 'newest'}${q ? `&q=${encodeURIComponent(q)}` : ''}`),
  /** Wire format: GET /api/gallery/:id -> { template: { ..., own }, reviews: [{ reviewer, rating, body, createdAt, updatedAt, mine }] } (the newest 20). */
  details: (id: string) => api.request<GalleryDetails>('GET', `/api/gallery/${id}`),
  fork: (id: string) => api.request<{ template: { id: string; name: string } }>('POST', `/api/gallery/${id}/fork`, {}).then((r) => r.template),
  rate: (id: string, rating: number, body: string) =>
    api.request<{ template: { averageRating: number | null; ratingCount: number } }>('POST', `/api/gallery/${id}/reviews`, { rating, body }).then((r) => r.template),
};
