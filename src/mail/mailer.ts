import nodemailer from 'nodemailer';

export interface Mail {
  to: string;
  subject: string;
  text: string;
  language: string;
  /** What the message is for (e.g. `password-reset`), for the log. */
  kind?: string;
  /** The link the message carries, if any, for the log when no SMTP server is set. */
  link?: string;
  /** Files sent with the message (a meeting invitation's .ics). */
  attachments?: MailAttachment[];
}

export interface MailAttachment {
  filename: string;
  content: string;
  /** e.g. `text/calendar; charset=utf-8; method=REQUEST` */
  contentType: string;
}

/** What became of a message: handed to the SMTP server (with the id it was given), or only logged. */
export interface MailReceipt {
  delivered: boolean;
  messageId?: string;
}

/** Where a mail is logged when there is no SMTP server: a structured logger (pino's shape). */
export interface MailLog {
  info(fields: Record<string, unknown>, message: string): void;
}

/** What is logged of a mail: structured fields only, never its text (which holds names people typed). */
export function mailLogFields(mail: Mail): Record<string, unknown> {
  return {
    event: 'mail',
    sent: false,
    kind: mail.kind,
    to: mail.to,
    language: mail.language,
    link: mail.link,
  };
}

// Without a logger: one JSON line on standard error, so nothing in a mail can start a line of its own.
const stderrLog: MailLog = {
  info(fields, message) {
    process.stderr.write(`${JSON.stringify({ time: Date.now(), ...fields, msg: message })}\n`);
  },
};

export interface Mailer {
  /** Sends the message; answers what became of it (a mailer that answers nothing delivered it). */
  send(mail: Mail): Promise<MailReceipt | undefined>;
  /** The sender it writes from (`Jumelage <no-reply@…>`), when it says. */
  readonly from?: string;
}

/**
 * Sends email over SMTP (SMTP_URL, e.g. smtp://user:password@mail.example.org:587). Without one,
 * each message is logged as structured fields (recipient, kind, link) so a developer can still
 * follow a reset link; its text is not logged.
 */
export function createMailer(options: { smtpUrl?: string; from: string; log?: MailLog }): Mailer {
  if (!options.smtpUrl) {
    const log = options.log ?? stderrLog;
    return {
      from: options.from,
      async send(mail) {
        log.info(mailLogFields(mail), 'email not sent: no SMTP_URL');
        return { delivered: false };
      },
    };
  }
  const transport = nodemailer.createTransport(options.smtpUrl);
  return {
    from: options.from,
    async send(mail) {
      const info = await transport.sendMail({
        from: options.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        headers: { 'Content-Language': mail.language },
        ...(mail.attachments ? { attachments: mail.attachments } : {}),
      });
      return { delivered: true, messageId: info.messageId };
    },
  };
}
