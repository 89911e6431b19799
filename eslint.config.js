import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'build/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'ssh2', message: 'Only src/communicator/ssh.ts may import ssh2.' },
            { name: '@actions/github', message: 'Only src/github/ may import @actions/github.' }
          ]
        }
      ]
    }
  },
  {
    files: ['src/communicator/ssh.ts', 'src/github/**', 'world/**', '__tests__/**', 'scripts/**'],
    rules: { 'no-restricted-imports': 'off' }
  }
);
