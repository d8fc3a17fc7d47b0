import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Chip,
  FileInput,
  Group,
  NativeSelect,
  Progress,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { api, type Problem, useLoad } from '../api/client.ts';
import { useSubmissionKey } from '../api/idempotency.ts';
import type { components } from '../api/schema';
import { send, sendRaw } from '../api/send.ts';
import { useLanguage, useT } from '../i18n/i18n.tsx';
import { languageName } from '../i18n/names.ts';
import { usePageTitle } from '../portal/usePageTitle.ts';
import { Isolate } from '../ui/bidi.tsx';
import { CursorPager, IsoDate, Show } from '../ui/parts.tsx';
import { ProblemNote } from './ProblemNote.tsx';
import { type JobView, useJob } from './useJob.ts';

/*
 * The press review queue: an article pasted or sent as a file is kept once and read by the
 * extractor in a job, whose progress this page follows; below, the articles submitted, those still
 * waiting for a review first.
 */

type Summary = components['schemas']['PressArticleSummary'];
type Submitted = components['schemas']['SubmittedArticle'];

/**
 * Sets a field's own direction from what is typed in it (Arabic right to left, a Latin name left to
 * right): Mantine puts a `dir` prop on the field's wrapper, whose direction would not follow the text.
 */
export function autoDirection(element: HTMLElement | null): void {
  element?.setAttribute('dir', 'auto');
}

/** The languages the extractor reads. */
export const ARTICLE_LANGUAGES = ['ar', 'fr', 'en', 'es'] as const;

export const ARTICLE_STATUS_LABELS: Record<Summary['status'], string> = {
  queued: 'press.article_queued',
  extracted: 'press.article_extracted',
  failed: 'press.article_failed',
};

const ARTICLE_STATUS_COLORS: Record<Summary['status'], string> = {
  queued: 'blue',
  extracted: 'green',
  failed: 'red',
};

const FILTERS = ['pending', 'all'] as const;

/** A reading's progress: a bar, and how far it got in words. */
export function ReadingProgress({ job, label }: { job: Omit<JobView, 'error'>; label: string }) {
  const t = useT();
  const value =
    job.status === 'succeeded' ? 100 : job.total > 0 ? Math.round((job.done / job.total) * 100) : 0;
  return (
    <Stack gap={4} data-job-status={job.status}>
      <Progress value={value} aria-label={label} animated={job.status === 'running'} />
      <Text size="sm" aria-live="polite">
        {job.status === 'succeeded'
          ? t('press.reading_done')
          : job.status === 'queued'
            ? t('press.reading_queued')
            : t('press.reading_progress', { done: job.done, total: job.total })}
      </Text>
    </Stack>
  );
}

export function ArticleStatusBadge({ status }: { status: Summary['status'] }) {
  const t = useT();
  return (
    <Badge color={ARTICLE_STATUS_COLORS[status]} variant="light" c="dark.8" data-status={status}>
      {t(ARTICLE_STATUS_LABELS[status])}
    </Badge>
  );
}

/** What was sent, as the server answered: a new article being read, or one it already had. */
function SentArticle({ submitted, onRead }: { submitted: Submitted; onRead(): void }) {
  const t = useT();
  const reading = useJob(submitted.created ? submitted.jobId : null);
  const finished = reading.job && !['queued', 'running'].includes(reading.job.status);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the list reloads once, when the reading ends
  useEffect(() => {
    if (finished) onRead();
  }, [finished]);
  const review = (
    <Anchor component={Link} to={`/workspace/press/${submitted.sourceId}`} underline="always">
      {t('press.open_review')}
    </Anchor>
  );
  if (!submitted.created)
    return (
      <Alert color="orange" role="status" title={t('press.already_title')} data-submitted="again">
        <Stack gap={4}>
          <Text size="sm">{t('press.already_text')}</Text>
          {review}
        </Stack>
      </Alert>
    );
  return (
    <Card withBorder data-submitted="new" aria-live="polite">
      <Stack gap="xs">
        <Text fw={600}>{t('press.sent_title')}</Text>
        <ProblemNote problem={reading.problem} />
        {reading.job ? <ReadingProgress job={reading.job} label={t('press.reading_label')} /> : null}
        {reading.job?.status === 'failed' ? (
          <Alert color="red" role="alert" title={t('press.reading_failed')}>
            {reading.job.error?.message}
          </Alert>
        ) : null}
        {finished ? review : null}
      </Stack>
    </Card>
  );
}

/** The form to paste an article, or to send it as a file, with what the page does not say. */
function SubmitArticle({ onSubmitted }: { onSubmitted(submitted: Submitted): void }) {
  const t = useT();
  const { language } = useLanguage();
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [fields, setFields] = useState({ title: '', url: '', publisher: '', published: '', language: '' });
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const submission = useSubmissionKey();
  const fieldError = (field: string) =>
    problem?.errors?.find((error) => error.field === field)?.message ??
    (problem?.field === field ? problem.detail : undefined);
  const given = Object.fromEntries(
    Object.entries(fields)
      .map(([key, value]) => [key, value.trim()])
      .filter(([, value]) => value !== ''),
  ) as Partial<typeof fields>;

  const sendFile = async (chosen: File): Promise<Submitted | null> => {
    const body = new FormData();
    body.set('file', chosen, chosen.name);
    for (const [key, value] of Object.entries(given)) body.set(key, value);
    const response = await fetch('/api/press/articles/files', {
      method: 'POST',
      body,
      headers: {
        'accept-language': document.documentElement.lang,
        ...submission.headers([...body.entries()]),
      },
    }).catch(() => null);
    if (!response) {
      setProblem({ type: 'about:blank', title: t('press.network_error'), status: 0 });
      return null;
    }
    if (!response.ok) {
      const answer = await sendRaw(Promise.resolve(response));
      setProblem(answer.problem ?? null);
      return null;
    }
    return (await response.json()) as Submitted;
  };

  const sendText = async (): Promise<Submitted | null> => {
    const content = { text, ...given } as components['schemas']['PressArticleInput'];
    const answer = await send(
      api.POST('/api/press/articles', { body: content, headers: submission.headers(content) }),
    );
    if (answer.problem) {
      setProblem(answer.problem);
      return null;
    }
    return answer.data;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file && text.trim() === '') return;
    setBusy(true);
    setProblem(null);
    const submitted = file ? await sendFile(file) : await sendText();
    setBusy(false);
    if (!submitted) return;
    submission.settled();
    onSubmitted(submitted);
    if (submitted.created) {
      setText('');
      setFile(null);
      setFields({ title: '', url: '', publisher: '', published: '', language: '' });
    }
  };

  const set = (key: keyof typeof fields) => (value: string) =>
    setFields((current) => ({ ...current, [key]: value }));

  return (
    <Card withBorder component="section" aria-labelledby="press-submit-title">
      <form onSubmit={submit} aria-labelledby="press-submit-title">
        <Stack gap="sm">
          <Title order={2} size="h3" id="press-submit-title">
            {t('press.submit_heading')}
          </Title>
          <Textarea
            label={t('press.text')}
            description={t('press.text_hint')}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            error={fieldError('/text')}
            autosize
            minRows={6}
            maxRows={20}
            ref={autoDirection}
            disabled={Boolean(file)}
            data-field="text"
          />
          <FileInput
            value={file}
            onChange={setFile}
            label={t('press.file')}
            description={t('press.file_hint')}
            error={fieldError('/file')}
            clearable
            accept=".html,.htm,.pdf,.txt,text/html,application/pdf,text/plain"
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('press.title')}
              value={fields.title}
              onChange={(event) => set('title')(event.currentTarget.value)}
              error={fieldError('/title')}
              ref={autoDirection}
            />
            <TextInput
              label={t('press.url')}
              type="url"
              value={fields.url}
              onChange={(event) => set('url')(event.currentTarget.value)}
              error={fieldError('/url')}
              dir="ltr"
            />
            <TextInput
              label={t('press.publisher')}
              value={fields.publisher}
              onChange={(event) => set('publisher')(event.currentTarget.value)}
              error={fieldError('/publisher')}
              ref={autoDirection}
            />
            <TextInput
              label={t('press.published')}
              description={t('press.published_hint')}
              placeholder="2014-01-08"
              value={fields.published}
              onChange={(event) => set('published')(event.currentTarget.value)}
              error={fieldError('/published')}
              dir="ltr"
              pattern="\d{4}-\d{2}(-\d{2})?"
            />
            <NativeSelect
              label={t('press.language')}
              value={fields.language}
              onChange={(event) => set('language')(event.currentTarget.value)}
              error={fieldError('/language')}
              data={[
                { value: '', label: t('press.language_detect') },
                ...ARTICLE_LANGUAGES.map((code) => ({ value: code, label: languageName(code, language) })),
              ]}
            />
          </SimpleGrid>
          <ProblemNote problem={problem} />
          <Group>
            <Button type="submit" loading={busy} disabled={busy || (!file && text.trim() === '')}>
              {t('press.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

/** One article of the list: its title, where it comes from, its reading and its proposals counted. */
function ArticleRow({ article }: { article: Summary }) {
  const t = useT();
  const { language } = useLanguage();
  const reading = article.job && ['queued', 'running'].includes(article.job.status) ? article.job : null;
  return (
    <Card withBorder component="li" data-article={article.sourceId}>
      <Stack gap={6}>
        <Group justify="space-between" align="start" wrap="nowrap">
          <Stack gap={2}>
            <Text fw={600} lang={article.language} dir="auto">
              <Anchor component={Link} to={`/workspace/press/${article.sourceId}`} underline="always">
                {article.title}
              </Anchor>
            </Text>
            <Text size="sm" c="dimmed">
              {[
                article.publisher ? <Isolate key="publisher">{article.publisher}</Isolate> : null,
                article.published ? <IsoDate key="published" value={article.published} /> : null,
                <span key="language">{languageName(article.language, language)}</span>,
              ]
                .filter(Boolean)
                .flatMap((item, index) => (index === 0 ? [item] : [' · ', item]))}
            </Text>
          </Stack>
          <ArticleStatusBadge status={article.status} />
        </Group>
        {reading ? <ReadingProgress job={reading} label={t('press.reading_label')} /> : null}
        {article.status === 'failed' && article.error ? (
          <Text size="sm" c="red.9">
            {article.error}
          </Text>
        ) : null}
        <Text size="sm" data-counts>
          {t('press.counts', {
            pending: article.proposals.pending,
            accepted: article.proposals.accepted,
            merged: article.proposals.merged,
            rejected: article.proposals.rejected,
          })}
        </Text>
      </Stack>
    </Card>
  );
}

/** The workspace's press review page: submit an article, and the articles submitted. */
export function PressArticles() {
  const t = useT();
  usePageTitle(t('press.heading'));
  const [filter, setFilter] = useState<(typeof FILTERS)[number]>('pending');
  const [cursors, setCursors] = useState<Array<string | undefined>>([undefined]);
  const [round, setRound] = useState(0);
  const [submitted, setSubmitted] = useState<Submitted | null>(null);
  // Each sending is followed anew, even of the same article.
  const [sent, setSent] = useState(0);
  const cursor = cursors.at(-1);
  const loaded = useLoad(
    `press/articles/${filter}/${cursor ?? ''}/${round}`,
    () =>
      api.GET('/api/press/articles', {
        params: {
          query: { ...(filter === 'pending' ? { pending: true } : {}), ...(cursor ? { cursor } : {}) },
        },
      }),
    { keepWhileReloading: true },
  );
  const reload = () => setRound((value) => value + 1);
  const reading =
    loaded.status === 'ready' &&
    loaded.data.items.some((item) => item.job && ['queued', 'running'].includes(item.job.status));
  // While an article of the list is being read, the list asks again to show how far it got.
  // biome-ignore lint/correctness/useExhaustiveDependencies: each answer still reading asks once more
  useEffect(() => {
    if (!reading) return;
    const timer = setTimeout(reload, 2000);
    return () => clearTimeout(timer);
  }, [reading, round]);

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1}>{t('press.heading')}</Title>
        <Text>{t('press.intro')}</Text>
      </Stack>
      <Show loaded={loaded} skeleton="cards">
        {(page) => (
          <Stack gap="lg">
            {page.allowedActions.includes('submit') ? (
              <SubmitArticle
                onSubmitted={(answer) => {
                  setSubmitted(answer);
                  setSent((value) => value + 1);
                  reload();
                }}
              />
            ) : null}
            {submitted ? <SentArticle key={sent} submitted={submitted} onRead={reload} /> : null}
            <section aria-labelledby="press-list-title">
              <Stack gap="sm">
                <Title order={2} size="h3" id="press-list-title">
                  {t('press.list_heading')}
                </Title>
                <Chip.Group
                  value={filter}
                  onChange={(value) => {
                    setFilter(value === 'all' ? 'all' : 'pending');
                    setCursors([undefined]);
                  }}
                >
                  <Group gap="xs" role="radiogroup" aria-label={t('press.filter_label')}>
                    <Chip value="pending">{t('press.filter_pending')}</Chip>
                    <Chip value="all">{t('press.filter_all')}</Chip>
                  </Group>
                </Chip.Group>
                {page.items.length === 0 ? <Text c="dimmed">{t('press.none')}</Text> : null}
                <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                  {page.items.map((article) => (
                    <ArticleRow key={article.sourceId} article={article} />
                  ))}
                </Stack>
                <CursorPager
                  cursors={cursors}
                  setCursors={setCursors}
                  nextCursor={page.nextCursor}
                  labels={{ previous: t('press.previous'), next: t('press.next') }}
                />
              </Stack>
            </section>
          </Stack>
        )}
      </Show>
    </Stack>
  );
}
