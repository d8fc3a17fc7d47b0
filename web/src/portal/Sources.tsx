import { Anchor, Blockquote, List, Stack, Text, Title } from '@mantine/core';
import type { Citation } from '../api/types.ts';
import { useT } from '../i18n/i18n.tsx';
import { Joined } from '../ui/bidi.tsx';
import { IsoDate } from '../ui/parts.tsx';

/** Where the facts of a record come from, with the passages quoted. */
export function Sources({ citations }: { citations: Citation[] }) {
  const t = useT();
  if (citations.length === 0) return null;
  return (
    <section aria-labelledby="sources-title">
      <Title order={2} size="h3" id="sources-title" mb="sm">
        {t('sources.heading')}
      </Title>
      <List spacing="md" listStyleType="none" p={0}>
        {citations.map((citation) => (
          <List.Item key={citation.id}>
            <Stack gap={4}>
              <Text lang={citation.source.language} dir="auto">
                {citation.source.url ? (
                  <Anchor href={citation.source.url} rel="noopener noreferrer">
                    {citation.source.title}
                  </Anchor>
                ) : (
                  citation.source.title
                )}
              </Text>
              <Text size="sm" c="dimmed">
                <Joined
                  items={[
                    citation.source.publisher,
                    citation.source.publishedOn ? (
                      <IsoDate key="published" value={citation.source.publishedOn} />
                    ) : null,
                  ]}
                />
              </Text>
              {citation.quote ? (
                <Blockquote p="sm" lang={citation.source.language} dir="auto">
                  {citation.quote}
                </Blockquote>
              ) : null}
            </Stack>
          </List.Item>
        ))}
      </List>
    </section>
  );
}
