// Secrets: aws_secretsmanager and aws_secretsmanager_raw read through the context (the loader resolves the
// secrets before evaluation); vault and consul_key are Packer functions this action does not support yet,
// refused with what to use instead.
//
// The context's awsSecret(name, key) contract: key undefined is the raw SecretString (aws_secretsmanager_raw);
// '' is Packer's "first secret key" reading (a plaintext secret as it is, else the first value of its JSON);
// any other key is that key of the secret's JSON.

import type { HclFunction, HclFunctionContext } from './types.js';
import { callError, stringParam } from './support.js';

function awsSecret(context: HclFunctionContext, name: string, key: string | undefined): string {
  if (context.awsSecret === undefined)
    throw callError(`cannot read secret ${JSON.stringify(name)}: AWS Secrets Manager is not available here`);
  return context.awsSecret(name, key);
}

const ALTERNATIVE =
  'read the secret from AWS Secrets Manager instead, with the amazon-secretsmanager data source ' +
  '(data "amazon-secretsmanager" "name" { name = "..." key = "..." }) or the aws_secretsmanager function';

export const SECRET_FUNCTIONS: Readonly<Record<string, HclFunction>> = {
  aws_secretsmanager: {
    params: [stringParam('name'), { ...stringParam('key'), allowNull: true }],
    run: ([name, key], context) => awsSecret(context, name as string, (key as string | null) ?? '')
  },
  aws_secretsmanager_raw: {
    params: [stringParam('name')],
    run: ([name], context) => awsSecret(context, name as string, undefined)
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
