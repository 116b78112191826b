// A real SMTP server on 127.0.0.1 (the smtp-server library) that parses what it receives with mailparser.
import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface FakeSmtpServer {
  /** `smtp://127.0.0.1:PORT` for FRONTDESK_SMTP_URL. */
  url: string;
  received: ParsedMail[];
  /** The next `times` messages are refused with a temporary 451, as a busy server does. */
  refuseNext(times?: number): void;
  /** How many messages were refused. */
  refused(): number;
  waitFor<T>(check: () => T | undefined | false, timeoutMs?: number): Promise<T>;
  close(): Promise<void>;
}

export async function startFakeSmtpServer(): Promise<FakeSmtpServer> {
  const received: ParsedMail[] = [];
  let refusals = 0;
  let refusedCount = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          if (refusals > 0) {
            refusals -= 1;
            refusedCount += 1;
            const error = Object.assign(new Error('Try again later'), { responseCode: 451 });
            return callback(error);
          }
          received.push(mail);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refuseNext(times = 1) {
      refusals += times;
    },
    refused: () => refusedCount,
    async waitFor(check, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const result = check();
        if (result) return result;
        if (Date.now() > deadline)
          throw new Error(`Timed out; the SMTP server got ${received.length} messages`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
