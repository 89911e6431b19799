import { writeSummary } from '../../src/github/summary.js';

describe('writeSummary', () => {
  it('appends the markdown and a blank line, so the next report starts on its own', async () => {
    const written: string[] = [];

    const result = await writeSummary('## done', markdown => written.push(markdown));

    expect(result).toEqual({ written: true });
    expect(written).toEqual(['## done\n\n']);
  });

  it('returns why the summary could not be written instead of failing the build', async () => {
    const result = await writeSummary('## done', async () => {
      throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY');
    });

    expect(result).toEqual({
      written: false,
      reason:
        'the job summary could not be written: Unable to find environment variable for $GITHUB_STEP_SUMMARY'
    });
  });
});
