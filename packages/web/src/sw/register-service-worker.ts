/**
 * Registers the studio's service worker (production builds only: the dev server has none), so the
 * studio opens offline after this visit. Resolves once it controls the page, or at once when the
 * browser has no service workers (the studio still works, only not offline).
 */
export async function registerServiceWorker(): Promise<boolean> {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return false;
  try {
    await navigator.serviceWorker.register('/sw.js', { scope: '/' });
    await navigator.serviceWorker.ready;
    return true;
  } catch {
    return false;
  }
}
