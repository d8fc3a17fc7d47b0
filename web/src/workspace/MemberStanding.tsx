import { Badge, Button, Group, List, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { FEE_PERIODS, type MembershipStatus } from '../../../src/people/membership-lifecycle.ts';
import { can } from '../api/actions.ts';
import { api, type Problem, useLoad } from '../api/client.ts';
import { type Sent, send } from '../api/send.ts';
import { useLanguage, useT } from '../i18n/i18n.tsx';
import {
  FEE_PERIOD_LABELS,
  formatMoney,
  MEMBERSHIP_STATUS_COLORS,
  membershipStatusLabel,
  STANDING_STEPS,
  STEP_LABELS,
} from '../ui/membership-labels.ts';
import { IsoDate } from '../ui/parts.tsx';
import { ProblemNote } from './ProblemNote.tsx';

/*
 * A member's standing in a network: its status, fee and dues, and the steps the reader may take
 * (suspend, reinstate or exclude it for the network; leave it for the member), each offered only
 * when the membership says the reader may (allowedActions).
 */

interface MembershipItem {
  id: string;
  status: MembershipStatus;
  memberOrganizationId: string | null;
  fee: { amountMinor: number; currency: string; period: (typeof FEE_PERIODS)[number] } | null;
  allowedActions: string[];
}

export function StatusBadge({
  membership,
}: {
  membership: Pick<MembershipItem, 'status' | 'memberOrganizationId'>;
}) {
  const t = useT();
  return (
    <Badge size="sm" variant="light" c="dark.8" color={MEMBERSHIP_STATUS_COLORS[membership.status]}>
      {t(membershipStatusLabel(membership))}
    </Badge>
  );
}

export function FeeText({ fee }: { fee: MembershipItem['fee'] }) {
  const t = useT();
  const { language } = useLanguage();
  if (!fee) return null;
  return (
    <Text span size="sm">
      {t('membership.fee', {
        amount: formatMoney(fee.amountMinor, fee.currency, language),
        period: t(FEE_PERIOD_LABELS[fee.period]),
      })}
    </Text>
  );
}

/** The steps of a membership the reader may take, with the reason and decision they cite. */
export function MemberStanding({
  membership,
  onChanged,
}: {
  membership: MembershipItem;
  onChanged: () => void;
}) {
  const t = useT();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [open, setOpen] = useState(false);
  const steps = STANDING_STEPS.filter((step) => membership.allowedActions.includes(step));
  const settle = (answer: Sent<unknown>) => {
    setProblem(answer.problem ?? null);
    if (!answer.problem) onChanged();
  };
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <StatusBadge membership={membership} />
        <FeeText fee={membership.fee} />
        {can(membership, 'manageDues') || membership.fee ? (
          <Button
            size="compact-xs"
            variant="subtle"
            onClick={() => setOpen((value) => !value)}
            aria-expanded={open}
          >
            {t('membership.details')}
          </Button>
        ) : null}
      </Group>
      {steps.length > 0 ? (
        <form
          onSubmit={async (event: FormEvent<HTMLFormElement>) => {
            event.preventDefault();
            const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
            const form = new FormData(event.currentTarget);
            const action = (submitter?.value ?? steps[0]) as (typeof STANDING_STEPS)[number];
            const reason = String(form.get('reason') ?? '').trim();
            const decisionId = String(form.get('decisionId') ?? '').trim();
            settle(
              await send(
                api.POST('/api/memberships/{id}/transitions', {
                  params: { path: { id: membership.id } },
                  body: { action, ...(reason ? { reason } : {}), ...(decisionId ? { decisionId } : {}) },
                }),
              ),
            );
          }}
        >
          <Group gap="xs" align="flex-end">
            {steps.some((step) => step !== 'leave') ? (
              <>
                <TextInput size="xs" name="reason" label={t('membership.reason')} maxLength={2000} />
                <TextInput size="xs" name="decisionId" label={t('membership.decision_id')} />
              </>
            ) : null}
            {steps.map((step) => (
              <Button
                key={step}
                type="submit"
                name="action"
                value={step}
                size="xs"
                variant={step === 'exclude' ? 'outline' : 'light'}
                color={step === 'exclude' || step === 'suspend' ? 'red' : undefined}
              >
                {t(STEP_LABELS[step])}
              </Button>
            ))}
          </Group>
        </form>
      ) : null}
      <ProblemNote problem={problem} />
      {open ? <FeeAndDues membership={membership} onChanged={onChanged} /> : null}
    </Stack>
  );
}

/** The fee and the dues of each period, paid or not; the network's side keeps them. */
function FeeAndDues({ membership, onChanged }: { membership: MembershipItem; onChanged: () => void }) {
  const t = useT();
  const { language } = useLanguage();
  const [round, setRound] = useState(0);
  const [problem, setProblem] = useState<Problem | null>(null);
  const detail = useLoad(
    `membership/${membership.id}/${round}`,
    () => api.GET('/api/memberships/{id}', { params: { path: { id: membership.id } } }),
    { keepWhileReloading: true },
  );
  const manages = can(membership, 'manageDues');
  const settle = (answer: Sent<unknown>, element?: HTMLFormElement) => {
    setProblem(answer.problem ?? null);
    if (!answer.problem) {
      element?.reset();
      setRound((value) => value + 1);
      onChanged();
    }
  };
  const today = new Date().toISOString().slice(0, 10);
  const dues = detail.status === 'ready' ? detail.data.dues : null;
  return (
    <Stack gap="xs" ps="md">
      <ProblemNote problem={problem} />
      {dues ? (
        dues.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('membership.no_dues')}
          </Text>
        ) : (
          <List size="sm" aria-label={t('membership.dues')}>
            {dues.map((row) => (
              <List.Item key={row.period}>
                <Group gap="xs">
                  <Text span size="sm">
                    {row.period} · {formatMoney(row.amountMinor, row.currency, language)}
                  </Text>
                  {row.paidOn ? (
                    <Badge size="sm" variant="light" color="green">
                      {t('membership.paid_on', { date: row.paidOn })}
                    </Badge>
                  ) : (
                    <Badge size="sm" variant="light" color="orange">
                      {t('membership.unpaid')}
                    </Badge>
                  )}
                  {manages ? (
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      onClick={async () =>
                        settle(
                          await send(
                            row.paidOn
                              ? api.DELETE('/api/memberships/{id}/dues/{period}/payment', {
                                  params: { path: { id: membership.id, period: row.period } },
                                })
                              : api.POST('/api/memberships/{id}/dues/{period}/payment', {
                                  params: { path: { id: membership.id, period: row.period } },
                                  body: { paidOn: today },
                                }),
                          ),
                        )
                      }
                    >
                      {t(row.paidOn ? 'membership.undo_payment' : 'membership.mark_paid')}
                    </Button>
                  ) : null}
                </Group>
              </List.Item>
            ))}
          </List>
        )
      ) : null}
      {manages ? (
        <>
          <form
            onSubmit={async (event: FormEvent<HTMLFormElement>) => {
              event.preventDefault();
              const element = event.currentTarget;
              const form = new FormData(element);
              const amount = String(form.get('amountMinor') ?? '').trim();
              const currency = String(form.get('currency') ?? '').trim();
              settle(
                await send(
                  api.POST('/api/memberships/{id}/dues', {
                    params: { path: { id: membership.id } },
                    body: {
                      period: String(form.get('period') ?? '').trim(),
                      ...(amount ? { amountMinor: Number(amount) } : {}),
                      ...(currency ? { currency } : {}),
                    },
                  }),
                ),
                element,
              );
            }}
          >
            <Group gap="xs" align="flex-end">
              <TextInput size="xs" name="period" required label={t('membership.dues_period')} />
              <TextInput
                size="xs"
                name="amountMinor"
                inputMode="numeric"
                label={t('membership.fee_amount')}
              />
              <TextInput size="xs" name="currency" maxLength={3} label={t('membership.fee_currency')} />
              <Button size="xs" type="submit" variant="light">
                {t('membership.record_dues')}
              </Button>
            </Group>
          </form>
          <form
            onSubmit={async (event: FormEvent<HTMLFormElement>) => {
              event.preventDefault();
              const form = new FormData(event.currentTarget);
              settle(
                await send(
                  api.PATCH('/api/memberships/{id}', {
                    params: { path: { id: membership.id } },
                    body: {
                      fee: {
                        amountMinor: Number(String(form.get('amountMinor') ?? '')),
                        currency: String(form.get('currency') ?? '').trim(),
                        period: String(form.get('period') ?? 'yearly') as (typeof FEE_PERIODS)[number],
                      },
                    },
                  }),
                ),
              );
            }}
          >
            <Group gap="xs" align="flex-end">
              <TextInput
                size="xs"
                name="amountMinor"
                required
                inputMode="numeric"
                defaultValue={membership.fee?.amountMinor}
                label={t('membership.fee_amount')}
              />
              <TextInput
                size="xs"
                name="currency"
                required
                maxLength={3}
                defaultValue={membership.fee?.currency}
                label={t('membership.fee_currency')}
              />
              <NativeSelect
                size="xs"
                name="period"
                defaultValue={membership.fee?.period ?? 'yearly'}
                label={t('membership.fee_period')}
                data={FEE_PERIODS.map((period) => ({ value: period, label: t(FEE_PERIOD_LABELS[period]) }))}
              />
              <Button size="xs" type="submit" variant="light">
                {t('membership.set_fee')}
              </Button>
            </Group>
          </form>
        </>
      ) : null}
      {detail.status === 'ready' && detail.data.history.length > 0 ? (
        <Text size="xs" c="dimmed">
          {detail.data.history.map((step, index) => (
            <span key={`${step.at}-${step.action}-${step.toStatus}`}>
              {index > 0 ? ' → ' : ''}
              {t(
                membershipStatusLabel({
                  status: step.toStatus,
                  memberOrganizationId: membership.memberOrganizationId,
                }),
              )}{' '}
              (<IsoDate value={step.effectiveOn} />)
            </span>
          ))}
        </Text>
      ) : null}
    </Stack>
  );
}
