import { fromUtf8 } from './bytes';
import { PackageError } from './errors';
import type { ReadLimits } from './limits';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

// Nesting depth counted on the raw text, before JSON.parse can recurse into it.
function maxDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) deepest = Math.max(deepest, ++depth);
    else if (c === 0x7d || c === 0x5d) depth--;
  }
  return deepest;
}

// Parses a package member as untrusted JSON: size, encoding, depth and prototype-polluting keys.
export function parseUntrustedJson(bytes: Uint8Array, path: string, limits: ReadLimits): unknown {
  if (bytes.length > limits.maxJsonBytes) {
    throw new PackageError(
      'entry-too-large',
      `${path} is larger than ${limits.maxJsonBytes} bytes.`,
      path,
    );
  }
  let text: string;
  try {
    text = fromUtf8(bytes);
  } catch {
    throw new PackageError('json-invalid', `${path} is not valid UTF-8 text.`, path);
  }
  const depth = maxDepth(text);
  if (depth > limits.maxJsonDepth) {
    throw new PackageError(
      'json-too-deep',
      `${path} is nested ${depth} levels deep; at most ${limits.maxJsonDepth} are allowed.`,
      path,
    );
  }
  try {
    return JSON.parse(text, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) {
        throw new PackageError(
          'json-forbidden-key',
          `${path} contains the forbidden key "${key}".`,
          path,
        );
      }
      return value;
    });
  } catch (error) {
    if (error instanceof PackageError) throw error;
    throw new PackageError(
      'json-invalid',
      `${path} is not valid JSON: ${(error as Error).message}`,
      path,
    );
  }
}
