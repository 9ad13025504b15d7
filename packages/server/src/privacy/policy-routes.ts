import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../app-context';
import { ApiError } from '../http/api-error';
import { addRoute } from '../http/route';
import { escapeHtml, renderPolicyText, sendHtmlPage } from './html-page';
import { diffLines } from './line-diff';
import { findCurrentPolicy, findPolicy, listPolicies, summarisePolicy, type PolicyVersion } from './policy-documents';

const versionField = z.string().regex(/^\d{1,4}\.\d{1,4}$/, { error: 'a policy version such as 1.0' });
const diffQuery = z.strictObject({ from: versionField, to: versionField });

/** The policy in public: the version in effect, every earlier one, and what changed between two. */
export function registerPolicyRoutes(app: FastifyInstance, ctx: AppContext): void {
  addRoute(app, ctx, {
    method: 'GET', url: '/api/privacy/policy', tag: 'privacy', access: 'public',
    summary: 'The privacy policy in effect: version, release, effective and update dates, summary of changes and text.',
    handler: async () => findCurrentPolicy(ctx.db, ctx.clock()),
  });

  addRoute(app, ctx, {
    method: 'GET', url: '/api/privacy/policies', tag: 'privacy', access: 'public',
    summary: 'Every released version of the privacy policy, newest first (without the texts).',
    handler: async () => {
      const now = ctx.clock();
      return { current: (await findCurrentPolicy(ctx.db, now)).version, versions: (await listPolicies(ctx.db, now)).map(summarisePolicy) };
    },
  });

  addRoute(app, ctx, {
    method: 'GET', url: '/api/privacy/policies/diff', tag: 'privacy', access: 'public',
    summary: 'What changed between two versions of the privacy policy, line by line.',
    query: diffQuery,
    handler: async ({ query }) => {
      const [from, to] = await findPair(ctx, query.from, query.to);
      return { from: from.version, to: to.version, lines: diffLines(from.body, to.body) };
    },
  });

  addRoute(app, ctx, {
    method: 'GET', url: '/api/privacy/policies/:version', tag: 'privacy', access: 'public',
    summary: 'One released version of the privacy policy, with its text and the sha256 of the text.',
    params: z.strictObject({ version: versionField }),
    handler: async ({ params }) => {
      const policy = await findPolicy(ctx.db, params.version, ctx.clock());
      if (!policy) throw new ApiError('INKLESS_API_NOT_FOUND', `no released privacy policy version ${params.version}; GET /api/privacy/policies lists them`);
      return policy;
    },
  });

  app.get('/privacy', async (_request, reply) => {
    const now = ctx.clock();
    const current = await findCurrentPolicy(ctx.db, now);
    return sendHtmlPage(reply, current.title, renderPolicyPage(current, await listPolicies(ctx.db, now)));
  });

  app.get<{ Params: { version: string } }>('/privacy/versions/:version', async (request, reply) => {
    const now = ctx.clock();
    const parsed = versionField.safeParse(request.params.version);
    const policy = parsed.success ? await findPolicy(ctx.db, parsed.data, now) : undefined;
    if (!policy) return sendHtmlPage(reply, 'No such version', '<h1>No such version</h1><p>The <a href="/privacy">policy page</a> lists every version.</p>', 404);
    return sendHtmlPage(reply, `${policy.title} ${policy.version}`, renderPolicyPage(policy, await listPolicies(ctx.db, now)));
  });

  app.get('/privacy/diff', async (request, reply) => {
    const parsed = diffQuery.safeParse(request.query);
    const pair = parsed.success ? await findPair(ctx, parsed.data.from, parsed.data.to).catch(() => undefined) : undefined;
    if (!pair) return sendHtmlPage(reply, 'No such versions', '<h1>No such versions</h1><p>Compare two versions listed on the <a href="/privacy">policy page</a>.</p>', 404);
    const [from, to] = pair;
    const rows = diffLines(from.body, to.body).filter((l) => l.text.trim() !== '')
      .map((l) => `<tr class="${l.op}"><td>${l.op === 'added' ? '+' : l.op === 'removed' ? '−' : ''}</td><td>${escapeHtml(l.text)}</td></tr>`).join('\n');
    return sendHtmlPage(reply, `Changes from ${from.version} to ${to.version}`, `<h1>Changes from version ${escapeHtml(from.version)} to ${escapeHtml(to.version)}</h1>
<p>${escapeHtml(to.summary)}</p><p><small>Added lines are marked +, removed lines −.</small></p><table>${rows}</table>`);
  });
}

async function findPair(ctx: AppContext, fromVersion: string, toVersion: string): Promise<[PolicyVersion, PolicyVersion]> {
  const now = ctx.clock();
  const from = await findPolicy(ctx.db, fromVersion, now);
  const to = await findPolicy(ctx.db, toVersion, now);
  if (!from) throw new ApiError('INKLESS_API_NOT_FOUND', `no released privacy policy version ${fromVersion}`, { path: 'from' });
  if (!to) throw new ApiError('INKLESS_API_NOT_FOUND', `no released privacy policy version ${toVersion}`, { path: 'to' });
  return [from, to];
}

function renderPolicyPage(shown: PolicyVersion, versions: readonly PolicyVersion[]): string {
  const day = (iso: string) => iso.slice(0, 10);
  const history = versions.map((v, i) => {
    const older = versions[i + 1];
    const diff = older ? ` · <a href="/privacy/diff?from=${encodeURIComponent(older.version)}&amp;to=${encodeURIComponent(v.version)}">changes from ${escapeHtml(older.version)}</a>` : '';
    return `<tr><td><a href="/privacy/versions/${encodeURIComponent(v.version)}">${escapeHtml(v.version)}</a></td><td>${v.change}</td><td>${day(v.effectiveAt)}</td><td>${escapeHtml(v.summary)}${diff}</td></tr>`;
  }).join('\n');
  return `<h1>${escapeHtml(shown.title)}</h1>
<p><strong>Version ${escapeHtml(shown.version)}</strong> (${shown.change} change) · released ${day(shown.releasedAt)} · effective ${day(shown.effectiveAt)} · updated ${day(shown.updatedAt)}</p>
<p><em>What changed:</em> ${escapeHtml(shown.summary)}</p>
${renderPolicyText(shown.body)}
<p><small>sha256 of this text: <code>${shown.sha256}</code></small></p>
<h2>All versions</h2>
<table><thead><tr><th>version</th><th>change</th><th>effective</th><th>summary</th></tr></thead><tbody>
${history}
</tbody></table>`;
}
