import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { DatabaseHandle } from '../../src/db/client.ts';
import { buildApp } from '../../src/http/app.ts';
import { createMailer } from '../../src/mail/mailer.ts';

/** A real SMTP server in the test process that keeps what it receives. */
export async function startTestSmtpServer() {
  const received: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The app on this database, sending its emails to a test SMTP server in this process. */
export async function buildAppWithTestSmtp(database: DatabaseHandle) {
  const smtp = await startTestSmtpServer();
  const app = await buildApp({
    database,
    publicUrl: 'https://jumelage.example.org',
    mailer: createMailer({ smtpUrl: smtp.url, from: 'Jumelage <no-reply@jumelage.example.org>' }),
  });
  return {
    app,
    smtp,
    close: async () => {
      await app.close();
      await smtp.close();
    },
  };
}
