import type { Chapter, Definition, Instrument, Provision, Question } from './definition';

// A flat view of a definition: every node with its JSON path and ancestors, in document order.

export type NodeKind = 'instrument' | 'chapter' | 'provision' | 'question';

interface NodeBase {
  readonly path: string;
  readonly parentId: string | null;
  readonly instrumentId: string;
}

export type IndexedNode =
  | (NodeBase & { readonly kind: 'instrument'; readonly node: Instrument })
  | (NodeBase & { readonly kind: 'chapter'; readonly node: Chapter })
  | (NodeBase & {
      readonly kind: 'provision';
      readonly node: Provision;
      readonly chapterId: string;
    })
  | (NodeBase & {
      readonly kind: 'question';
      readonly node: Question;
      readonly chapterId: string;
      readonly provisionId: string;
    });

export type IndexedQuestion = Extract<IndexedNode, { kind: 'question' }>;

export interface DefinitionIndex {
  // In document order, each container before its contents.
  readonly nodes: readonly IndexedNode[];
  readonly questions: readonly IndexedQuestion[];
  // First node of each id (duplicates are reported by the checks, not here).
  readonly byId: ReadonlyMap<string, IndexedNode>;
  readonly questionById: ReadonlyMap<string, IndexedQuestion>;
  // Question ids under each instrument, chapter and provision id.
  readonly questionsUnder: ReadonlyMap<string, readonly string[]>;
}

export function indexDefinition(definition: Definition): DefinitionIndex {
  const nodes: IndexedNode[] = [];
  const questions: IndexedQuestion[] = [];
  definition.instruments.forEach((instrument, i) => {
    const ip = `$.instruments[${i}]`;
    nodes.push({
      kind: 'instrument',
      node: instrument,
      path: ip,
      parentId: null,
      instrumentId: instrument.id,
    });
    instrument.chapters.forEach((chapter, c) => {
      const cp = `${ip}.chapters[${c}]`;
      nodes.push({
        kind: 'chapter',
        node: chapter,
        path: cp,
        parentId: instrument.id,
        instrumentId: instrument.id,
      });
      chapter.provisions.forEach((provision, p) => {
        const pp = `${cp}.provisions[${p}]`;
        const base = { parentId: chapter.id, instrumentId: instrument.id, chapterId: chapter.id };
        nodes.push({ kind: 'provision', node: provision, path: pp, ...base });
        provision.questions.forEach((question, q) => {
          const entry: IndexedQuestion = {
            kind: 'question',
            node: question,
            path: `${pp}.questions[${q}]`,
            parentId: provision.id,
            instrumentId: instrument.id,
            chapterId: chapter.id,
            provisionId: provision.id,
          };
          nodes.push(entry);
          questions.push(entry);
        });
      });
    });
  });

  const byId = new Map<string, IndexedNode>();
  for (const entry of nodes) if (!byId.has(entry.node.id)) byId.set(entry.node.id, entry);
  const questionById = new Map<string, IndexedQuestion>();
  const questionsUnder = new Map<string, string[]>();
  for (const entry of questions) {
    if (!questionById.has(entry.node.id)) questionById.set(entry.node.id, entry);
    for (const container of [entry.instrumentId, entry.chapterId, entry.provisionId]) {
      const list = questionsUnder.get(container) ?? [];
      list.push(entry.node.id);
      questionsUnder.set(container, list);
    }
  }
  return { nodes, questions, byId, questionById, questionsUnder };
}
