// CreateKeyPair (real RSA or ed25519 material), ImportKeyPair, DescribeKeyPairs, DeleteKeyPair.
import { Ec2Error } from '../errors.js';
import { applyFilters, readFilters } from '../filters.js';
import { newId } from '../ids.js';
import { generateKey, importPublicKey } from '../keys.js';
import type { KeyPair, Region } from '../model.js';
import type { ActionContext, Handler } from './context.js';
import { checkDryRun, tagSet, tagsFor } from './context.js';

export function keyPairByName(region: Region, name: string): KeyPair | undefined {
  return [...region.keyPairs.values()].find(k => k.name === name);
}

function store(
  ctx: ActionContext,
  name: string,
  key: Omit<KeyPair, 'id' | 'region' | 'visibleAt' | 'name' | 'tags' | 'createTime'>
): KeyPair {
  const { world, region, params } = ctx;
  if (!name || name.length > 255)
    throw new Ec2Error('InvalidParameterValue', 'Key pair name must be 1-255 characters');
  if (keyPairByName(region, name))
    throw new Ec2Error('InvalidKeyPair.Duplicate', `The keypair '${name}' already exists.`);
  const pair = world.born<KeyPair>('key-pair', {
    ...key,
    id: newId('key'),
    region: region.name,
    name,
    tags: tagsFor(params, 'key-pair', ['key-pair']),
    createTime: new Date()
  });
  region.keyPairs.set(pair.id, pair);
  return pair;
}

export const createKeyPair: Handler = ctx => {
  checkDryRun(ctx.params);
  const name = ctx.params.required('KeyName');
  const type = (ctx.params.str('KeyType') ?? 'rsa') as 'rsa' | 'ed25519';
  if (type !== 'rsa' && type !== 'ed25519') {
    throw new Ec2Error('InvalidParameterValue', `Value (${type}) for parameter keyType is invalid.`);
  }
  const format = ctx.params.str('KeyFormat') ?? 'pem';
  if (format !== 'pem')
    throw new Ec2Error('InvalidParameterValue', `Only pem key format is supported here, got ${format}`);
  const key = generateKey(type, name);
  const pair = store(ctx, name, { type, fingerprint: key.fingerprint, publicKey: key.publicKey });
  ctx.world.issuedPrivateKeys.push(key.privateKey);
  return {
    keyName: pair.name,
    keyFingerprint: pair.fingerprint,
    keyMaterial: key.privateKey,
    keyPairId: pair.id,
    tagSet: tagSet(pair.tags)
  };
};

export const importKeyPair: Handler = ctx => {
  checkDryRun(ctx.params);
  const name = ctx.params.required('KeyName');
  const material = Buffer.from(ctx.params.required('PublicKeyMaterial'), 'base64').toString('utf8');
  const imported = importPublicKey(material);
  const pair = store(ctx, name, imported);
  return {
    keyName: pair.name,
    keyFingerprint: pair.fingerprint,
    keyPairId: pair.id,
    tagSet: tagSet(pair.tags)
  };
};

function keyFields(k: KeyPair, name: string) {
  const fields: Record<string, string[]> = {
    'key-name': [k.name],
    'key-pair-id': [k.id],
    fingerprint: [k.fingerprint],
    'key-type': [k.type]
  };
  return fields[name];
}

export const describeKeyPairs: Handler = ({ world, region, params }) => {
  const names = params.list('KeyName');
  const ids = params.list('KeyPairId');
  const visible = [...region.keyPairs.values()].filter(k => world.visible(k));
  let pairs = visible;
  if (names.length || ids.length) {
    pairs = [];
    for (const name of names) {
      const k = visible.find(p => p.name === name);
      if (!k) throw new Ec2Error('InvalidKeyPair.NotFound', `The key pair '${name}' does not exist`);
      pairs.push(k);
    }
    for (const id of ids) pairs.push(world.get(region, 'key-pair', id));
  }
  return {
    keySet: applyFilters(pairs, readFilters(params), keyFields).map(k => ({
      keyPairId: k.id,
      keyName: k.name,
      keyFingerprint: k.fingerprint,
      keyType: k.type,
      createTime: k.createTime,
      publicKey: params.bool('IncludePublicKey') ? k.publicKey : undefined,
      tagSet: tagSet(k.tags)
    }))
  };
};

/** As on AWS, deleting a key pair that does not exist succeeds. */
export const deleteKeyPair: Handler = ({ region, params }) => {
  checkDryRun(params);
  const name = params.str('KeyName');
  const id = params.str('KeyPairId');
  const pair = id ? region.keyPairs.get(id) : name ? keyPairByName(region, name) : undefined;
  if (!name && !id)
    throw new Ec2Error('MissingParameter', 'The request must contain the parameter KeyName or KeyPairId');
  if (pair) region.keyPairs.delete(pair.id);
  return { return: true, keyPairId: pair?.id };
};
