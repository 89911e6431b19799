// The temporary credentials the simulated STS hands out, per world: an access key id maps to the
// role and session it was issued for, so every later call can be recorded with the principal that
// made it ("the role's credentials were used for the EC2 calls").
import { randomBytes } from 'node:crypto';
import type { World } from '../ec2/world.js';

export interface StsSession {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  expiration: Date;
  roleArn: string;
  sessionName: string;
  /** arn:aws:sts::<account>:assumed-role/<role name>/<session name> */
  assumedRoleArn: string;
  externalId?: string;
  durationSeconds: number;
  policy?: string;
  policyArns: string[];
  tags: Record<string, string>;
  transitiveTagKeys: string[];
  /** The access key id that asked for this session. */
  issuedTo: string;
}

const sessionsByWorld = new WeakMap<World, Map<string, StsSession>>();

export function sessions(world: World): Map<string, StsSession> {
  let map = sessionsByWorld.get(world);
  if (!map) sessionsByWorld.set(world, (map = new Map()));
  return map;
}

const token = (bytes: number) => randomBytes(bytes).toString('base64url');

export function issueSession(
  world: World,
  fields: Omit<
    StsSession,
    'accessKeyId' | 'secretAccessKey' | 'sessionToken' | 'expiration' | 'assumedRoleArn'
  >,
  account: string
): StsSession {
  const roleName = fields.roleArn.split('/').pop() ?? fields.roleArn;
  const session: StsSession = {
    ...fields,
    accessKeyId: `ASIA${randomBytes(8).toString('hex').toUpperCase()}`,
    secretAccessKey: token(30),
    sessionToken: token(48),
    expiration: new Date(Date.now() + fields.durationSeconds * 1000),
    assumedRoleArn: `arn:aws:sts::${account}:assumed-role/${roleName}/${fields.sessionName}`
  };
  sessions(world).set(session.accessKeyId, session);
  return session;
}
