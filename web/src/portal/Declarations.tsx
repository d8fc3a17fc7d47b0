import { Badge, Button, Group, List, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { can } from '../api/actions.ts';
import { api, useLoad } from '../api/client.ts';
import type { components } from '../api/schema';
import { send } from '../api/send.ts';
import type { Problem } from '../api/types.ts';
import { useSession } from '../app/session.tsx';
import { useLanguage, useT } from '../i18n/i18n.tsx';
import { pickText } from '../i18n/names.ts';
import { isolated } from '../ui/bidi.tsx';
import { ProblemNote } from '../workspace/ProblemNote.tsx';

type Declaration = components['schemas']['AgreementDeclaration'];

const STATUS_LABELS: Record<Declaration['status'], string> = {
  validated: 'declarations.status_validated',
  declared: 'declarations.status_declared',
  returned: 'declarations.status_returned',
};

const STATUS_COLORS: Record<Declaration['status'], string> = {
  validated: 'green',
  declared: 'yellow',
  returned: 'red',
};

/**
 * Which networks an agreement was declared to and their word on it: validated, waiting, or returned
 * to the member with what to correct (the reason for the two sides only). The network's secretariat
 * validates or returns it from here; the member declares it again.
 */
export function Declarations({ agreementId }: { agreementId: string }) {
  const t = useT();
  const { user } = useSession();
  const [round, setRound] = useState(0);
  const loaded = useLoad(
    `declarations/${agreementId}/${user?.id ?? ''}/${round}`,
    () => api.GET('/api/agreements/{id}/declarations', { params: { path: { id: agreementId } } }),
    { keepWhileReloading: true },
  );
  if (loaded.status !== 'ready' || loaded.data.length === 0) return null;
  return (
    <section aria-labelledby="declarations-title">
      <Title order={2} size="h3" id="declarations-title" mb="sm">
        {t('declarations.heading')}
      </Title>
      <List spacing="md" listStyleType="none">
        {loaded.data.map((declaration) => (
          <List.Item key={declaration.id}>
            <DeclarationLine declaration={declaration} onChanged={() => setRound((value) => value + 1)} />
          </List.Item>
        ))}
      </List>
    </section>
  );
}

function DeclarationLine({ declaration, onChanged }: { declaration: Declaration; onChanged(): void }) {
  const t = useT();
  const { language } = useLanguage();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState(false);
  const names = {
    network: isolated(pickText(declaration.network.name, language).text),
    member: isolated(pickText(declaration.declaredBy.name, language).text),
  };
  const said =
    declaration.status === 'validated'
      ? t('declarations.validated', names)
      : declaration.status === 'declared'
        ? t('declarations.declared', names)
        : t('declarations.returned', names);
  const take = async (action: Declaration['allowedActions'][number]) => {
    const answered = await send(
      api.POST('/api/agreements/{id}/declarations/{networkId}/transitions', {
        params: {
          path: { id: declaration.agreementId, networkId: declaration.network.id },
          header: { 'if-match': `"${declaration.version}"` },
        },
        body: action === 'return' ? { action, reason } : { action: action as 'validate' | 'redeclare' },
      }),
    );
    setProblem(answered.problem ?? null);
    setDone(!answered.problem);
    if (!answered.problem) {
      setReason('');
      onChanged();
    }
  };
  return (
    <Stack gap={6} data-declaration={declaration.status}>
      <Group gap="xs">
        <Badge color={STATUS_COLORS[declaration.status]} variant="light" c="dark.8">
          {t(STATUS_LABELS[declaration.status])}
        </Badge>
        <Text size="sm">{said}</Text>
      </Group>
      {declaration.reason ? (
        <Text size="sm" c="dimmed">
          {t('declarations.reason', { reason: isolated(declaration.reason) })}
        </Text>
      ) : null}
      {problem ? <ProblemNote problem={problem} /> : null}
      {done ? (
        <Text size="sm" c="green" role="status">
          {t('declarations.recorded')}
        </Text>
      ) : null}
      {can(declaration, 'return') ? (
        <Textarea
          label={t('declarations.reason_label')}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          autosize
          minRows={2}
          maw={520}
          error={problem?.field === '/reason' ? problem.detail : undefined}
        />
      ) : null}
      <Group gap="xs">
        {can(declaration, 'validate') ? (
          <Button size="xs" onClick={() => take('validate')}>
            {t('declarations.validate')}
          </Button>
        ) : null}
        {can(declaration, 'return') ? (
          <Button size="xs" variant="light" color="red" onClick={() => take('return')}>
            {t('declarations.return')}
          </Button>
        ) : null}
        {can(declaration, 'redeclare') ? (
          <Button size="xs" variant="light" onClick={() => take('redeclare')}>
            {t('declarations.redeclare')}
          </Button>
        ) : null}
        <Button
          size="xs"
          variant="subtle"
          component={Link}
          to={`/agreements?validatedBy=${declaration.network.id}`}
        >
          {t('declarations.network_list')}
        </Button>
      </Group>
    </Stack>
  );
}
