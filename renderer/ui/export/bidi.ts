// Names, agencies, dates and paths put into a sentence keep their own direction: without
// isolating them, "Li Wei (Ministère…), 16/01/2026" is scrambled inside an Arabic sentence.
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
