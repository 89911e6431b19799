// A channel is one SSM parameter per region, of data type aws:ec2:image. Reading it is its whole
// history (GetParameterHistory, at most 100 versions, 50 a page): the current value, what each version
// recorded about itself, and what came before. Writing it is a PutParameter and then a wait: Parameter
// Store checks an aws:ec2:image value after answering, and a value that fails the check never becomes
// a version, so the channel has moved only once the new version can be read.
import {
  GetParameterCommand,
  GetParameterHistoryCommand,
  PutParameterCommand,
  type SSMClient
} from '@aws-sdk/client-ssm';
import { errorCode } from '../aws/errors.js';
import { sleep as realSleep, type Sleep } from '../aws/retry.js';
import { AwsOperationError } from '../errors.js';
import { readRecord, recordDescription, type ChannelRecord } from './record.js';

export const IMAGE_DATA_TYPE = 'aws:ec2:image';

export interface ChannelVersion {
  version: number;
  value: string;
  dataType?: string;
  /** What build-ami recorded with this value; undefined for a value written some other way. */
  record?: ChannelRecord;
  modified?: Date;
}

export interface ChannelState {
  name: string;
  region: string;
  /** Oldest first; empty when the parameter does not exist. */
  versions: ChannelVersion[];
  current?: ChannelVersion;
}

const hint = (action: string, name: string, region: string) =>
  `Allow ssm:${action} on arn:aws:ssm:${region}:<account>:parameter${name.startsWith('/') ? '' : '/'}${name}`;

const denied = (error: unknown) => /AccessDenied|UnauthorizedOperation/.test(errorCode(error) ?? '');

export async function readChannel(ssm: SSMClient, name: string, region: string): Promise<ChannelState> {
  const versions: ChannelVersion[] = [];
  let token: string | undefined;
  try {
    do {
      const page = await ssm.send(
        new GetParameterHistoryCommand({ Name: name, MaxResults: 50, NextToken: token })
      );
      for (const p of page.Parameters ?? []) {
        versions.push({
          version: Number(p.Version ?? 0),
          value: p.Value ?? '',
          dataType: p.DataType,
          record: readRecord(p.Description, p.Value ?? ''),
          modified: p.LastModifiedDate
        });
      }
      token = page.NextToken;
    } while (token);
  } catch (error) {
    if (errorCode(error) === 'ParameterNotFound') return { name, region, versions: [] };
    throw new AwsOperationError({
      operation: 'GetParameterHistory',
      doing: `reading channel ${name} in ${region}`,
      resource: name,
      cause: error,
      hint: denied(error) ? hint('GetParameterHistory', name, region) : undefined
    });
  }
  versions.sort((a, b) => a.version - b.version);
  return { name, region, versions, current: versions.at(-1) };
}

export interface WriteOptions {
  sleep?: Sleep;
  /** How long to wait for Parameter Store to accept the value; default 2 minutes. */
  timeoutMs?: number;
  now?: () => number;
}

/** Writes `record.ami` as the channel's new value and returns its version once it can be read. */
export async function writeChannel(
  ssm: SSMClient,
  channel: { name: string; region: string; existing?: ChannelState },
  record: ChannelRecord,
  options: WriteOptions = {}
): Promise<number> {
  const { name, region } = channel;
  const dataType = channel.existing?.current?.dataType;
  if (dataType && dataType !== IMAGE_DATA_TYPE) {
    throw new AwsOperationError({
      operation: 'PutParameter',
      doing: `pointing channel ${name} in ${region} at ${record.ami}`,
      resource: name,
      hint: `The parameter exists with data type ${dataType}, and Parameter Store cannot change a parameter's data type: a channel is an ${IMAGE_DATA_TYPE} parameter (so EC2 checks its value and launch templates can use resolve:ssm:${name}). Delete the parameter or choose another name`
    });
  }
  const { Version } = await ssm
    .send(
      new PutParameterCommand({
        Name: name,
        Value: record.ami,
        Type: 'String',
        DataType: IMAGE_DATA_TYPE,
        Overwrite: true,
        Description: recordDescription(record)
      })
    )
    .catch(error => {
      throw new AwsOperationError({
        operation: 'PutParameter',
        doing: `pointing channel ${name} in ${region} at ${record.ami}`,
        resource: name,
        cause: error,
        hint: denied(error) ? hint('PutParameter', name, region) : undefined
      });
    });
  const version = Number(Version);
  await waitForVersion(ssm, { name, region, version, ami: record.ami }, options);
  return version;
}

async function waitForVersion(
  ssm: SSMClient,
  target: { name: string; region: string; version: number; ami: string },
  options: WriteOptions
): Promise<void> {
  const pause = options.sleep ?? realSleep;
  const now = options.now ?? Date.now;
  const deadline = now() + (options.timeoutMs ?? 120_000);
  for (let delay = 200; ; delay = Math.min(delay * 2, 2000)) {
    try {
      const { Parameter } = await ssm.send(
        new GetParameterCommand({ Name: `${target.name}:${target.version}` })
      );
      if (Parameter?.Value === target.ami) return;
    } catch (error) {
      const code = errorCode(error);
      if (code !== 'ParameterVersionNotFound' && code !== 'ParameterNotFound') {
        throw new AwsOperationError({
          operation: 'GetParameter',
          doing: `checking that channel ${target.name} in ${target.region} took version ${target.version}`,
          resource: target.name,
          cause: error,
          hint: denied(error) ? hint('GetParameter', target.name, target.region) : undefined
        });
      }
    }
    if (now() >= deadline) {
      throw new AwsOperationError({
        operation: 'PutParameter',
        doing: `pointing channel ${target.name} in ${target.region} at ${target.ami}: version ${target.version} never appeared`,
        resource: target.name,
        hint: `Parameter Store checks an ${IMAGE_DATA_TYPE} value after accepting the call and drops it if the image does not exist in ${target.region} or the account cannot use it (EventBridge reports why)`
      });
    }
    await pause(delay);
  }
}
