import { Alert, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useT } from '../i18n/i18n.tsx';

/** A form's fields as the server and the person have them: by the message id of the field's label. */
export type FormFields = Record<string, string>;

/** The version a form was loaded from, and its fields as they were then. */
export interface Base {
  version: number;
  fields: FormFields;
}

/** The fields someone else changed since `base`: what the person has in the form, and what is saved now. */
export function changedFields(base: FormFields, saved: FormFields, mine: FormFields) {
  return Object.keys(saved)
    .filter((key) => saved[key] !== base[key])
    .map((key) => ({ key, mine: mine[key] ?? '', saved: saved[key] ?? '' }));
}

/**
 * The person's edits carried over onto the saved version: the fields they changed keep their value,
 * the others take the saved one (so keeping one's edits never undoes someone else's elsewhere).
 */
export function keepEdits(base: FormFields, saved: FormFields, mine: FormFields): FormFields {
  return Object.fromEntries(
    Object.keys(saved).map((key) => [key, mine[key] !== base[key] ? (mine[key] ?? '') : (saved[key] ?? '')]),
  );
}

/** Whether two snapshots of a form's fields are the same. */
export function sameFields(a: FormFields, b: FormFields): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => a[key] === b[key]);
}

/** The If-Match header of an edit made on this version. */
export function ifMatch(version: number) {
  return { 'if-match': `"${version}"` };
}

/**
 * Said when an edit was refused because someone else saved the record after the person opened it:
 * field by field, what the person has and what is saved now; they keep their edits (on the latest
 * version, to save again) or take the saved record.
 */
export function ConflictNote({
  changes,
  show = (_key, value) => value,
  onKeepMine,
  onTakeSaved,
}: {
  changes: Array<{ key: string; mine: string; saved: string }>;
  /** How a field's value reads (a code as its label); the empty value reads as such. */
  show?: (key: string, value: string) => string;
  onKeepMine(): void;
  onTakeSaved(): void;
}) {
  const t = useT();
  const read = (key: string, value: string) => (value === '' ? t('conflict.empty') : show(key, value));
  return (
    <Alert color="orange" role="alert" title={t('conflict.title')} data-testid="conflict">
      <Stack gap="sm">
        <Text size="sm">{t('conflict.body')}</Text>
        {changes.length === 0 ? (
          <Text size="sm">{t('conflict.nothing_here')}</Text>
        ) : (
          <>
            <Text size="sm">{t('conflict.changed')}</Text>
            <Table withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('conflict.field')}</Table.Th>
                  <Table.Th>{t('conflict.mine')}</Table.Th>
                  <Table.Th>{t('conflict.saved')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {changes.map((change) => (
                  <Table.Tr key={change.key}>
                    <Table.Td>{t(change.key)}</Table.Td>
                    <Table.Td>{read(change.key, change.mine)}</Table.Td>
                    <Table.Td>{read(change.key, change.saved)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </>
        )}
        <Group>
          <Button variant="light" onClick={onKeepMine}>
            {t('conflict.keep_mine')}
          </Button>
          <Button variant="default" onClick={onTakeSaved}>
            {t('conflict.take_saved')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
