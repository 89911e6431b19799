// Secrets Manager as the one endpoint serves it: AWS JSON 1.1, `X-Amz-Target: secretsmanager.<Action>`.
import type { JsonService } from '../aws-json/protocol.js';
import { SECRETS_MANAGER_ACTIONS } from './actions.js';

export const SECRETS_MANAGER: JsonService = {
  name: 'secretsmanager',
  targetPrefix: 'secretsmanager',
  // Secrets Manager spells its errors' message member with a capital M.
  messageKey: 'Message',
  actions: SECRETS_MANAGER_ACTIONS,
  // Secret values never reach the call log.
  redact: (_action, input) => {
    const kept = { ...input };
    if ('SecretString' in kept) kept.SecretString = '(redacted)';
    if ('SecretBinary' in kept) kept.SecretBinary = '(redacted)';
    return kept;
  }
};
