// Two builders of one template naming the same temporary key pair in one region would meet each
// other's key: refused when the template is read, at the second builder's field.
import path from 'node:path';
import { InputError } from '../../src/errors.js';
import { loadTemplate } from '../../src/template/index.js';
import { FIXED, tempDirs } from './fixtures.js';

const dirs = tempDirs();

const builder = (name: string, extra: object) => ({
  type: 'amazon-ebs',
  name,
  region: 'us-east-1',
  source_ami: 'ami-0123456789abcdef0',
  instance_type: 't3.micro',
  ssh_username: 'ubuntu',
  ami_name: `app-${name}`,
  ...extra
});

function load(builders: object[]) {
  const dir = dirs({ 'app.json': JSON.stringify({ builders }, null, 2) });
  return loadTemplate({ path: path.join(dir, 'app.json'), cwd: dir, ...FIXED });
}

test('the second builder naming the same temporary key pair in the same region is refused at its field', () => {
  let error: unknown;
  try {
    load([
      builder('one', { temporary_key_pair_name: 'ci' }),
      builder('two', { temporary_key_pair_name: 'ci' })
    ]);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(InputError);
  const input = error as InputError;
  expect(input.field).toBe('builders[1].temporary_key_pair_name');
  // The line of the second builder's "temporary_key_pair_name" value.
  expect(input.line).toBeGreaterThan(10);
  expect(input.detail).toBe(
    'one already makes a temporary key pair named ci in us-east-1; each builder needs its own name (or leave it out for a unique one)'
  );
});

test('the same temporary key pair name in two regions is two key pairs, and is accepted', () => {
  const template = load([
    builder('one', { temporary_key_pair_name: 'ci' }),
    builder('two', { temporary_key_pair_name: 'ci', region: 'eu-west-1' })
  ]);
  expect(template.builds.map(b => b.name)).toEqual(['one', 'two']);
});

test('builders without a temporary_key_pair_name each get a name of their own', () => {
  let n = 0;
  const dir = dirs({ 'app.json': JSON.stringify({ builders: [builder('one', {}), builder('two', {})] }) });
  const template = loadTemplate({
    path: path.join(dir, 'app.json'),
    cwd: dir,
    ...FIXED,
    uuid: () => `uuid-${++n}`
  });
  const names = template.builds.map(
    b => (b.builder.communicator as { keyPair: { name: string } }).keyPair.name
  );
  expect(new Set(names).size).toBe(2);
});
