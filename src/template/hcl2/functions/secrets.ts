// Secrets: aws_secretsmanager and aws_secretsmanager_raw read through the context (the loader resolves the
// secrets before evaluation); vault and consul_key are Packer functions this action does not support yet,
// refused with what to use instead.
//
// The request handed to context.awsSecret: aws_secretsmanager(name, key) asks for { name, key }, with a null
// or empty key as { name, key: null } (Packer reads both as "no key": a one-key JSON secret's only value);
// aws_secretsmanager_raw(name) asks for { name, raw: true }, the whole SecretString.

import type { AwsSecretRequest, HclFunction, HclFunctionContext } from './types.js';
import { callError, stringParam } from './support.js';

function awsSecret(context: HclFunctionContext, request: AwsSecretRequest): string {
  if (context.awsSecret === undefined)
    throw callError(
      `cannot read secret ${JSON.stringify(request.name)}: AWS Secrets Manager is not available here`
    );
  return context.awsSecret(request);
}

const ALTERNATIVE =
  'read the secret from AWS Secrets Manager instead, with the amazon-secretsmanager data source ' +
  '(data "amazon-secretsmanager" "name" { name = "..." key = "..." }) or the aws_secretsmanager function';

export const SECRET_FUNCTIONS: Readonly<Record<string, HclFunction>> = {
  aws_secretsmanager: {
    params: [stringParam('name'), { ...stringParam('key'), allowNull: true }],
    run: ([name, key], context) =>
      awsSecret(context, { name: name as string, key: key === '' ? null : (key as string | null) })
  },
  aws_secretsmanager_raw: {
    params: [stringParam('name')],
    run: ([name], context) => awsSecret(context, { name: name as string, raw: true })
  },
  vault: {
    params: [stringParam('path'), stringParam('key')],
    run: () => {
      throw callError(`HashiCorp Vault is not supported yet; ${ALTERNATIVE}`);
    }
  },
  consul_key: {
    params: [stringParam('key')],
    run: () => {
      throw callError(`Consul is not supported yet; ${ALTERNATIVE}`);
    }
  }
};
