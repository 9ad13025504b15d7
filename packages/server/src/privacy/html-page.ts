import type { FastifyReply } from 'fastify';

/**
 * Sends a small self-contained HTML page (the privacy pages need no studio and no script). Its
 * security headers (CSP with `frame-ancestors 'none'`...) are the app's, set on every response
 * by http/security-headers.ts.
 */
export function sendHtmlPage(reply: FastifyReply, title: string, bodyHtml: string, status = 200): FastifyReply {
  reply.code(status).type('text/html; charset=utf-8');
  return reply.send(`<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:46rem;padding:0 1rem;color:#222}table{border-collapse:collapse}td,th{padding:.3rem .6rem;border-bottom:1px solid #ddd;text-align:left;vertical-align:top}.added{background:#e6ffec}.removed{background:#ffebe9;text-decoration:line-through}pre{white-space:pre-wrap}small{color:#666}</style>
<nav><a href="/privacy">Privacy policy</a> · <a href="/privacy/cookies">Cookies</a></nav>
${bodyHtml}</html>`);
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A policy text (`# ` headings, `- ` list items, blank lines between paragraphs) as HTML. */
export function renderPolicyText(body: string): string {
  const out: string[] = [];
  for (const block of body.split(/\n\s*\n/)) {
    const lines = block.trim().split('\n');
    if (lines[0] === '') continue;
    if (lines.length === 1 && lines[0]!.startsWith('# ')) out.push(`<h2>${escapeHtml(lines[0]!.slice(2))}</h2>`);
    else if (lines.every((l) => l.startsWith('- '))) out.push(`<ul>${lines.map((l) => `<li>${escapeHtml(l.slice(2))}</li>`).join('')}</ul>`);
    else out.push(`<p>${lines.map(escapeHtml).join('<br>')}</p>`);
  }
  return out.join('\n');
}
