// The exact text of each bundled questionnaire file: the package records its SHA-256, so the
// secretariat can tell which definition was answered. Loaded only when a package is built.
const texts = import.meta.glob<string>(
  ['../../../questionnaires/*.json', '!../../../questionnaires/*.schema.json'],
  { query: '?raw', import: 'default' },
);

// Parsed definitions are matched by id and version; null when no bundled file is that one.
export async function definitionText(id: string, version: string): Promise<string | null> {
  for (const load of Object.values(texts)) {
    const text = await load();
    const head = idAndVersion(text);
    if (head && head.id === id && head.version === version) return text;
  }
  return null;
}

function idAndVersion(text: string): { id: unknown; version: unknown } | null {
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null) return null;
    return {
      id: 'id' in parsed ? parsed.id : undefined,
      version: 'version' in parsed ? parsed.version : undefined,
    };
  } catch {
    return null;
  }
}
