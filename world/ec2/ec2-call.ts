// An EC2 Query request (form-encoded `Action=...&...`, answered in XML) as a ServiceCall.
import type { IncomingMessage } from 'node:http';
import type { ServiceCall } from '../service-call.js';
import { ACTIONS } from './actions/index.js';
import { Ec2Error } from './errors.js';
import { Params, parseQuery } from './query.js';
import { errorXml, responseXml } from './xml.js';

export function ec2Call(req: IncomingMessage, url: URL, body: string): ServiceCall {
  const params = parseQuery(req.method === 'GET' ? url.search.slice(1) : body);
  const action = typeof params.Action === 'string' ? params.Action : '';
  const handler = ACTIONS[action] as (typeof ACTIONS)[string] | undefined;
  return {
    service: 'ec2',
    action,
    params,
    invalid: handler
      ? undefined
      : new Ec2Error('InvalidAction', `The action ${action || '(none)'} is not valid for this web service.`),
    noCredentials: () =>
      new Ec2Error('AuthFailure', 'AWS was not able to validate the provided access credentials', 401),
    unknownRegion: region =>
      new Ec2Error(
        'AuthFailure',
        `AWS was not able to validate the provided access credentials (unknown region ${region})`,
        401
      ),
    faultError: (code, message, status) => new Ec2Error(code, message, status),
    async run({ world, region, account, requestId }) {
      const result = await handler!({
        world,
        region: world.region(region)!,
        params: new Params(params),
        requestId,
        account
      });
      return responseXml(action, requestId, result);
    },
    errorBody: (error, requestId) => errorXml(error.code, error.message, requestId),
    headers: () => ({ 'Content-Type': 'text/xml;charset=UTF-8', Server: 'AmazonEC2' })
  };
}
