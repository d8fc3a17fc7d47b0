import nodemailer from 'nodemailer';

export interface Mail {
  to: string;
  subject: string;
  text: string;
  language: string;
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
}

/**
 * Sends email over SMTP (SMTP_URL, e.g. smtp://user:password@mail.example.org:587). Without one,
 * messages are written to the log so a developer can still follow a reset link.
 */
export function createMailer(options: {
  smtpUrl?: string;
  from: string;
  log?: (message: string) => void;
}): Mailer {
  if (!options.smtpUrl) {
    return {
      async send(mail) {
        (options.log ?? console.error)(
          `Email not sent (no SMTP_URL) to ${mail.to}: ${mail.subject}\n${mail.text}`,
        );
      },
    };
  }
  const transport = nodemailer.createTransport(options.smtpUrl);
  return {
    async send(mail) {
      await transport.sendMail({
        from: options.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        headers: { 'Content-Language': mail.language },
      });
    },
  };
}
