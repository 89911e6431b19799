import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** The layers: which modules only one place may import. */
const LAYER_PATHS = [
  { name: 'ssh2', message: 'Only src/communicator/ may import ssh2.' },
  { name: '@actions/github', message: 'Only src/github/ may import @actions/github.' }
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'build/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: LAYER_PATHS }]
    }
  },
  {
    // A step never imports another step (as in Packer): what two steps share lives in a module
    // of its own beside steps/ (src/builder/*.ts, src/builder/images/).
    files: ['src/builder/steps/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: LAYER_PATHS,
          patterns: [
            {
              group: ['./*', '../steps/*'],
              message:
                'A step never imports another step: move what they share to a module of its own (src/builder/*.ts).'
            }
          ]
        }
      ]
    }
  },
  {
    // Teardown serves the steps and the post step alike: it sits below the builder, never above it.
    files: ['src/cleanup/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: LAYER_PATHS,
          patterns: [
            {
              group: ['../builder/*'],
              message:
                'cleanup/ is used by the builder and must not import it: move what both need below both.'
            }
          ]
        }
      ]
    }
  },
  {
    // One place builds AWS clients (region, endpoint, credentials, retries, request timeouts).
    files: ['src/**'],
    ignores: ['src/aws/**', 'src/communicator/ssh.ts', 'src/github/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'NewExpression[callee.name=/Client$/]',
          message: 'Only src/aws/ builds AWS clients: use the client factory you were handed.'
        }
      ]
    }
  },
  {
    files: ['src/communicator/**', 'src/github/**', 'world/**', '__tests__/**', 'scripts/**'],
    rules: { 'no-restricted-imports': 'off' }
  }
);
