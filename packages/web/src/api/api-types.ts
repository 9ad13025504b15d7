/**
 * The shapes the studio reads from /api (see GET /api/openapi.json). Only what the screens use;
 * the server may send more. `@inkless/web` may import types from the server, but these wire
 * shapes are built inside its route handlers, so they are written down here.
 */
export interface User {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly emailVerified: boolean;
  readonly twoFactor: boolean;
}

export interface SessionInfo {
  readonly id: string;
  readonly current: boolean;
  readonly browser: string;
  readonly os: string;
  readonly device: string;
  readonly network: string;
  readonly createdAt: string;
  readonly lastSeenAt: string;
}

export interface TemplateSummary {
  readonly id: string;
  readonly name: string;
  readonly folder: string;
  readonly tags: readonly string[];
  readonly version: number;
  readonly widthMm: number;
  readonly heightMm: number;
  readonly visibility: 'private' | 'unlisted' | 'public';
  readonly mine: boolean;
  readonly updatedAt: string;
  readonly thumbnailUrl: string;
  readonly document?: Record<string, unknown>;
}

export interface TemplateVersion {
  readonly version: number;
  readonly name: string;
  readonly createdAt: string;
}

export interface GalleryItem {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly widthMm: number;
  readonly heightMm: number;
  readonly license: string | null;
  readonly publisher: string | null;
  readonly averageRating: number | null;
  readonly ratingCount: number;
  readonly forks: number;
}

/** A review as GET /api/gallery/:id lists it: the author's display name only, never an id or email. */
export interface GalleryReview {
  readonly reviewer: string;
  readonly rating: number;
  readonly body: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** The viewer's own review (sending again changes it). */
  readonly mine: boolean;
}

/** GET /api/gallery/:id, the parts the studio reads: whether the viewer owns it, and the newest reviews. */
export interface GalleryDetails {
  readonly template: GalleryItem & { readonly own: boolean };
  readonly reviews: readonly GalleryReview[];
}

export interface ConsentState {
  readonly preferences: boolean;
  readonly marketingEmail: boolean;
  readonly choiceMade: boolean;
  readonly policy: { readonly current: string; readonly accepted: string | null; readonly acceptRequired: boolean };
}

export interface PolicyNotice {
  readonly kind: 'changed' | 'upcoming';
  readonly version: string;
  readonly change: 'major' | 'minor';
  readonly effectiveAt: string;
  readonly summary: string;
  readonly url: string;
}

export interface NoticeState {
  readonly notices: readonly PolicyNotice[];
  readonly acceptRequired: boolean;
  readonly cookieChoiceNeeded: boolean;
}

export interface PolicySummary {
  readonly version: string;
  readonly change: 'major' | 'minor';
  readonly effectiveAt: string;
  readonly title: string;
  readonly summary: string;
}

export interface AccessLogEntry {
  readonly at: string;
  readonly method: string;
  readonly route: string;
  readonly status: number;
  readonly network: string;
  readonly browser: string;
  /** What the request did (`template.open`, `account.signIn`…); the studio says it in words. */
  readonly action: string;
  /** The template it was about, by its current name, when the user may still see it. */
  readonly templateName: string | null;
}

export interface PendingDeletion {
  readonly requestedAt: string;
  readonly dueAt: string;
  readonly publishedTemplates: 'remove' | 'keep-credited';
}
