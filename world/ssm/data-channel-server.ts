// The agent's end of Session Manager data channels, on the simulator's HTTP port: the client
// opens the session's StreamUrl, sends its OpenDataChannel token as a text frame, answers the
// agent's HandshakeRequest, and then its input_stream_data payloads are bridged to the port the
// session named on the instance's sshd (the instance's loopback address), and what sshd sends
// comes back as output_stream_data. Every stream message is acknowledged and delivered in
// sequence order, as the agent does.
import type { IncomingMessage, Server } from 'node:http';
import { connect } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket, type RawData } from 'ws';
import type { World } from '../ec2/world.js';
import { ackFor, readFrame, writeFrame, type Frame } from './frame.js';
import { endSession, ssmSessions, type SsmSession } from './sessions.js';

export const AGENT_VERSION = '3.3.40.0';
const PATH = /^\/_sim\/ssm\/data-channel\/([^/?]+)/;
const OUTPUT = 1;
const HANDSHAKE_REQUEST = 5;
const HANDSHAKE_RESPONSE = 6;
const HANDSHAKE_COMPLETE = 7;
const FLAG = 10;
const DISCONNECT_TO_PORT = 1;
const TERMINATE_SESSION = 2;
const CONNECT_TO_PORT_ERROR = 3;

/** Serves data channels for the world `world()` returns at the moment a client connects. */
export function attachDataChannels(server: Server, world: () => World): WebSocketServer {
  const wss = new WebSocketServer({ noServer: true });
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const match = PATH.exec(req.url ?? '');
    const session = match ? ssmSessions(world()).get(decodeURIComponent(match[1])) : undefined;
    if (!session || session.status !== 'Connected') {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, ws => serve(world(), session, ws));
  });
  return wss;
}

function serve(world: World, session: SsmSession, ws: WebSocket): void {
  session.channel?.terminate();
  session.channel = ws;
  let opened = false;
  let outSeq = 0n;
  let expected = 0n;
  const held = new Map<bigint, Frame>();
  const send = (payloadType: number, payload: Buffer) =>
    ws.send(
      writeFrame({
        messageType: 'output_stream_data',
        sequenceNumber: outSeq++,
        flags: 0n,
        payloadType,
        payload
      })
    );
  const flag = (value: number) => {
    const payload = Buffer.alloc(4);
    payload.writeUInt32BE(value);
    send(FLAG, payload);
  };
  const portNumber = Number(session.parameters.portNumber?.[0] ?? '22');

  const openPort = () => {
    const instance = world.region(session.region)?.instances.get(session.target);
    const host = instance?.host;
    if (!host || instance.state !== 'running') {
      flag(CONNECT_TO_PORT_ERROR);
      return;
    }
    // The agent connects to localhost:portNumber on the instance; the instance's sshd answers on
    // its own loopback address.
    const socket = connect({ host: host.address, port: portNumber === 22 ? host.port : portNumber });
    session.socket = socket;
    socket.on('data', (data: Buffer) => {
      session.bytesFromInstance += data.length;
      for (let at = 0; at < data.length; at += 1024) send(OUTPUT, data.subarray(at, at + 1024));
    });
    socket.on('error', () => flag(CONNECT_TO_PORT_ERROR));
    socket.on('close', () => {
      if (session.socket === socket) session.socket = undefined;
      if (ws.readyState === ws.OPEN) {
        ws.send(
          writeFrame({
            messageType: 'channel_closed',
            sequenceNumber: 0n,
            flags: 0n,
            payloadType: 0,
            payload: Buffer.from(
              JSON.stringify({
                MessageType: 'channel_closed',
                SessionId: session.id,
                DestinationId: session.target,
                SchemaVersion: 1,
                CreatedDate: new Date().toISOString(),
                Output: ''
              })
            )
          })
        );
        ws.close(1000);
      }
    });
  };

  const deliver = (frame: Frame) => {
    expected = frame.sequenceNumber + 1n;
    switch (frame.payloadType) {
      case HANDSHAKE_RESPONSE: {
        const response = JSON.parse(frame.payload.toString('utf8')) as {
          ClientVersion?: string;
          ProcessedClientActions?: { ActionType: string; ActionStatus: number }[];
        };
        session.clientVersion = response.ClientVersion;
        const accepted = response.ProcessedClientActions?.some(
          a => a.ActionType === 'SessionType' && a.ActionStatus === 1
        );
        if (!accepted) {
          ws.close(1008, 'the client did not accept the session type');
          return;
        }
        send(
          HANDSHAKE_COMPLETE,
          Buffer.from(JSON.stringify({ HandshakeTimeToComplete: 1_000_000, CustomerMessage: '' }))
        );
        openPort();
        return;
      }
      case OUTPUT:
        session.bytesToInstance += frame.payload.length;
        session.socket?.write(frame.payload);
        return;
      case FLAG: {
        const value = frame.payload.readUInt32BE(0);
        if (value === DISCONNECT_TO_PORT) session.socket?.end();
        if (value === TERMINATE_SESSION) endSession(session, 'terminated by the client');
        return;
      }
    }
  };

  ws.on('message', (data: RawData, isBinary: boolean) => {
    if (!isBinary) {
      if (opened) return;
      const input = JSON.parse(String(data)) as { TokenValue?: string };
      if (input.TokenValue !== session.token) {
        ws.close(1008, 'invalid token');
        return;
      }
      opened = true;
      send(
        HANDSHAKE_REQUEST,
        Buffer.from(
          JSON.stringify({
            AgentVersion: AGENT_VERSION,
            RequestedClientActions: [
              {
                ActionType: 'SessionType',
                ActionParameters: {
                  SessionType: 'Port',
                  Properties: { portNumber: String(portNumber), type: 'LocalPortForwarding' }
                }
              }
            ]
          })
        )
      );
      return;
    }
    if (!opened) {
      ws.close(1008, 'data before the token');
      return;
    }
    let frame: Frame;
    try {
      frame = readFrame(Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as Buffer));
    } catch (error) {
      ws.close(1002, (error as Error).message.slice(0, 100));
      return;
    }
    if (frame.messageType === 'acknowledge') {
      session.acksFromClient++;
      return;
    }
    if (frame.messageType !== 'input_stream_data') return;
    ws.send(ackFor(frame));
    if (frame.sequenceNumber < expected) return;
    if (frame.sequenceNumber > expected) {
      held.set(frame.sequenceNumber, frame);
      return;
    }
    deliver(frame);
    for (let next = held.get(expected); next; next = held.get(expected)) {
      held.delete(next.sequenceNumber);
      deliver(next);
    }
  });
  ws.on('close', () => {
    if (session.channel === ws) session.channel = undefined;
    session.socket?.destroy();
  });
  ws.on('error', () => ws.terminate());
}
