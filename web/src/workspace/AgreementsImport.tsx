import {
  Alert,
  Anchor,
  Button,
  Card,
  FileInput,
  Group,
  List,
  NativeSelect,
  Progress,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import type { AgreementsImportResult, ImportFileSummary } from '../../../src/imports/import-job.ts';
import { api, type Problem, useLoad } from '../api/client.ts';
import { useSubmissionKey } from '../api/idempotency.ts';
import { send, sendRaw } from '../api/send.ts';
import { useT } from '../i18n/i18n.tsx';
import { usePageTitle } from '../portal/usePageTitle.ts';
import { Show } from '../ui/parts.tsx';
import { ProblemNote } from './ProblemNote.tsx';
import { type JobView, useJob } from './useJob.ts';

/*
 * Importing a list of twinned places: choose the file, say which column holds what (prefilled from
 * the headers the server recognized), preview what would be created, matched or left for review,
 * then import; both run as jobs on the server, whose progress this page follows.
 */

const COLUMNS = ['city1', 'country1', 'city2', 'country2'] as const;
type Column = (typeof COLUMNS)[number];
type Mapping = Record<Column, string>;

const COLUMN_LABELS: Record<Column, string> = {
  city1: 'import.column_city1',
  country1: 'import.column_country1',
  city2: 'import.column_city2',
  country2: 'import.column_country2',
};

const PHASE_LABELS: Record<string, string> = {
  resolving: 'import.phase_resolving',
  organizations: 'import.phase_organizations',
  agreements: 'import.phase_agreements',
  review: 'import.phase_review',
  sample: 'import.phase_sample',
};

const OUTCOME_LABELS: Record<string, string> = {
  created: 'import.outcome_created',
  matched: 'import.outcome_matched',
  review: 'import.outcome_review',
  same_place: 'import.outcome_same_place',
  incomplete: 'import.outcome_incomplete',
};

/** Rows of a file, which may repeat one another, each with its place in the file as its key. */
function numbered<T>(items: T[]): Array<{ key: string; item: T }> {
  return items.map((item, position) => ({ key: `row-${position + 1}`, item }));
}

function JobProgress({ job, label }: { job: JobView; label: string }) {
  const t = useT();
  const [cancelling, setCancelling] = useState(false);
  const cancel = async () => {
    setCancelling(true);
    await send(api.POST('/api/jobs/{id}/cancel', { params: { path: { id: job.id } } }));
  };
  const value =
    job.status === 'succeeded' ? 100 : job.total > 0 ? Math.round((job.done / job.total) * 100) : 0;
  const phase = job.phase ? t(PHASE_LABELS[job.phase] ?? 'import.phase_resolving') : t('import.queued');
  return (
    <Stack gap={4} data-job-status={job.status}>
      <Progress value={value} aria-label={label} animated={job.status === 'running'} />
      <Text size="sm" aria-live="polite">
        {job.status === 'succeeded'
          ? t('import.job_done')
          : t('import.job_progress', { phase, done: job.done, total: job.total })}
      </Text>
      {['queued', 'running'].includes(job.status) ? (
        <Group>
          <Button variant="subtle" color="red" size="xs" onClick={cancel} disabled={cancelling}>
            {t('import.cancel')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}

function ReportFigures({ result }: { result: AgreementsImportResult }) {
  const t = useT();
  const { report } = result;
  const dry = report.dryRun;
  return (
    <List spacing={4} data-report={dry ? 'preview' : 'import'}>
      <List.Item>
        {t('import.report_rows', { count: report.rows, incomplete: report.incompleteRows })}
      </List.Item>
      <List.Item>
        {t('import.report_names', {
          distinct: report.names.distinct,
          resolved: report.names.resolved,
          share: Math.round(report.names.resolvedShare * 100),
        })}
      </List.Item>
      <List.Item>{t('import.report_pairs', { count: report.pairs, merged: report.mergedRows })}</List.Item>
      <List.Item data-figure="agreements-created">
        {t(dry ? 'import.report_agreements_preview' : 'import.report_agreements', {
          created: report.agreements.created,
          matched: report.agreements.matched,
        })}
      </List.Item>
      <List.Item>
        {t(dry ? 'import.report_organizations_preview' : 'import.report_organizations', {
          created: report.organizations.created,
          matched: report.organizations.matched,
        })}
      </List.Item>
      <List.Item data-figure="review">
        {t('import.report_review', { count: report.reviewTotal, held: report.heldPairs })}
      </List.Item>
    </List>
  );
}

/** The rows of the preview, each with what would become of it. */
function SampleTable({ result }: { result: AgreementsImportResult }) {
  const t = useT();
  if (result.sample.length === 0) return null;
  return (
    <Table.ScrollContainer minWidth={500}>
      <Table striped>
        <Table.Caption>{t('import.sample_caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {COLUMNS.map((column) => (
              <Table.Th key={column}>{t(COLUMN_LABELS[column])}</Table.Th>
            ))}
            <Table.Th>{t('import.outcome')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {numbered(result.sample).map(({ key, item: row }) => (
            <Table.Tr key={key} data-outcome={row.outcome}>
              {COLUMNS.map((column) => (
                <Table.Td key={column} dir="auto">
                  {row.values[column]}
                </Table.Td>
              ))}
              <Table.Td>
                {t(OUTCOME_LABELS[row.outcome] ?? 'import.outcome_review')}
                {row.review.length ? ` (${row.review.join(', ')})` : ''}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The workspace's page to import a list of twinnings, for those the server lets import. */
export function AgreementsImport() {
  const t = useT();
  usePageTitle(t('import.heading'));
  const capabilities = useLoad('imports/agreements', () => api.GET('/api/imports/agreements'));
  return (
    <Stack gap="lg">
      <Title order={1}>{t('import.heading')}</Title>
      <Text>{t('import.intro')}</Text>
      <Show loaded={capabilities}>
        {(allowed) =>
          allowed.allowedActions.includes('import') ? (
            <ImportSteps maxBytes={allowed.maxFileBytes} />
          ) : (
            <Alert color="orange">{t('import.not_allowed')}</Alert>
          )
        }
      </Show>
    </Stack>
  );
}

function ImportSteps({ maxBytes }: { maxBytes: number }) {
  const t = useT();
  const [file, setFile] = useState<File | null>(null);
  const [sent, setSent] = useState<ImportFileSummary | null>(null);
  const [mapping, setMapping] = useState<Mapping>({ city1: '', country1: '', city2: '', country2: '' });
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const [previewId, setPreviewId] = useState<string | null>(null);
  const [importId, setImportId] = useState<string | null>(null);
  const upload = useSubmissionKey();
  const queue = useSubmissionKey();
  const preview = useJob(previewId);
  const applied = useJob(importId);

  const readFile = async () => {
    if (!file) return;
    setBusy(true);
    setProblem(null);
    setPreviewId(null);
    setImportId(null);
    const body = new FormData();
    body.set('file', file, file.name);
    const response = await fetch('/api/imports/agreements/files', {
      method: 'POST',
      body,
      headers: { 'accept-language': document.documentElement.lang, ...upload.headers([...body.entries()]) },
    }).catch(() => null);
    setBusy(false);
    if (!response) {
      setProblem({ type: 'about:blank', title: t('import.network_error'), status: 0 });
      return;
    }
    if (!response.ok) {
      const answer = await sendRaw(Promise.resolve(response));
      setProblem(answer.problem ?? null);
      return;
    }
    upload.settled();
    const summary = (await response.json()) as ImportFileSummary;
    setSent(summary);
    setMapping({
      city1: summary.proposed.city1 ?? '',
      country1: summary.proposed.country1 ?? '',
      city2: summary.proposed.city2 ?? '',
      country2: summary.proposed.country2 ?? '',
    });
  };

  const start = async (dryRun: boolean) => {
    if (!sent) return;
    setBusy(true);
    setProblem(null);
    const chosen = Object.fromEntries(
      COLUMNS.filter((column) => mapping[column]).map((c) => [c, mapping[c]]),
    );
    const content = { fileId: sent.id, mapping: chosen, dryRun };
    const answer = await send(
      api.POST('/api/imports/agreements', { body: content, headers: queue.headers(content) }),
    );
    setBusy(false);
    if (answer.problem) {
      setProblem(answer.problem);
      return;
    }
    queue.settled();
    if (dryRun) setPreviewId(answer.data.id);
    else setImportId(answer.data.id);
  };

  const previewResult =
    preview.job?.status === 'succeeded' ? (preview.job.result as AgreementsImportResult) : null;
  const importResult =
    applied.job?.status === 'succeeded' ? (applied.job.result as AgreementsImportResult) : null;
  const failed = [preview.job, applied.job].find(
    (job) => job?.status === 'failed' || job?.status === 'cancelled',
  );

  return (
    <Stack gap="lg">
      <Card withBorder component="section" aria-labelledby="import-file-title">
        <Title order={2} size="h3" id="import-file-title" mb="xs">
          {t('import.step_file')}
        </Title>
        <Group align="end">
          <FileInput
            value={file}
            onChange={(chosen) => {
              setFile(chosen);
              setSent(null);
              setPreviewId(null);
              setImportId(null);
            }}
            label={t('import.file')}
            description={t('import.file_hint', { size: Math.round(maxBytes / 1024 / 1024) })}
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            style={{ flex: 1 }}
          />
          <Button onClick={readFile} disabled={!file || busy} loading={busy && !sent}>
            {t('import.read_file')}
          </Button>
        </Group>
      </Card>

      {sent ? (
        <Card withBorder component="section" aria-labelledby="import-mapping-title">
          <Title order={2} size="h3" id="import-mapping-title" mb="xs">
            {t('import.step_mapping')}
          </Title>
          <Text size="sm" mb="sm">
            {t('import.mapping_intro', { rows: sent.rows, file: sent.fileName })}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {COLUMNS.map((column) => (
              <NativeSelect
                key={column}
                name={column}
                label={t(COLUMN_LABELS[column])}
                value={mapping[column]}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  setMapping((current) => ({ ...current, [column]: value }));
                  setPreviewId(null);
                  setImportId(null);
                }}
                data={[
                  { value: '', label: t('import.column_choose') },
                  ...sent.headers.map((header) => ({ value: header, label: header })),
                ]}
              />
            ))}
          </SimpleGrid>
          <Table.ScrollContainer minWidth={500} mt="sm">
            <Table>
              <Table.Caption>{t('import.first_rows')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  {sent.headers.map((header) => (
                    <Table.Th key={header} dir="auto">
                      {header}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {numbered(sent.sample).map(({ key, item: row }) => (
                  <Table.Tr key={key}>
                    {sent.headers.map((header) => (
                      <Table.Td key={header} dir="auto">
                        {row[header]}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Group mt="sm">
            <Button
              onClick={() => start(true)}
              disabled={busy || Boolean(previewId && !previewResult && !failed)}
            >
              {t('import.preview')}
            </Button>
          </Group>
        </Card>
      ) : null}

      <ProblemNote problem={problem ?? preview.problem ?? applied.problem} />
      {failed ? (
        <Alert color="red" role="alert" title={t('import.failed')}>
          {failed.error?.message ?? t('import.cancelled')}
        </Alert>
      ) : null}

      {preview.job ? (
        <Card withBorder component="section" aria-labelledby="import-preview-title">
          <Title order={2} size="h3" id="import-preview-title" mb="xs">
            {t('import.step_preview')}
          </Title>
          {previewResult ? (
            <Stack>
              <ReportFigures result={previewResult} />
              <SampleTable result={previewResult} />
              <Group>
                <Button onClick={() => start(false)} disabled={busy || Boolean(importId)}>
                  {t('import.apply')}
                </Button>
              </Group>
            </Stack>
          ) : (
            <JobProgress job={preview.job} label={t('import.step_preview')} />
          )}
        </Card>
      ) : null}

      {applied.job ? (
        <Card withBorder component="section" aria-labelledby="import-apply-title">
          <Title order={2} size="h3" id="import-apply-title" mb="xs">
            {t('import.step_apply')}
          </Title>
          <Stack>
            <JobProgress job={applied.job} label={t('import.step_apply')} />
            {importResult ? (
              <>
                <ReportFigures result={importResult} />
                {importResult.report.reviewTotal > 0 ? (
                  <Anchor component={Link} to="/workspace/import-reviews" underline="always">
                    {t('import.review_link', { count: importResult.report.reviewTotal })}
                  </Anchor>
                ) : null}
              </>
            ) : null}
          </Stack>
        </Card>
      ) : null}
    </Stack>
  );
}
