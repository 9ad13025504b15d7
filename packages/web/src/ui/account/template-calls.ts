import type { LabelDocument } from '@inkless/label';
import { api } from '../../api/api-client';
import type { TemplateSummary, TemplateVersion } from '../../api/api-types';

/** The server calls the templates screen makes, one line each (wire shapes in api-types.ts). */
export const templateCalls = {
  list: (folder: string | undefined) =>
    api.request<{ templates: TemplateSummary[] }>('GET', `/api/templates${folder ? `?folder=${encodeURIComponent(folder)}` : ''}`).then((r) => r.templates),
  search: (q: string) => api.request<{ results: TemplateSummary[] }>('GET', `/api/search?scope=mine&q=${encodeURIComponent(q)}`).then((r) => r.results),
  folders: () => api.request<{ folders: { folder: string; count: number }[] }>('GET', '/api/templates/folders').then((r) => r.folders),
  upload: (doc: LabelDocument, folder: string) =>
    api.request<{ template: TemplateSummary }>('POST', '/api/templates', { document: doc, name: doc.name || undefined, ...(folder ? { folder } : {}) }).then((r) => r.template),
  read: (id: string) => api.request<{ template: TemplateSummary }>('GET', `/api/templates/${id}`).then((r) => r.template),
  versions: (id: string) => api.request<{ current: number; versions: TemplateVersion[] }>('GET', `/api/templates/${id}/versions`).then((r) => r.versions),
  restore: (id: string, version: number, currentVersion: number) =>
    api.request<{ template: TemplateSummary }>('POST', `/api/templates/${id}/versions/${version}/restore`, { currentVersion }).then((r) => r.template),
  publish: (id: string, visibility: 'private' | 'public', license: 'CC0-1.0' | 'CC-BY-4.0') =>
    api.request('POST', `/api/templates/${id}/publish`, visibility === 'private' ? { visibility } : { visibility, license }),
};
