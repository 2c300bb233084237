import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ErrorReason } from './error-reasons';

const ROOT = join(__dirname, '..', '..', '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sources(path);
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('ErrorReason', () => {
  it('lists every reason an error is raised with by its literal name', () => {
    const raised = new Set<string>();
    for (const file of [...sources(join(ROOT, 'libs')), ...sources(join(ROOT, 'apps'))]) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/new [A-Za-z]*Error\(\s*'([A-Z][A-Z0-9_]+)'/g)) raised.add(m[1]);
    }
    expect(raised.size).toBeGreaterThan(0);
    expect([...raised].filter((r) => !(r in ErrorReason))).toEqual([]);
  });

  it('holds the domains\u2019 own codes and the reasons of the edge', () => {
    expect(ErrorReason).toMatchObject({ PROPOSAL_NOT_FOUND: 'PROPOSAL_NOT_FOUND', BAD_CURSOR: 'BAD_CURSOR', NOT_ALLOWED: 'NOT_ALLOWED', MALFORMED_ID: 'MALFORMED_ID' });
  });
});
