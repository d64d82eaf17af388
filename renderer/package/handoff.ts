import { answersCsv } from './answers-csv';
import { assemble, attachmentFiles, identityFor, json } from './assemble';
import { utf8 } from './bytes';
import { type BuildOptions, type PackageInput, type Person, toIso } from './build-input';
import { PackageError } from './errors';
import { buildResponses } from './responses';
import type { Handoff, PackageKind, Responses } from './schemas';

// Hand-off (focal point → colleague) and contribution (colleague → focal point) packages travel
// between agencies of one State, so they are never encrypted to the secretariat's key.

export interface HandoffRequest {
  readonly chapters: readonly string[];
  readonly to: Person;
  readonly handoffId?: string;
}

export interface BuiltHandoff {
  readonly bytes: Uint8Array<ArrayBuffer>;
  // Kept by the focal point's app: the base values needed to merge the colleague's answers later.
  readonly handoff: Handoff;
}

async function buildCollaborationPackage(
  kind: PackageKind,
  input: PackageInput,
  responses: Responses,
  handoff: Handoff,
  options: BuildOptions,
): Promise<Uint8Array<ArrayBuffer>> {
  const identity = await identityFor(kind, input, responses);
  const files = [
    { path: 'responses.json', bytes: json(responses), compress: true },
    { path: 'handoff.json', bytes: json(handoff), compress: true },
    { path: 'answers.csv', bytes: utf8(answersCsv(responses)), compress: true },
    ...attachmentFiles(input, responses),
  ];
  return assemble(identity, files, { ...input, encryption: { kind: 'none' } }, options);
}

export async function buildHandoffPackage(
  input: PackageInput,
  request: HandoffRequest,
  options: BuildOptions = {},
): Promise<BuiltHandoff> {
  const chapters = input.definition.instruments
    .flatMap((i) => i.chapters)
    .filter((c) => request.chapters.includes(c.id));
  const missing = request.chapters.filter((id) => !chapters.some((c) => c.id === id));
  if (missing.length > 0 || chapters.length === 0) {
    throw new PackageError(
      'handoff-invalid',
      `Unknown chapters for a hand-off: ${missing.join(', ') || '(none chosen)'}.`,
    );
  }
  const questions = chapters.flatMap((c) =>
    c.provisions.flatMap((p) => p.questions.map((q) => q.id)),
  );
  const inScope = new Set(questions);
  const responses = buildResponses(
    input.definition,
    input.assessment.id,
    input.answers.filter((a) => inScope.has(a.questionId)),
  );
  const handoff: Handoff = {
    handoffId: request.handoffId ?? globalThis.crypto.randomUUID(),
    chapters: chapters.map((c) => c.id),
    questions,
    from: { name: input.focalPoint.name, agency: input.focalPoint.agency },
    to: { name: request.to.name, agency: request.to.agency },
    createdAt: toIso(input.exportedAt ?? Date.now()),
    base: responses.answers,
  };
  return {
    bytes: await buildCollaborationPackage('handoff', input, responses, handoff, options),
    handoff,
  };
}

// The colleague's answers to the handed-over questions, to be merged back by the focal point.
export async function buildContributionPackage(
  input: PackageInput,
  handoff: Handoff,
  options: BuildOptions = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const inScope = new Set(handoff.questions);
  const outside = input.answers.filter((a) => !inScope.has(a.questionId)).map((a) => a.questionId);
  if (outside.length > 0) {
    throw new PackageError(
      'handoff-invalid',
      `These questions were not handed over: ${outside.slice(0, 5).join(', ')}.`,
    );
  }
  const responses = buildResponses(input.definition, input.assessment.id, input.answers);
  return buildCollaborationPackage('contribution', input, responses, handoff, options);
}
