// How long export and verification take: `npm run bench:package [answers] [attachmentMiB]`.
// Default: 1,000 answers and 50 MiB of attachments (10 incompressible files, like scanned PDFs).
// Also reports the longest stretch the event loop was blocked, which is what the UI would feel.
import { performance } from 'node:perf_hooks';
import type { AttachmentRef, Definition } from '../renderer/engine/definition';
import { indexQuestions } from '../renderer/package/definition-index';
import { sha256Hex } from '../renderer/package/bytes';
import type { AnswerInput, AttachmentInput, PackageInput } from '../renderer/package/build-input';
import {
  buildPackage,
  generateKeyPairPem,
  readPackage,
  verifyPackage,
} from '../renderer/package/index';
import { generateAnswers, generateDefinition } from './generate-definition';

const answerCount = Number(process.argv[2] ?? 1000);
const attachmentMiB = Number(process.argv[3] ?? 50);
const FILES = 10;

async function measure<T>(label: string, work: () => Promise<T>): Promise<T> {
  let longest = 0;
  let last = performance.now();
  const ticker = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 1);
  const start = performance.now();
  const result = await work();
  const ms = performance.now() - start;
  clearInterval(ticker);
  longest = Math.max(longest, performance.now() - last);
  console.log(
    `${label.padEnd(34)} ${ms.toFixed(0).padStart(6)} ms   longest event-loop block ${longest.toFixed(0)} ms`,
  );
  return result;
}

function randomBytes(size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i += 65536)
    globalThis.crypto.getRandomValues(bytes.subarray(i, i + 65536));
  return bytes;
}

async function input(definition: Definition): Promise<PackageInput> {
  const values = generateAnswers(definition, { seed: 7, fill: 1 });
  const attachments: AttachmentInput[] = [];
  const perFile = Math.floor((attachmentMiB * 1024 * 1024) / FILES);
  const index = indexQuestions(definition);
  const attachmentQuestions = [...index.values()]
    .filter((p) => p.question.type === 'attachments')
    .map((p) => p.question.id);
  const target = attachmentQuestions.find((id) => values.has(id));
  if (!target) throw new Error('the synthetic definition has no answered attachments question');
  const refs: AttachmentRef[] = [];
  for (let i = 0; i < FILES; i++) {
    const bytes = randomBytes(perFile);
    attachments.push({
      id: `file-${i}`,
      questionId: target,
      name: `scan-${i}.pdf`,
      type: 'application/pdf',
      bytes,
    });
    refs.push({
      id: `file-${i}`,
      name: `scan-${i}.pdf`,
      type: 'application/pdf',
      size: bytes.length,
      sha256: await sha256Hex(bytes),
    });
  }
  // The generator's attachment answers point at files that do not exist: ours replace them.
  for (const id of attachmentQuestions)
    if (values.has(id)) values.set(id, id === target ? refs : []);
  const answers: AnswerInput[] = [...values.entries()]
    .slice(0, answerCount)
    .map(([questionId, value]) => ({
      questionId,
      value,
      definitionVersion: definition.version,
      author: 'Focal Point',
      agency: 'Ministry of Justice',
      updatedAt: Date.UTC(2026, 0, 1),
      language: 'en',
    }));
  return {
    definition,
    definitionText: JSON.stringify(definition),
    assessment: { id: 'bench', state: 'FR', title: 'Bench', createdAt: Date.UTC(2026, 0, 1) },
    focalPoint: { name: 'Focal Point', agency: 'Ministry of Justice' },
    answers,
    attachments,
    appVersion: 'bench',
  };
}

const definition = generateDefinition({ questions: Math.max(answerCount, 100), seed: 7 });
const data = await input(definition);
const keys = await generateKeyPairPem();
console.log(
  `${data.answers.length} answers, ${attachmentMiB} MiB of attachments in ${FILES} files (Node ${process.version})`,
);
const plain = await measure('export (plain)', () => buildPackage(data));
const sealed = await measure('export (encrypted)', () =>
  buildPackage({ ...data, encryption: { kind: 'public-key', publicKeyPem: keys.publicKeyPem } }),
);
console.log(
  `package sizes: plain ${(plain.length / 1048576).toFixed(1)} MiB, encrypted ${(sealed.length / 1048576).toFixed(1)} MiB`,
);
const report = await measure('verify (plain)', () => verifyPackage(plain));
const sealedReport = await measure('verify (encrypted, with key)', () =>
  verifyPackage(sealed, { privateKey: keys.privateKeyPem }),
);
await measure('read (encrypted, with key)', () =>
  readPackage(sealed, { privateKey: keys.privateKeyPem }),
);
if (!report.ok || !sealedReport.ok) throw new Error('a benchmark package failed verification');
