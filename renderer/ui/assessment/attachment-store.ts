import type { Host } from '../../host';
import { addAttachment, getAttachment } from '../../storage/attachments';
import { getDatabase } from '../../storage/database';
import type { AttachmentStore } from '../questions/attachment-store';

// Attachment bytes live in storage; opening one shows it in a browser tab where the host allows
// it, and otherwise saves a copy where the user chooses (Electron never opens new windows).
export function createAttachmentStore(assessmentId: string, host: Host): AttachmentStore {
  return {
    add: (questionId, file) =>
      addAttachment(getDatabase(), { assessmentId, questionId, name: file.name, blob: file }),
    async open(ref) {
      const record = await getAttachment(getDatabase(), ref.id);
      if (!record) throw new Error(`Attachment ${ref.name} is missing`);
      const url = URL.createObjectURL(record.blob);
      const opened = window.open(url, '_blank', 'noopener');
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      if (opened) return;
      const bytes = new Uint8Array(await record.blob.arrayBuffer());
      const extension = ref.name.includes('.') ? (ref.name.split('.').pop() ?? '') : '';
      await host.saveFile(
        ref.name,
        bytes,
        extension ? [{ name: extension.toUpperCase(), extensions: [extension] }] : [],
      );
    },
  };
}
