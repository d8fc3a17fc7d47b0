import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMailer } from './mailer.ts';

const forged = 'Eve\n{"level":60,"time":1,"msg":"forged: admin signed in"}\n';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('mail without an SMTP server', () => {
  it('is logged as one JSON line of fields, never its text, whatever a name holds', async () => {
    const written: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    const mailer = createMailer({ from: 'Jumelage <no-reply@localhost>' });
    await mailer.send({
      to: 'eve@example.org',
      subject: 'Reset your Jumelage password',
      text: `Hello ${forged}, open https://jumelage.example.org/reset-password?token=abc`,
      language: 'en',
      kind: 'password-reset',
      link: 'https://jumelage.example.org/reset-password?token=abc',
    });
    const lines = written.join('').split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({
      event: 'mail',
      sent: false,
      kind: 'password-reset',
      to: 'eve@example.org',
      link: 'https://jumelage.example.org/reset-password?token=abc',
    });
    expect(lines[0]).not.toContain('forged');
  });

  it('goes to a structured logger as fields, with a fixed message', async () => {
    const info = vi.fn();
    await createMailer({ from: 'x', log: { info } }).send({
      to: 'eve@example.org',
      subject: 'S',
      text: forged,
      language: 'fr',
    });
    expect(info).toHaveBeenCalledWith(
      { event: 'mail', sent: false, kind: undefined, to: 'eve@example.org', language: 'fr', link: undefined },
      'email not sent: no SMTP_URL',
    );
  });
});
