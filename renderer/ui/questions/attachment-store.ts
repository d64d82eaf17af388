import { createContext, useContext } from 'react';
import type { AttachmentRef } from '../../engine/definition';

// Where attachment bytes live (storage's attachments repository); the control keeps only refs.
export interface AttachmentStore {
  readonly add: (questionId: string, file: File) => Promise<AttachmentRef>;
  readonly open: (ref: AttachmentRef) => Promise<void>;
}

export const DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024;

export const AttachmentStoreContext = createContext<AttachmentStore | null>(null);

export function useAttachmentStore(): AttachmentStore | null {
  return useContext(AttachmentStoreContext);
}
