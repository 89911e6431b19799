// A fixed TemplateScope for rendering strings directly.
import type { Section, TemplateScope } from '../../src/template/functions.js';
import { TemplateError } from '../../src/template/template-syntax.js';
import { FIXED } from './fixtures.js';

const USER_VARIABLES: Readonly<Record<string, string>> = { app: 'shop', version: '1.2.3', empty: '' };

export function testScope(
  section: Section = 'builder',
  overrides: Partial<TemplateScope> = {}
): TemplateScope {
  return {
    section,
    now: FIXED.clock(),
    uuid: () => 'uuid-1',
    env: { HOME: '/home/runner' },
    cwd: '/work/repo',
    templatePath: '/work/repo/packer/web.pkr.json',
    packerVersion: '1.11.0',
    ...(section === 'variables' ? {} : { buildName: 'web', buildType: 'amazon-ebs' }),
    user: name => {
      const value = USER_VARIABLES[name];
      if (value === undefined)
        throw new TemplateError({ message: `variable ${name} is not declared in the template` });
      return value;
    },
    ...overrides
  };
}
