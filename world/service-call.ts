// One request to the simulator, as the server sees it whatever the protocol: which service and
// action it names, what to record of it, how to run it and how to write its answer or its error.
// EC2's Query protocol (world/ec2/ec2-call.ts) and AWS JSON 1.1 (world/aws-json/json-call.ts) each
// make one, so faults, the call log, credentials and regions are handled once, in server.ts.
import type { World } from './ec2/world.js';
import type { ServiceError } from './service-error.js';

export interface CallContext {
  world: World;
  region: string;
  account: string;
  requestId: string;
}

export interface ServiceCall {
  /** `ec2`, `ssm`, `secretsmanager`: the call log's service. */
  readonly service: string;
  readonly action: string;
  /** The request as the call log keeps it. */
  readonly params: Record<string, unknown>;
  /** Answered before anything else: an action the service does not have, a body it cannot read. */
  readonly invalid?: ServiceError;
  /** The error for a request that carries no credentials. */
  noCredentials(): ServiceError;
  /** The error for a region the world does not have. */
  unknownRegion(region: string): ServiceError;
  /** An injected fault's error, in this protocol's terms (EC2's RequestLimitExceeded is SSM's ThrottlingException). */
  faultError(code: string, message: string, status?: number): ServiceError;
  /** Runs the action: the answer's body, or a ServiceError thrown. */
  run(ctx: CallContext): Promise<string>;
  errorBody(error: ServiceError, requestId: string): string;
  /** Headers of every answer: content type, request id, server. */
  headers(requestId: string): Record<string, string>;
}
