/** Sending e-mail over SMTP with nodemailer: one pooled transport per server, from FRONTDESK_SMTP_URL. */
import nodemailer from 'nodemailer';

/** One e-mail, as plain text and HTML. */
export interface Mail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

export interface Mailer {
  /** Resolves once the SMTP server accepted the message; rejects with its reason otherwise. */
  send(mail: Mail): Promise<void>;
  close(): void;
}

/** A mailer for `url` (`smtp://user:pass@host:587`, `smtps://…` for TLS from the start). */
export function createSmtpMailer(options: { url: string; from: string }): Mailer {
  const transport = nodemailer.createTransport(options.url);
  return {
    async send(mail) {
      await transport.sendMail({ from: options.from, ...mail });
    },
    close: () => transport.close(),
  };
}
