import { Anchor, Button, Card, Group, List, Stack, Text, TextInput, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { api, type Problem } from '../api/client.ts';
import { send } from '../api/send.ts';
import type { Agreement } from '../api/types.ts';
import { useLanguage, useT } from '../i18n/i18n.tsx';
import { languageName, pickText } from '../i18n/names.ts';
import { Joined } from '../ui/bidi.tsx';
import { IsoDate, Name } from '../ui/parts.tsx';
import { ProblemNote } from './ProblemNote.tsx';

const DECISIONS: Record<string, string> = {
  approved: 'agreement.decision_approved',
  refused: 'agreement.decision_refused',
  pending: 'agreement.decision_pending',
};
const SIGNATORY_ROLES: Record<string, string> = {
  signatory: 'agreement.role_signatory',
  witness: 'agreement.role_witness',
};

/**
 * Whether the reader may do this with the agreement: the record says so (`allowedActions`) when the
 * server tells; else the editor offers it and the server has the last word.
 */
export function mayDo(agreement: Agreement, ...actions: string[]): boolean {
  const allowed = (agreement as { allowedActions?: string[] }).allowedActions;
  return !allowed || actions.some((action) => allowed.includes(action));
}

/** A withdrawn item: struck through, with who withdrew it, when and why. */
function Withdrawn({
  withdrawal,
  children,
}: {
  withdrawal: { at: string; by: string; reason: string } | undefined;
  children: ReactNode;
}) {
  const t = useT();
  if (!withdrawal) return <>{children}</>;
  return (
    <Stack gap={2}>
      <Text component="del" c="dimmed">
        {children}
      </Text>
      <Text size="sm" data-withdrawal>
        {t('contents.withdrawn', { reason: withdrawal.reason })} <IsoDate value={withdrawal.at} />
      </Text>
    </Stack>
  );
}

/** Withdraws one document or citation, with the reason asked for first; the server records who and when. */
function WithdrawForm({
  label,
  withdraw,
  onDone,
}: {
  label: string;
  withdraw(reason: string): Promise<Problem | null>;
  onDone(): void;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [missing, setMissing] = useState(false);
  if (!open) {
    return (
      <Button size="xs" variant="subtle" color="red" onClick={() => setOpen(true)} aria-label={label}>
        {t('contents.withdraw')}
      </Button>
    );
  }
  const fieldProblem =
    problem?.errors?.find((error) => error.field === '/reason')?.message ??
    (problem?.field === '/reason' ? problem.detail : undefined);
  return (
    <form
      aria-label={label}
      onSubmit={async (event) => {
        event.preventDefault();
        if (reason.trim() === '') {
          setMissing(true);
          return;
        }
        const refused = await withdraw(reason.trim());
        setProblem(refused);
        if (!refused) {
          setOpen(false);
          setReason('');
          onDone();
        }
      }}
    >
      <Stack gap="xs">
        <ProblemNote problem={problem && !fieldProblem ? problem : null} />
        <Group align="end">
          <TextInput
            label={t('contents.withdraw_reason')}
            value={reason}
            withAsterisk
            onChange={(event) => {
              setReason(event.currentTarget.value);
              setMissing(false);
            }}
            error={missing ? t('contents.withdraw_reason_required') : fieldProblem}
          />
          <Button type="submit" color="red" variant="light">
            {t('contents.withdraw_submit')}
          </Button>
          <Button variant="subtle" onClick={() => setOpen(false)}>
            {t('contents.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * What the agreement holds, as the editor lists it: each part and who signed it (name, role, for
 * which party), the approvals, the signed texts and the sources; a text or a source can be withdrawn
 * with the reason, and stays listed, struck through.
 */
export function AgreementContents({ agreement, reload }: { agreement: Agreement; reload(): void }) {
  const t = useT();
  const { language } = useLanguage();
  const [done, setDone] = useState<string | null>(null);
  const partyName = (organizationId: string | null) =>
    agreement.parties.find((party) => party.organization?.id === organizationId)?.organization?.name;
  const withdrawn = () => {
    setDone(t('contents.withdrawn_saved'));
    reload();
  };
  const path = { id: agreement.id };
  return (
    <Stack gap="xl">
      <section aria-labelledby="contents-parts">
        <Title order={2} size="h3" id="contents-parts" mb="sm">
          {t('contents.parts')}
        </Title>
        <Stack gap="sm">
          {agreement.parts.map((part) => (
            <Card withBorder key={part.id} data-part={part.number}>
              <Text fw={600}>
                {t('agreement.part_number', { number: part.number })}
                {pickText(part.title, language).text ? ` — ${pickText(part.title, language).text}` : ''}
              </Text>
              <Text size="sm">
                {part.signedOn ? (
                  <>
                    {t('agreement.signed')} <IsoDate value={part.signedOn} />
                  </>
                ) : (
                  t('agreement.not_signed')
                )}
              </Text>
              <Text size="sm" fw={500} mt="xs">
                {t('contents.signatories')}
              </Text>
              {part.signatories.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('contents.no_signatories')}
                </Text>
              ) : (
                <List size="sm">
                  {part.signatories.map((signatory) => {
                    const party = partyName(signatory.partyOrganizationId);
                    return (
                      <List.Item key={signatory.id} data-signatory>
                        <Joined
                          separator="comma"
                          isolate={false}
                          items={[
                            <Name
                              key="name"
                              text={{
                                ...signatory.person.names,
                                en: signatory.person.names.en ?? signatory.person.name,
                              }}
                              to={`/people/${signatory.person.id}`}
                            />,
                            <bdi key="role">
                              {t(SIGNATORY_ROLES[signatory.role] ?? 'agreement.role_signatory')}
                            </bdi>,
                            pickText(signatory.postLabel, language).text ? (
                              <bdi key="post">{pickText(signatory.postLabel, language).text}</bdi>
                            ) : null,
                            party ? <Name key="party" text={party} /> : null,
                          ]}
                        />
                      </List.Item>
                    );
                  })}
                </List>
              )}
            </Card>
          ))}
        </Stack>
      </section>

      <section aria-labelledby="contents-approvals">
        <Title order={2} size="h3" id="contents-approvals" mb="sm">
          {t('agreement.approvals')}
        </Title>
        {agreement.approvals.length === 0 ? (
          <Text c="dimmed">{t('contents.no_approvals')}</Text>
        ) : (
          <List>
            {agreement.approvals.map((approval) => (
              <List.Item key={approval.id}>
                <Joined
                  separator="comma"
                  items={[
                    t(DECISIONS[approval.decision] ?? 'agreement.decision_pending'),
                    approval.authorityName,
                    approval.reference,
                    approval.decidedOn ? <IsoDate key="on" value={approval.decidedOn} /> : null,
                  ]}
                />
              </List.Item>
            ))}
          </List>
        )}
      </section>

      {done ? (
        <Text c="green.8" role="status">
          {done}
        </Text>
      ) : null}

      <section aria-labelledby="contents-documents">
        <Title order={2} size="h3" id="contents-documents" mb="sm">
          {t('agreement.documents')}
        </Title>
        {agreement.documents.length === 0 ? (
          <Text c="dimmed">{t('agreement.no_documents')}</Text>
        ) : (
          <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {agreement.documents.map((document) => (
              <li key={document.id} data-document={document.id}>
                <Group justify="space-between" align="start">
                  <Withdrawn withdrawal={withdrawalOf(document)}>
                    <Anchor href={`/api/agreements/${agreement.id}/documents/${document.id}`} download>
                      <bdi>{document.filename}</bdi>
                    </Anchor>{' '}
                    ({languageName(document.language, language)})
                  </Withdrawn>
                  {!withdrawalOf(document) && mayDo(agreement, 'withdrawDocument', 'addDocument') ? (
                    <WithdrawForm
                      label={t('contents.withdraw_document', { name: document.filename })}
                      onDone={withdrawn}
                      withdraw={async (reason) =>
                        (
                          await send(
                            api.POST('/api/agreements/{id}/documents/{documentId}/withdrawal', {
                              params: { path: { ...path, documentId: document.id } },
                              body: { reason },
                            }),
                          )
                        ).problem ?? null
                      }
                    />
                  ) : null}
                </Group>
              </li>
            ))}
          </Stack>
        )}
      </section>

      <section aria-labelledby="contents-sources">
        <Title order={2} size="h3" id="contents-sources" mb="sm">
          {t('contents.sources')}
        </Title>
        {agreement.sources.length === 0 ? (
          <Text c="dimmed">{t('contents.no_sources')}</Text>
        ) : (
          <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {agreement.sources.map((citation) => (
              <li key={citation.id} data-citation={citation.id}>
                <Group justify="space-between" align="start">
                  <Withdrawn withdrawal={withdrawalOf(citation)}>
                    <bdi>{citation.source.title}</bdi>
                    {citation.quote ? (
                      <>
                        {' — '}
                        <q>
                          <bdi>{citation.quote}</bdi>
                        </q>
                      </>
                    ) : null}
                  </Withdrawn>
                  {!withdrawalOf(citation) && mayDo(agreement, 'withdrawCitation', 'addCitation') ? (
                    <WithdrawForm
                      label={t('contents.withdraw_citation', { name: citation.source.title })}
                      onDone={withdrawn}
                      withdraw={async (reason) =>
                        (
                          await send(
                            api.POST('/api/agreements/{id}/sources/{citationId}/withdrawal', {
                              params: { path: { ...path, citationId: citation.id } },
                              body: { reason },
                            }),
                          )
                        ).problem ?? null
                      }
                    />
                  ) : null}
                </Group>
              </li>
            ))}
          </Stack>
        )}
      </section>
    </Stack>
  );
}

/** The withdrawal of a document or citation, when the API tells it (it does to those who keep the record). */
function withdrawalOf(item: object): { at: string; by: string; reason: string } | undefined {
  return (item as { withdrawal?: { at: string; by: string; reason: string } }).withdrawal;
}
