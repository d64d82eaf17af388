import { afterEach, describe, expect, it } from 'vitest';
import { createAssessment, getAssessment } from '../../renderer/storage/assessments';
import { OmnibusDb } from '../../renderer/storage/database';
import { getDefinition, listDefinitions, saveDefinition } from '../../renderer/storage/definitions';
import { SCHEMA_VERSIONS } from '../../renderer/storage/schema';
import { NEW_ASSESSMENT } from './helpers';

let name = '';
const fresh = (versions = SCHEMA_VERSIONS) => {
  name = `omnibus-definitions-${Math.random().toString(36).slice(2)}`;
  return new OmnibusDb(name, versions);
};
afterEach(async () => {
  await new OmnibusDb(name).delete();
});

const file = (version: string, text = `{"id":"q","version":"${version}"}`) => ({
  id: 'q',
  version,
  fileName: `q-${version}.json`,
  text,
});

describe('questionnaires opened from a file', () => {
  it('are kept as the exact text received, and found by id and version', async () => {
    const db = fresh();
    let clock = 1000;
    const now = () => (clock += 1000);
    expect((await saveDefinition(db, file('1.0.0'), now)).kind).toBe('added');
    expect((await saveDefinition(db, file('1.1.0'), now)).kind).toBe('added');
    expect((await getDefinition(db, 'q', '1.0.0'))?.text).toBe('{"id":"q","version":"1.0.0"}');
    expect((await getDefinition(db, 'q'))?.version).toBe('1.1.0');
    expect(await getDefinition(db, 'q', '9.9.9')).toBeUndefined();
    expect((await listDefinitions(db)).map((d) => d.sha256)).toHaveLength(2);
  });

  it('open the same file twice without a copy, and refuse a different file with the same version', async () => {
    const db = fresh();
    await saveDefinition(db, file('1.0.0'));
    expect((await saveDefinition(db, file('1.0.0'))).kind).toBe('already-installed');
    const clash = await saveDefinition(db, file('1.0.0', '{"id":"q","version":"1.0.0","x":1}'));
    expect(clash.kind).toBe('conflict');
    expect((await getDefinition(db, 'q', '1.0.0'))?.text).toBe('{"id":"q","version":"1.0.0"}');
  });

  it('arrive with schema version 3 without touching what version 2 stored', async () => {
    const db2 = fresh(SCHEMA_VERSIONS.filter((v) => v.version <= 2));
    const assessment = await createAssessment(db2, NEW_ASSESSMENT);
    db2.close();
    const db3 = new OmnibusDb(name);
    await db3.open();
    expect(db3.verno).toBe(3);
    expect((await getAssessment(db3, assessment.id))?.title).toBe(assessment.title);
    expect((await saveDefinition(db3, file('1.0.0'))).kind).toBe('added');
    db3.close();
  });
});
