import type { Definition } from '../engine/definition';
import { direction, type Language } from '../i18n/languages';
import { localize } from '../i18n/localized';
import { answerText } from './answer-text';
import { REPORT_LABELS } from './report-labels';
import type { ManifestIdentity, Responses } from './schemas';

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// A plain, self-contained report: no scripts, no external resources, readable in any browser.
export function reportHtml(
  definition: Definition,
  identity: ManifestIdentity,
  responses: Responses,
  language: Language,
): string {
  const labels = REPORT_LABELS[language];
  const t = (text: Parameters<typeof localize>[0]): string => escape(localize(text, language));
  const body: string[] = [];
  for (const instrument of definition.instruments) {
    body.push(`<h2>${t(instrument.title)}</h2>`);
    for (const chapter of instrument.chapters) {
      body.push(`<h3>${t(chapter.title)}</h3>`);
      for (const provision of chapter.provisions) {
        const article = provision.article ? `${escape(provision.article)} — ` : '';
        body.push(`<section><h4>${article}${t(provision.title)}</h4><dl>`);
        for (const question of provision.questions) {
          const entry = responses.answers[question.id];
          const options = 'options' in question ? question.options : [];
          const label = (id: string): string => {
            const option = options.find((o) => o.id === id);
            return option ? localize(option.label, language) : id;
          };
          const answer = entry
            ? `<dd dir="auto">${escape(answerText(entry, label))}</dd><dd class="by">${escape(labels.answeredBy)}: ${escape(entry.author)} (${escape(entry.agency)}), ${escape(entry.updatedAt)}</dd>`
            : `<dd class="none">${escape(labels.unanswered)}</dd>`;
          body.push(`<dt>${t(question.text)}</dt>${answer}`);
        }
        body.push('</dl></section>');
      }
    }
  }
  return `<!doctype html>
<html lang="${language}" dir="${direction(language)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${t(definition.title)} — ${escape(identity.assessment.state)}</title>
<style>
body { font-family: system-ui, sans-serif; max-inline-size: 60rem; margin-inline: auto; padding: 1rem; line-height: 1.5; }
dt { font-weight: 600; margin-block-start: 0.75rem; }
dd { margin-inline-start: 1.5rem; white-space: pre-wrap; }
dd.by, dd.none { color: #555; font-size: 0.9em; }
</style>
</head>
<body>
<h1>${t(definition.title)}</h1>
<p>${escape(labels.state)}: ${escape(identity.assessment.state)} · ${escape(labels.focalPoint)}: ${escape(identity.focalPoint.name)} (${escape(identity.focalPoint.agency)})</p>
<p>${escape(labels.version)}: ${escape(identity.questionnaire.version)} · ${escape(labels.exportedAt)}: ${escape(identity.exportedAt)}</p>
${body.join('\n')}
</body>
</html>
`;
}
