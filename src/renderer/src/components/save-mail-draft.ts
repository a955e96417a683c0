/**
 * Saving one e-mail draft (.eml) through the platform: a save dialog on the desktop, a download in
 * a browser. Says who was left off for want of an address, and that the draft opens ready to send.
 */
import { platform } from '../platform';
import type { FileFilter } from '../platform/platform';
import type { Sender } from './mail-drafts';
import type { MailDraft } from './mailto';
import { reportDone } from './report-error';

export const EML_FILTERS: FileFilter[] = [{ name: 'E-mail draft', extensions: ['eml'] }];

/** Build and save a draft to `people`; resolves false when the save was cancelled. */
export async function saveMailDraft(
  fileName: string,
  from: Sender,
  people: readonly { name: string; email: string }[],
  draft: Pick<MailDraft, 'subject' | 'body'>,
): Promise<boolean> {
  const { singleDraftEml } = await import('./mail-drafts');
  const { data, missing } = singleDraftEml(from, people, draft, new Date());
  const result = await platform.saveFile(fileName, data, EML_FILTERS);
  if (result.status === 'cancelled') return false;
  const left =
    missing.length > 0 ? ` Not sent to ${missing.join(' and ')}: no e-mail address.` : '';
  reportDone('E-mail draft saved', `${fileName}: open it in your mail program to send it.${left}`);
  return true;
}
