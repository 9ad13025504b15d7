import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app-context';
import { addRoute } from '../http/route';
import { cookieCategories, describeCookies } from './cookie-inventory';
import { escapeHtml, sendHtmlPage } from './html-page';

/** The cookie inventory in public: a page people read and the same list as JSON. */
export function registerCookieRoutes(app: FastifyInstance, ctx: AppContext): void {
  addRoute(app, ctx, {
    method: 'GET', url: '/api/privacy/cookies', tag: 'privacy', access: 'public',
    summary: 'Every cookie this site may set: names, category, purpose and lifetime.',
    handler: async () => ({ categories: cookieCategories, cookies: describeCookies(ctx) }),
  });

  app.get('/privacy/cookies', async (_request, reply) => {
    const cookies = describeCookies(ctx);
    const sections = cookieCategories.map((category) => {
      const rows = cookies.filter((c) => c.category === category.id).map((c) => `<tr><td>${c.names.map((n) => `<code>${escapeHtml(n)}</code>`).join(' or ')}</td><td>${escapeHtml(c.purpose)}</td><td>${escapeHtml(c.lifetime)}</td><td>${c.setBy === 'server' ? 'this server' : 'the studio, in your browser'}</td></tr>`).join('\n');
      return `<h2>${escapeHtml(category.name)}</h2><p>${escapeHtml(category.description)}</p>
<table><thead><tr><th>name</th><th>what it is for</th><th>how long</th><th>set by</th></tr></thead><tbody>${rows}</tbody></table>`;
    }).join('\n');
    return sendHtmlPage(reply, 'Cookies on this site', `<h1>Cookies on this site</h1>
<p>These are all the cookies this site uses. They are set by this site only: there are no advertising, analytics or other third-party cookies. Nothing but the cookies marked strictly necessary is set unless you allow it, and the consent cookie itself is set only once you make a choice.</p>
<p>The session cookie is called <code>__Host-sid</code> on https and on this computer, and <code>inkless-sid</code> on plain-http addresses in a local network, where browsers do not keep the secure kind; the consent cookie follows the same rule.</p>
${sections}
<p>You can change your choice at any time in your privacy settings, or by deleting the consent cookie, after which we ask again.</p>`);
  });
}
