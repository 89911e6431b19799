// STS's Query API (form-encoded `Action=AssumeRole&...`, answered in XML) as a ServiceCall. It is
// served on the simulator's one endpoint: a Query request whose Action is an STS action is STS's
// (EC2 has no action of those names). AssumeRole hands out temporary credentials mapped to the
// role (sessions.ts); GetCallerIdentity says who a key belongs to.
import type { CallContext, ServiceCall } from '../service-call.js';
import { defaultStatus, ServiceError } from '../service-error.js';
import type { QueryObject, QueryValue } from '../ec2/query.js';
import { escapeXml } from '../ec2/xml.js';
import { issueSession, sessions } from './sessions.js';

const NAMESPACE = 'https://sts.amazonaws.com/doc/2011-06-15/';

export const STS_ACTIONS = ['AssumeRole', 'GetCallerIdentity'] as const;

export const isStsAction = (action: unknown): boolean =>
  typeof action === 'string' && (STS_ACTIONS as readonly string[]).includes(action);

class StsError extends ServiceError {
  constructor(code: string, message: string, status = defaultStatus(code)) {
    super(code, message, status);
  }
}

/** `Name.member.N` (and a bare `Name.N`) as a list. */
function members(value: QueryValue | undefined): QueryValue[] {
  if (value === undefined || typeof value === 'string') return [];
  if (Array.isArray(value)) return value;
  return members((value as QueryObject).member);
}

const str = (value: QueryValue | undefined) => (typeof value === 'string' ? value : undefined);

function render(fields: Record<string, string | number | undefined>): string {
  return Object.entries(fields)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `<${k}>${escapeXml(String(v))}</${k}>`)
    .join('');
}

function answer(action: string, requestId: string, result: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<${action}Response xmlns="${NAMESPACE}">` +
    `<${action}Result>${result}</${action}Result>` +
    `<ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></${action}Response>`
  );
}

function assumeRole(params: QueryObject, ctx: CallContext, callerKey: string): string {
  const roleArn = str(params.RoleArn);
  const sessionName = str(params.RoleSessionName);
  if (!roleArn || !/^arn:aws[a-z-]*:iam::\d{12}:role\/.+/.test(roleArn))
    throw new StsError('ValidationError', `${roleArn ?? '(none)'} is invalid`);
  if (!sessionName || !/^[\w+=,.@-]{2,64}$/.test(sessionName))
    throw new StsError('ValidationError', "1 validation error detected: Value at 'roleSessionName' failed");
  const durationSeconds = Number(str(params.DurationSeconds) ?? 3600);
  if (!Number.isInteger(durationSeconds) || durationSeconds < 900 || durationSeconds > 43200)
    throw new StsError(
      'ValidationError',
      "1 validation error detected: Value at 'durationSeconds' failed to satisfy constraint: " +
        'Member must have value between 900 and 43200'
    );
  const tags: Record<string, string> = {};
  for (const tag of members(params.Tags)) {
    const t = tag as QueryObject;
    if (str(t.Key) !== undefined) tags[str(t.Key)!] = str(t.Value) ?? '';
  }
  const session = issueSession(
    ctx.world,
    {
      roleArn,
      sessionName,
      externalId: str(params.ExternalId),
      durationSeconds,
      policy: str(params.Policy),
      policyArns: members(params.PolicyArns)
        .map(p => str((p as QueryObject).arn))
        .filter((a): a is string => a !== undefined),
      tags,
      transitiveTagKeys: members(params.TransitiveTagKeys).map(k => String(k)),
      issuedTo: callerKey
    },
    ctx.account
  );
  const roleName = roleArn.split('/').pop();
  return (
    `<Credentials>${render({
      AccessKeyId: session.accessKeyId,
      SecretAccessKey: session.secretAccessKey,
      SessionToken: session.sessionToken,
      Expiration: session.expiration.toISOString()
    })}</Credentials>` +
    `<AssumedRoleUser>${render({
      AssumedRoleId: `AROA${roleName
        ?.toUpperCase()
        .replace(/[^A-Z0-9]/g, '')
        .slice(0, 16)}:${sessionName}`,
      Arn: session.assumedRoleArn
    })}</AssumedRoleUser>` +
    render({ PackedPolicySize: session.policy || session.policyArns.length ? 6 : undefined })
  );
}

export function stsCall(params: QueryObject, callerKey: string): ServiceCall {
  const action = str(params.Action) ?? '';
  return {
    service: 'sts',
    action,
    params,
    noCredentials: () =>
      new StsError('MissingAuthenticationToken', 'Request is missing Authentication Token', 403),
    unknownRegion: region =>
      new StsError('InvalidClientTokenId', `STS is not activated in region ${region}`, 403),
    faultError: (code, message, status) => new StsError(code, message, status),
    async run(ctx) {
      if (action === 'AssumeRole') return answer(action, ctx.requestId, assumeRole(params, ctx, callerKey));
      const session = sessions(ctx.world).get(callerKey);
      return answer(
        action,
        ctx.requestId,
        render({
          UserId: session ? `AROA:${session.sessionName}` : callerKey,
          Account: ctx.account,
          Arn: session?.assumedRoleArn ?? `arn:aws:iam::${ctx.account}:user/simulated`
        })
      );
    },
    errorBody: (error, requestId) =>
      `<?xml version="1.0" encoding="UTF-8"?>\n<ErrorResponse xmlns="${NAMESPACE}"><Error><Type>Sender</Type>` +
      `<Code>${escapeXml(error.code)}</Code><Message>${escapeXml(error.message)}</Message></Error>` +
      `<RequestId>${requestId}</RequestId></ErrorResponse>`,
    headers: requestId => ({ 'Content-Type': 'text/xml', 'x-amzn-RequestId': requestId })
  };
}
