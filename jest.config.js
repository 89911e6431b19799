/** Jest runs the TypeScript sources as ES modules (ts-jest, isolatedModules for speed). */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  // The fault suite is long; it has its own command (npm run test:faults), which CI also runs.
  testPathIgnorePatterns: ['/node_modules/', ...(process.env.BUILD_AMI_FAULTS ? [] : ['/__tests__/faults/'])],
  testTimeout: 120000,
  maxWorkers: 2,
  reporters: [
    'default',
    '<rootDir>/scripts/summary-reporter.cjs',
    '<rootDir>/scripts/fault-summary-reporter.mjs'
  ],
  collectCoverageFrom: ['src/**/*.ts']
};
