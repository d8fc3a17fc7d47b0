import {
  Button,
  FileInput,
  Group,
  NativeSelect,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { APPROVAL_DECISIONS, PART_KINDS } from '../../../src/agreements/rules.ts';
import { api, type Problem } from '../api/client.ts';
import { useSubmissionKey } from '../api/idempotency.ts';
import { type Sent, send, sendRaw } from '../api/send.ts';
import { useLanguage, useT } from '../i18n/i18n.tsx';
import { oneOf } from '../ui/forms.ts';
import { ProblemNote } from './ProblemNote.tsx';

const PART_KIND_LABELS: Record<(typeof PART_KINDS)[number], string> = {
  original: 'records.part_original',
  further_part: 'records.part_further',
  renewal: 'records.part_renewal',
  amendment: 'records.part_amendment',
};
const DECISION_LABELS: Record<(typeof APPROVAL_DECISIONS)[number], string> = {
  approved: 'agreement.decision_approved',
  refused: 'agreement.decision_refused',
  pending: 'agreement.decision_pending',
};
const LANGUAGE_LABELS = {
  ar: 'records.language_ar',
  fr: 'records.language_fr',
  en: 'records.language_en',
} as const;

/** One small form of the editor: its title, its fields, the server's answer beside them; kept on failure. */
function RecordForm(props: {
  id: string;
  title: string;
  submit: string;
  problem: Problem | null;
  done: boolean;
  onSubmit(form: FormData, element: HTMLFormElement): Promise<void>;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <form
      aria-labelledby={props.id}
      onSubmit={async (event: FormEvent<HTMLFormElement>) => {
        event.preventDefault();
        await props.onSubmit(new FormData(event.currentTarget), event.currentTarget);
      }}
    >
      <Stack>
        <Title order={2} size="h3" id={props.id}>
          {props.title}
        </Title>
        <ProblemNote problem={props.problem} />
        {props.children}
        <Group>
          <Button type="submit" variant="light">
            {props.submit}
          </Button>
          {props.done ? (
            <Text c="green.8" role="status">
              {t('editor.saved')}
            </Text>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}

function useOutcome() {
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState(false);
  const submission = useSubmissionKey();
  return {
    problem,
    done,
    /** The Idempotency-Key of this submission: a repeat of it adds the record once. */
    headers: submission.headers,
    /** Applies the server's answer: on success the form is cleared and the agreement reloaded. */
    settle(answer: Sent<unknown>, element: HTMLFormElement, reload: () => void) {
      setDone(!answer.problem);
      setProblem(answer.problem ?? null);
      if (!answer.problem) {
        submission.settled();
        element.reset();
        reload();
      }
    },
  };
}

/** Parts, approvals, documents and sources of an agreement, recorded from the workspace. */
export function AgreementRecords({ agreementId, reload }: { agreementId: string; reload(): void }) {
  const t = useT();
  // A text is most often in the language its reader works in: the form starts there.
  const { language } = useLanguage();
  const path = { params: { path: { id: agreementId } } };
  // No decision is chosen for the person: a pending approval recorded by mistake reads as a fact.
  const [decision, setDecision] = useState<(typeof APPROVAL_DECISIONS)[number] | null>(null);
  const [decisionMissing, setDecisionMissing] = useState(false);
  const part = useOutcome();
  const approval = useOutcome();
  const upload = useOutcome();
  const [file, setFile] = useState<File | null>(null);
  const source = useOutcome();
  const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();
  const optional = (form: FormData, name: string) => text(form, name) || null;
  const languages = Object.entries(LANGUAGE_LABELS).map(([value, label]) => ({ value, label: t(label) }));

  return (
    <Stack gap="xl">
      <RecordForm
        id="add-part"
        title={t('records.add_part')}
        submit={t('records.add_part_submit')}
        problem={part.problem}
        done={part.done}
        onSubmit={async (form, element) => {
          const title = text(form, 'title');
          const body = {
            kind: text(form, 'kind') as (typeof PART_KINDS)[number],
            ...(title ? { title: { [document.documentElement.lang]: title } } : {}),
            plannedFrom: optional(form, 'plannedFrom'),
          };
          const answer = await send(
            api.POST('/api/agreements/{id}/parts', { ...path, body, headers: part.headers(body) }),
          );
          part.settle(answer, element, reload);
        }}
      >
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NativeSelect
            name="kind"
            label={t('records.part_kind')}
            data={PART_KINDS.filter((kind) => kind !== 'original').map((kind) => ({
              value: kind,
              label: t(PART_KIND_LABELS[kind]),
            }))}
          />
          <TextInput name="title" label={t('records.part_title')} />
          <TextInput name="plannedFrom" type="date" label={t('records.planned_from')} />
        </SimpleGrid>
      </RecordForm>

      <RecordForm
        id="add-approval"
        title={t('records.add_approval')}
        submit={t('records.add_approval_submit')}
        problem={approval.problem}
        done={approval.done}
        onSubmit={async (form, element) => {
          if (!decision) {
            setDecisionMissing(true);
            return;
          }
          const body = {
            decision,
            authorityName: optional(form, 'authorityName'),
            reference: optional(form, 'reference'),
            decidedOn: optional(form, 'decidedOn'),
          };
          const answer = await send(
            api.POST('/api/agreements/{id}/approvals', { ...path, body, headers: approval.headers(body) }),
          );
          approval.settle(answer, element, reload);
          if (!answer.problem) setDecision(null);
        }}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Radio.Group
            label={t('records.decision')}
            value={decision ?? ''}
            onChange={(value) => {
              setDecision(oneOf(APPROVAL_DECISIONS, value) ?? null);
              setDecisionMissing(false);
            }}
            error={decisionMissing ? t('records.decision_required') : undefined}
            required
          >
            <Group mt="xs">
              {APPROVAL_DECISIONS.map((value) => (
                <Radio key={value} value={value} label={t(DECISION_LABELS[value])} />
              ))}
            </Group>
          </Radio.Group>
          <TextInput name="authorityName" label={t('agreement.authority')} />
          <TextInput name="reference" label={t('records.reference')} />
          <TextInput name="decidedOn" type="date" label={t('records.decided_on')} />
        </SimpleGrid>
      </RecordForm>

      <RecordForm
        id="add-document"
        title={t('records.add_document')}
        submit={t('records.add_document_submit')}
        problem={upload.problem}
        done={upload.done}
        onSubmit={async (form, element) => {
          // The file goes as multipart/form-data, after the fields; the server reads its type from its bytes.
          const body = new FormData();
          body.set('language', text(form, 'language'));
          body.set('visibility', text(form, 'visibility'));
          if (file) body.set('file', file, file.name);
          const answer = await sendRaw(
            fetch(`/api/agreements/${agreementId}/documents`, {
              method: 'POST',
              body,
              headers: {
                'accept-language': document.documentElement.lang,
                ...upload.headers([...body.entries()]),
              },
            }),
          );
          upload.settle(answer, element, reload);
          if (!answer.problem) setFile(null);
        }}
      >
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <FileInput
            value={file}
            onChange={setFile}
            label={t('records.file')}
            description={t('records.file_hint')}
            accept="application/pdf,image/png,image/jpeg"
            required
          />
          <NativeSelect
            name="language"
            label={t('records.language')}
            data={languages}
            defaultValue={language}
          />
          <NativeSelect
            name="visibility"
            label={t('form.visibility')}
            data={[
              { value: 'public', label: t('visibility.public') },
              { value: 'members', label: t('visibility.members') },
              { value: 'restricted', label: t('visibility.restricted') },
            ]}
          />
        </SimpleGrid>
      </RecordForm>

      <RecordForm
        id="add-source"
        title={t('records.add_source')}
        submit={t('records.add_source_submit')}
        problem={source.problem}
        done={source.done}
        onSubmit={async (form, element) => {
          const body = {
            source: {
              kind: 'press_article' as const,
              title: text(form, 'title'),
              url: optional(form, 'url'),
              publisher: optional(form, 'publisher'),
              publishedOn: optional(form, 'publishedOn'),
              language: text(form, 'language'),
            },
            quote: optional(form, 'quote'),
          };
          const answer = await send(
            api.POST('/api/agreements/{id}/sources', { ...path, body, headers: source.headers(body) }),
          );
          source.settle(answer, element, reload);
        }}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput name="title" label={t('records.source_title')} required />
          <TextInput name="url" type="url" label={t('records.source_url')} />
          <TextInput name="publisher" label={t('records.publisher')} />
          <TextInput name="publishedOn" type="date" label={t('records.published_on')} />
          <NativeSelect
            name="language"
            label={t('records.language')}
            data={languages}
            defaultValue={language}
          />
        </SimpleGrid>
        <Textarea name="quote" label={t('records.quote')} autosize minRows={2} />
      </RecordForm>
    </Stack>
  );
}
