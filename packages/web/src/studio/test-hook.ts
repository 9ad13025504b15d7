import type { Studio } from './studio';

declare global {
  interface Window {
    /** Present only with ?test=1: browser tests and the benchmark read the studio through it. */
    __inklessStudio?: Studio;
  }
}

/** Exposes the studio to browser tests when the page is opened with `?test=1`; otherwise nothing. */
export function exposeForTests(studio: Studio): void {
  if (new URLSearchParams(location.search).get('test') === '1') window.__inklessStudio = studio;
}
