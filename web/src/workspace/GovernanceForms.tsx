import { Fieldset, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { directionOf, UI_LANGUAGES, type UiLanguage } from '../../../src/shared/languages.ts';
import { fieldError, otherProblem } from '../account/fields.ts';
import type { Problem } from '../api/client.ts';
import { useSubmissionKey } from '../api/idempotency.ts';
import type { Sent } from '../api/send.ts';
import { useT } from '../i18n/i18n.tsx';
import { ProblemNote } from './ProblemNote.tsx';

/*
 * What the governance forms of the workspace share: a text in the three languages, a form's
 * refusal shown at its fields (or above it when it names none), and its Idempotency-Key.
 */

/** Message ids of a multilingual field's labels, one per language. */
export type LanguageLabels = Record<UiLanguage, string>;

export const TITLE_LABELS: LanguageLabels = {
  ar: 'governance.title_ar',
  fr: 'governance.title_fr',
  en: 'governance.title_en',
};

export const TEXT_LABELS: LanguageLabels = {
  ar: 'governance.text_ar',
  fr: 'governance.text_fr',
  en: 'governance.text_en',
};

/** Three inputs, one per language, named `${name}.${language}`, each written in its direction. */
export function LanguageInputs({
  name,
  labels,
  problem,
  field,
  required = false,
  multiline = false,
}: {
  name: string;
  labels: LanguageLabels;
  problem: Problem | null;
  field: string;
  required?: boolean;
  multiline?: boolean;
}) {
  const t = useT();
  const error = fieldError(problem, field);
  const Input = multiline ? Textarea : TextInput;
  return (
    <SimpleGrid cols={{ base: 1, sm: multiline ? 1 : 3 }}>
      {UI_LANGUAGES.map((language, index) => (
        <Input
          key={language}
          name={`${name}.${language}`}
          label={t(labels[language])}
          lang={language}
          dir={directionOf(language)}
          // One of the three is enough: the form says so through the server's refusal.
          withAsterisk={required && index === 0}
          error={index === 0 ? error : undefined}
        />
      ))}
    </SimpleGrid>
  );
}

/** The texts a form's LanguageInputs hold, without the languages left empty. */
export function languageValues(form: FormData, name: string): Record<string, string> {
  return Object.fromEntries(
    UI_LANGUAGES.flatMap((language) => {
      const text = String(form.get(`${name}.${language}`) ?? '').trim();
      return text ? [[language, text]] : [];
    }),
  );
}

/** One form's state: its last refusal, whether it saved, and its Idempotency-Key. */
export function useForm() {
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState(false);
  const submission = useSubmissionKey();
  return {
    problem,
    done,
    headers: submission.headers,
    /** Takes the server's answer: on success the form is emptied and `then` runs. */
    settle<Data>(answer: Sent<Data>, element: HTMLFormElement | null, then?: (data: Data) => void) {
      setDone(!answer.problem);
      setProblem(answer.problem ?? null);
      if (!answer.problem) {
        submission.settled();
        element?.reset();
        then?.(answer.data);
      }
    },
  };
}

/** The refusal when it names none of the form's fields, above the form. */
export function FormProblem({ problem, fields }: { problem: Problem | null; fields: readonly string[] }) {
  return <ProblemNote problem={otherProblem(problem, fields)} />;
}

export function Saved({ done, text }: { done: boolean; text: string }) {
  return done ? (
    <Text c="dark.8" role="status">
      {text}
    </Text>
  ) : null;
}

/** A titled form section: its heading labels it. */
export function FormSection({
  id,
  title,
  onSubmit,
  children,
}: {
  id: string;
  title: string;
  onSubmit(form: FormData, element: HTMLFormElement): Promise<void>;
  children: ReactNode;
}) {
  return (
    <form
      aria-labelledby={`${id}-title`}
      id={id}
      onSubmit={async (event: FormEvent<HTMLFormElement>) => {
        event.preventDefault();
        const element = event.currentTarget;
        await onSubmit(new FormData(element), element);
      }}
    >
      <Fieldset variant="unstyled">
        <Stack gap="sm">
          <Title order={2} size="h4" id={`${id}-title`}>
            {title}
          </Title>
          {children}
        </Stack>
      </Fieldset>
    </form>
  );
}
