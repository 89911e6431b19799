// Session Manager sessions: StartSession, ResumeSession and TerminateSession as the simulator
// serves them. A session targets a running instance that has an instance profile (the agent
// registers with Systems Manager through it; without one, AWS answers TargetNotConnected). Its
// StreamUrl is a websocket on the simulator's own port, served by data-channel-server.ts.
import { randomBytes } from 'node:crypto';
import type { Socket } from 'node:net';
import type { WebSocket } from 'ws';
import { JsonServiceError, validation, type JsonHandler } from '../aws-json/protocol.js';
import type { World } from '../ec2/world.js';

export interface SsmSession {
  id: string;
  target: string;
  region: string;
  documentName: string;
  parameters: Record<string, string[]>;
  token: string;
  status: 'Connected' | 'Terminated';
  startedAt: Date;
  terminatedAt?: Date;
  /** Bytes carried each way over the port-forwarding stream. */
  bytesToInstance: number;
  bytesFromInstance: number;
  /** Acknowledgements the client sent for the agent's stream messages. */
  acksFromClient: number;
  /** The ClientVersion of the client's HandshakeResponse. */
  clientVersion?: string;
  channel?: WebSocket;
  socket?: Socket;
}

const sessionsByWorld = new WeakMap<World, Map<string, SsmSession>>();
const streamBases = new WeakMap<World, string>();

export function ssmSessions(world: World): Map<string, SsmSession> {
  let sessions = sessionsByWorld.get(world);
  if (!sessions) sessionsByWorld.set(world, (sessions = new Map()));
  return sessions;
}

/** Where this world's data channels are served: `ws://127.0.0.1:<port>`. */
export function bindDataChannelBase(world: World, base: string): void {
  streamBases.set(world, base);
}

export const PORT_FORWARDING_DOCUMENT = 'AWS-StartPortForwardingSession';

function streamUrl(world: World, session: SsmSession): string {
  const base = streamBases.get(world);
  if (!base) throw new JsonServiceError('InternalServerError', 'the data channel endpoint is not running');
  return `${base}/_sim/ssm/data-channel/${session.id}?role=publish_subscribe`;
}

const newToken = () => randomBytes(48).toString('base64url');

const startSession: JsonHandler = ({ world, region, input }) => {
  const target = input.required('Target');
  const documentName = input.string('DocumentName') ?? 'SSM-SessionManagerRunShell';
  if (documentName !== PORT_FORWARDING_DOCUMENT) {
    throw validation(`the simulator serves only ${PORT_FORWARDING_DOCUMENT} sessions, not ${documentName}`);
  }
  const rawParameters = (input.raw.Parameters ?? {}) as Record<string, unknown>;
  const parameters: Record<string, string[]> = {};
  for (const [name, values] of Object.entries(rawParameters)) {
    if (!Array.isArray(values) || values.some(v => typeof v !== 'string')) {
      throw validation(`Parameters.${name} must be a list of strings`);
    }
    parameters[name] = values as string[];
  }
  const instance = world.region(region)?.instances.get(target);
  if (!instance || instance.state !== 'running' || !instance.iamInstanceProfile) {
    throw new JsonServiceError('TargetNotConnected', `${target} is not connected.`);
  }
  const session: SsmSession = {
    id: `simulator-${randomBytes(9).toString('hex').slice(0, 17)}`,
    target,
    region,
    documentName,
    parameters,
    token: newToken(),
    status: 'Connected',
    startedAt: new Date(),
    bytesToInstance: 0,
    bytesFromInstance: 0,
    acksFromClient: 0
  };
  ssmSessions(world).set(session.id, session);
  return { SessionId: session.id, TokenValue: session.token, StreamUrl: streamUrl(world, session) };
};

const resumeSession: JsonHandler = ({ world, input }) => {
  const id = input.required('SessionId');
  const session = ssmSessions(world).get(id);
  if (!session || session.status !== 'Connected') {
    throw new JsonServiceError('DoesNotExistException', `Session ${id} does not exist.`);
  }
  session.token = newToken();
  return { SessionId: id, TokenValue: session.token, StreamUrl: streamUrl(world, session) };
};

export function endSession(session: SsmSession, reason: string): void {
  if (session.status === 'Terminated') return;
  session.status = 'Terminated';
  session.terminatedAt = new Date();
  session.socket?.destroy();
  session.channel?.close(1000, reason);
}

const terminateSession: JsonHandler = ({ world, input }) => {
  const id = input.required('SessionId');
  const session = ssmSessions(world).get(id);
  if (session) endSession(session, 'session terminated');
  return { SessionId: id };
};

export const SESSION_ACTIONS: Readonly<Record<string, JsonHandler>> = {
  StartSession: startSession,
  ResumeSession: resumeSession,
  TerminateSession: terminateSession
};
