import { PackageError } from './errors';

const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

// The original name, made safe as one path segment on every operating system.
export function safeFileName(name: string): string {
  const cleaned = name
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]/g, '_')
    .replace(/^\.+/, '_')
    .slice(0, 120);
  return cleaned.length > 0 ? cleaned : 'file';
}

export function attachmentPath(id: string, name: string): string {
  if (!SAFE_ID.test(id)) {
    throw new PackageError(
      'answer-invalid',
      `The attachment id ${JSON.stringify(id)} cannot name a file in the package.`,
    );
  }
  return `attachments/${id}/${safeFileName(name)}`;
}

export function isAttachmentPath(path: string): boolean {
  const parts = path.split('/');
  return parts.length === 3 && parts[0] === 'attachments' && SAFE_ID.test(parts[1] ?? '');
}
