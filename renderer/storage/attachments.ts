import type { AttachmentRef } from '../engine/definition';
import type { OmnibusDb } from './database';
import type { AttachmentRecord } from './records';

export async function sha256Hex(data: Blob | ArrayBuffer | Uint8Array): Promise<string> {
  const bytes = data instanceof Blob ? await data.arrayBuffer() : data;
  const digest = await crypto.subtle.digest(
    'SHA-256',
    bytes instanceof Uint8Array ? new Uint8Array(bytes) : bytes,
  );
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export interface NewAttachment {
  readonly assessmentId: string;
  readonly questionId: string;
  readonly name: string;
  readonly blob: Blob;
}

// Stores the file's bytes; the returned reference is what the answer value lists.
export async function addAttachment(db: OmnibusDb, input: NewAttachment): Promise<AttachmentRef> {
  const record: AttachmentRecord = {
    id: crypto.randomUUID(),
    assessmentId: input.assessmentId,
    questionId: input.questionId,
    name: input.name,
    type: input.blob.type || 'application/octet-stream',
    size: input.blob.size,
    sha256: await sha256Hex(input.blob),
    blob: input.blob,
    addedAt: Date.now(),
  };
  await db.attachments.add(record);
  return toRef(record);
}

export function toRef(record: AttachmentRecord): AttachmentRef {
  return {
    id: record.id,
    name: record.name,
    type: record.type,
    size: record.size,
    sha256: record.sha256,
  };
}

export function getAttachment(db: OmnibusDb, id: string): Promise<AttachmentRecord | undefined> {
  return db.attachments.get(id);
}

export function listAttachments(db: OmnibusDb, assessmentId: string): Promise<AttachmentRecord[]> {
  return db.attachments.where('assessmentId').equals(assessmentId).toArray();
}

export function removeAttachment(db: OmnibusDb, id: string): Promise<void> {
  return db.attachments.delete(id);
}

// Attachment ids are global: copies get new ids, and answer values listing them must follow.
export function renameAttachmentRefs<T>(value: T, renamed: ReadonlyMap<string, string>): T {
  if (!Array.isArray(value)) return value;
  return value.map((item: unknown) =>
    typeof item === 'object' &&
    item !== null &&
    'sha256' in item &&
    'id' in item &&
    typeof item.id === 'string'
      ? { ...item, id: renamed.get(item.id) ?? item.id }
      : item,
  ) as T;
}
