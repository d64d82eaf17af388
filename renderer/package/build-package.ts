import { answersCsv } from './answers-csv';
import { assemble, attachmentFiles, identityFor, json } from './assemble';
import { utf8 } from './bytes';
import type { BuildOptions, PackageInput } from './build-input';
import { reportHtml } from './report-html';
import { buildResponses } from './responses';

// The .omnibus file a focal point sends to the secretariat.
export async function buildPackage(
  input: PackageInput,
  options: BuildOptions = {},
): Promise<Uint8Array<ArrayBuffer>> {
  options.onProgress?.({ phase: 'preparing', done: 0, total: 1 });
  const responses = buildResponses(input.definition, input.assessment.id, input.answers);
  const identity = await identityFor('response', input, responses);
  const report =
    input.reportHtml ??
    reportHtml(input.definition, identity, responses, input.reportLanguage ?? 'en');
  const files = [
    { path: 'responses.json', bytes: json(responses), compress: true },
    { path: 'answers.csv', bytes: utf8(answersCsv(responses)), compress: true },
    { path: 'report.html', bytes: utf8(report), compress: true },
    ...attachmentFiles(input, responses),
  ];
  return assemble(identity, files, input, options);
}
