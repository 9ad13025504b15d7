import type { AccessLogEntry } from '../../api/api-types';
import type { MessageKey } from '../../i18n/en';
import { isMessageKey } from '../../i18n/i18n';

type Translate = (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string;

/**
 * An access-history row in words: "Opened template 'Jar label'", "Signed in", "Downloaded your
 * data"; an action the studio has no phrase for reads "Used the service", a failed request adds
 * "(did not work)". The route stays available to those who want it (shown as a tooltip).
 */
export function describeAccess(entry: Pick<AccessLogEntry, 'action' | 'templateName' | 'status'>, t: Translate): string {
  const key = `access.action.${entry.action}`;
  const template = entry.templateName ? t('access.named', { name: entry.templateName }) : t('access.unnamed');
  const action = t(isMessageKey(key) ? key : 'access.action.other', { template });
  return entry.status >= 400 ? t('access.failed', { action }) : action;
}
