import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { ROOT } from './support/run-ts';

/**
 * Lints each snippet as if written at its path with the repository's own eslint.config.mjs, keeping
 * only the boundary rule (which needs no type information, so this takes a second, not a program
 * build). ESLint runs in its own process: it loads its config as an ES module, which jest cannot.
 */
const LINT = `
const { ESLint } = require('eslint');
(async () => {
  const eslint = new ESLint({
    ruleFilter: ({ ruleId }) => ruleId === 'boundaries/dependencies',
    overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
  });
  const found = [];
  for (const [filePath, code] of JSON.parse(process.argv[1])) {
    const [result] = await eslint.lintText(code, { filePath });
    found.push(result.messages.map((m) => m.message));
  }
  process.stdout.write(JSON.stringify(found));
})();
`;

async function boundaryFindings(...snippets: [path: string, code: string][]): Promise<string[][]> {
  const { stdout } = await promisify(execFile)(process.execPath, ['-e', LINT, JSON.stringify(snippets)], { cwd: ROOT });
  return JSON.parse(stdout) as string[][];
}

describe('import boundaries checked by the lint', () => {
  it('refuses GraphQL and HTTP packages in a lib, whichever way they are imported', async () => {
    const [findings] = await boundaryFindings([
      'libs/sample/src/index.ts',
      [
        "import { Field } from '@nestjs/graphql';",
        "import { GraphQLError } from 'graphql';",
        "import type { Request } from 'express';",
        "import { ApolloServer } from '@apollo/server';",
        'export type Seen = [typeof Field, typeof GraphQLError, Request, typeof ApolloServer];',
      ].join('\n'),
    ]);
    expect(findings).toEqual(Array(4).fill(expect.stringMatching(/^GraphQL and HTTP belong to apps\/api/)));
  });

  it('refuses an app module, the test kit or a test in a lib, by relative path or alias', async () => {
    const [findings] = await boundaryFindings([
      'libs/sample/src/index.ts',
      [
        "import { AppModule } from '../../../apps/api/src/app.module';",
        "import { startTestApp } from '@app/testing';",
        "import { ROOT } from '../../../test/support/run-ts';",
        'export const seen = [AppModule, startTestApp, ROOT];',
      ].join('\n'),
    ]);
    expect(findings).toEqual(Array(3).fill(expect.stringMatching(/never import an app, the test kit or the tests/)));
  });

  it('lets the test kit start an app, and an app use the libs and GraphQL', async () => {
    await expect(
      boundaryFindings(
        ['libs/testing/src/index.ts', "import { AppModule } from '../../../apps/api/src/app.module';\nexport const seen = AppModule;\n"],
        ['apps/api/src/main.ts', "import { Field } from '@nestjs/graphql';\nimport { GovernanceModule } from '@app/governance';\nexport const seen = [Field, GovernanceModule];\n"],
      ),
    ).resolves.toEqual([[], []]);
  });
});
