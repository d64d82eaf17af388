// Export and import of a large response package: 1,000 answers and 50 MB of attachments, plain
// and encrypted. Runs in Chromium (bench/package-page, as the app exports) and in Node alike:
// WebCrypto only.
import type { AnswerValue, Definition } from '../renderer/engine';
import {
  buildPackage,
  generateKeyPairPem,
  readPackage,
  verifyPackage,
  type AnswerInput,
  type AttachmentInput,
  type PackageInput,
} from '../renderer/package';
import { generateAnswers } from '../scripts/generate-definition';
import { median } from './stats';

const BIG_FILES = 10;
const BIG_FILE_BYTES = 5 * 1024 * 1024;
const SMALL_FILE_BYTES = 16 * 1024;

export interface PackageRun {
  readonly answers: number;
  readonly attachmentMB: number;
  readonly packageMB: number;
  readonly exportMs: number;
  readonly importMs: number;
  readonly exportEncryptedMs: number;
  readonly importEncryptedMs: number;
}

// Random bytes (incompressible, like scanned evidence); getRandomValues fills 64 KB at a time.
function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(length);
  for (let at = 0; at < length; at += 65_536)
    crypto.getRandomValues(bytes.subarray(at, Math.min(length, at + 65_536)));
  return bytes;
}

async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

async function attachmentsFor(
  definition: Definition,
  answers: Map<string, AnswerValue>,
): Promise<AttachmentInput[]> {
  const files: AttachmentInput[] = [];
  const questions = definition.instruments
    .flatMap((i) => i.chapters.flatMap((c) => c.provisions.flatMap((p) => p.questions)))
    .filter((q) => q.type === 'attachments');
  for (const [i, question] of questions.entries()) {
    const bytes = randomBytes(i < BIG_FILES ? BIG_FILE_BYTES : SMALL_FILE_BYTES);
    const file = {
      id: `file-${i + 1}`,
      questionId: question.id,
      name: `evidence-${i + 1}.pdf`,
      type: 'application/pdf',
      bytes,
    };
    files.push(file);
    const sha256 = await sha256Hex(bytes);
    answers.set(question.id, [
      { id: file.id, name: file.name, type: file.type, size: bytes.length, sha256 },
    ]);
  }
  return files;
}

async function packageInput(definition: Definition): Promise<PackageInput> {
  const answers = generateAnswers(definition, { seed: 7, fill: 1 });
  const attachments = await attachmentsFor(definition, answers);
  const answerInputs: AnswerInput[] = [...answers].map(([questionId, value]) => ({
    questionId,
    value,
    definitionVersion: definition.version,
    author: 'Bench',
    agency: 'Ministry of Justice',
    updatedAt: Date.UTC(2026, 0, 15),
    language: 'en',
  }));
  return {
    definitionText: JSON.stringify(definition),
    definition,
    assessment: {
      id: 'bench-assessment',
      state: 'FR',
      title: 'Bench',
      createdAt: Date.UTC(2026, 0, 1),
    },
    focalPoint: { name: 'Bench', agency: 'Ministry of Justice' },
    answers: answerInputs,
    attachments,
    appVersion: '0.0.0-bench',
    exportedAt: Date.UTC(2026, 0, 20),
    encryption: { kind: 'none' },
  };
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await work();
  return [result, performance.now() - start];
}

// Import = verify (every hash and size) and read (parse, check against the schemas).
async function importOnce(bytes: Uint8Array, privateKey?: string): Promise<void> {
  const options = privateKey ? { privateKey } : {};
  const report = await verifyPackage(bytes, options);
  if (!report.ok)
    throw new Error(`bench package failed verification: ${report.problems[0]?.message}`);
  const opened = await readPackage(bytes, options);
  if (opened.attachments.length === 0)
    throw new Error('bench package came back without attachments');
}

export async function benchPackage(definition: Definition, runs: number): Promise<PackageRun> {
  const input = await packageInput(definition);
  const keys = await generateKeyPairPem();
  const encrypted: PackageInput = {
    ...input,
    encryption: { kind: 'public-key', publicKeyPem: keys.publicKeyPem },
  };
  const times = {
    exp: [] as number[],
    imp: [] as number[],
    expEnc: [] as number[],
    impEnc: [] as number[],
  };
  let size = 0;
  for (let i = 0; i < runs; i += 1) {
    const [plain, exp] = await timed(() => buildPackage(input));
    const [, imp] = await timed(() => importOnce(plain));
    const [sealed, expEnc] = await timed(() => buildPackage(encrypted));
    const [, impEnc] = await timed(() => importOnce(sealed, keys.privateKeyPem));
    size = plain.length;
    times.exp.push(exp);
    times.imp.push(imp);
    times.expEnc.push(expEnc);
    times.impEnc.push(impEnc);
  }
  return {
    answers: input.answers.length,
    attachmentMB: input.attachments.reduce((s, a) => s + a.bytes.length, 0) / 2 ** 20,
    packageMB: size / 2 ** 20,
    exportMs: median(times.exp),
    importMs: median(times.imp),
    exportEncryptedMs: median(times.expEnc),
    importEncryptedMs: median(times.impEnc),
  };
}
