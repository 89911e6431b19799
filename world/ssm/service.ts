// Parameter Store as the one endpoint serves it: AWS JSON 1.1, `X-Amz-Target: AmazonSSM.<Action>`.
import type { JsonService } from '../aws-json/protocol.js';
import { SSM_ACTIONS } from './actions.js';

export const SSM: JsonService = {
  name: 'ssm',
  targetPrefix: 'AmazonSSM',
  messageKey: 'message',
  actions: SSM_ACTIONS,
  // A SecureString's value never reaches the call log (an overwrite without Type may be one too).
  redact: (action, input) =>
    action === 'PutParameter' && input.Type !== 'String' && input.Type !== 'StringList' && 'Value' in input
      ? { ...input, Value: '(redacted)' }
      : input
};
