import { describe, expect, it } from 'vitest';
import { toMrkdwn } from './mrkdwn.js';

describe('toMrkdwn', () => {
  it('turns bold, italics and strike-through into Slack marks', () => {
    expect(toMrkdwn('**bold**, __also bold__, *italic*, _italic_ and ~~gone~~')).toBe(
      '*bold*, *also bold*, _italic_, _italic_ and ~gone~',
    );
  });

  it('turns links into Slack links and drops unsafe schemes', () => {
    expect(toMrkdwn('[Docs](https://example.com/a?b=1) or [mail](mailto:help@example.com)')).toBe(
      '<https://example.com/a?b=1|Docs> or <mailto:help@example.com|mail>',
    );
    expect(toMrkdwn('[click](javascript:alert(1))')).not.toContain('<javascript');
  });

  it('turns headings into bold lines and bullets into dots, keeping numbered lists', () => {
    expect(toMrkdwn('## Steps\n- one\n* two\n1. first')).toBe('*Steps*\n• one\n• two\n1. first');
  });

  it('leaves code alone and escapes Slack control characters in text', () => {
    expect(toMrkdwn('Use `**not bold**` & <b>')).toBe('Use `**not bold**` &amp; &lt;b&gt;');
    expect(toMrkdwn('```ts\nconst a = **b**;\n```')).toBe('```const a = **b**;\n```');
  });

  it('does not let a user mention or channel ping through', () => {
    expect(toMrkdwn('<!channel> <@U123>')).toBe('&lt;!channel&gt; &lt;@U123&gt;');
  });
});
