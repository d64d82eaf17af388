import { PackageError } from './errors';

// A member name is a relative path of plain segments: nothing that could land outside the folder
// it is extracted to, on any operating system.
export function assertSafeEntryName(name: string, maxLength: number): void {
  const refuse = (why: string): never => {
    throw new PackageError(
      'unsafe-path',
      `The archive contains an unsafe file name (${why}): ${JSON.stringify(name)}.`,
      name,
    );
  };
  if (name.length === 0) refuse('empty');
  if (name.length > maxLength) refuse(`longer than ${maxLength} characters`);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) refuse('control character');
  if (name.includes('\\')) refuse('backslash');
  if (name.startsWith('/')) refuse('absolute path');
  if (/^[A-Za-z]:/.test(name)) refuse('drive letter');
  const segments = name.replace(/\/$/, '').split('/');
  for (const segment of segments) {
    if (segment === '' || segment === '.' || segment === '..') refuse('relative segment');
  }
}

// Two names that one file system would treat as the same file collide.
export function collisionKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}
