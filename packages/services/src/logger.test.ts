import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.js';

describe('createLogger', () => {
  it('redacts authorization headers, tokens, passwords and secrets', () => {
    const lines: string[] = [];
    const logger = createLogger({ destination: { write: (line: string) => lines.push(line) } });
    logger.info(
      {
        headers: { authorization: 'Bearer fd_abc' },
        request: { headers: { authorization: 'Bearer fd_def' } },
        token: 'fd_ghi',
        integration: { password: 'hunter2', secret: 's3cret' },
        deep: { nested: { token: 'fd_jkl' } },
        keep: 'visible',
      },
      'hello',
    );
    const line = lines.join('');
    for (const secret of ['fd_abc', 'fd_def', 'fd_ghi', 'hunter2', 's3cret', 'fd_jkl']) {
      expect(line).not.toContain(secret);
    }
    expect(line).toContain('visible');
    expect(line).toContain('[redacted]');
  });
});
