// An AWS JSON 1.1 request (`X-Amz-Target: AmazonSSM.GetParameter`, a JSON body) as a ServiceCall,
// for the services registered in JSON_SERVICES.
import { ECR } from '../ecr/service.js';
import { SECRETS_MANAGER } from '../secretsmanager/service.js';
import type { ServiceError } from '../service-error.js';
import type { ServiceCall } from '../service-call.js';
import { SSM } from '../ssm/service.js';
import { errorBody, JsonInput, JsonServiceError, toWire, type JsonService } from './protocol.js';

export const JSON_SERVICES: readonly JsonService[] = [SSM, SECRETS_MANAGER, ECR];

export function jsonCall(target: string, body: string): ServiceCall {
  const dot = target.lastIndexOf('.');
  const prefix = target.slice(0, dot);
  const action = target.slice(dot + 1);
  const service = JSON_SERVICES.find(s => s.targetPrefix === prefix);
  let input: JsonInput | undefined;
  let invalid: ServiceError | undefined;
  try {
    input = JsonInput.parse(body);
  } catch (error) {
    invalid = error as JsonServiceError;
  }
  const handler = service?.actions[action];
  if (!handler) invalid = new JsonServiceError('UnknownOperationException', undefined);
  const raw = input?.raw ?? {};
  const describe: JsonService = service ?? {
    name: prefix.toLowerCase() || 'unknown',
    targetPrefix: prefix,
    messageKey: 'message',
    actions: {}
  };
  return {
    service: describe.name,
    action,
    params: describe.redact ? describe.redact(action, raw) : raw,
    invalid,
    noCredentials: () =>
      new JsonServiceError('MissingAuthenticationTokenException', 'Missing Authentication Token'),
    unknownRegion: () =>
      new JsonServiceError(
        'UnrecognizedClientException',
        'The security token included in the request is invalid.'
      ),
    faultError(code, message, status) {
      if (code === 'RequestLimitExceeded')
        return new JsonServiceError('ThrottlingException', 'Rate exceeded', 400);
      return new JsonServiceError(code, message, status);
    },
    async run({ world, region, account, requestId }) {
      const result = await handler!({ world, region, account, input: input!, requestId });
      return JSON.stringify(toWire(result));
    },
    errorBody: error => errorBody(describe, error),
    headers: requestId => ({ 'Content-Type': 'application/x-amz-json-1.1', 'x-amzn-RequestId': requestId })
  };
}
