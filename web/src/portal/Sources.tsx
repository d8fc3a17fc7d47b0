import { Anchor, Blockquote, List, Stack, Text, Title } from '@mantine/core';
import type { Citation } from '../api/types.ts';
import { useT } from '../i18n/i18n.tsx';
import { Joined } from '../ui/bidi.tsx';
import { IsoDate } from '../ui/parts.tsx';

/** Each source once, with every passage of it the record cites, in the order first cited. */
function bySource(citations: Citation[]): Array<{ source: Citation['source']; quotes: Citation[] }> {
  const grouped = new Map<string, { source: Citation['source']; quotes: Citation[] }>();
  for (const citation of citations) {
    const group = grouped.get(citation.source.id) ?? { source: citation.source, quotes: [] };
    if (citation.quote) group.quotes.push(citation);
    grouped.set(citation.source.id, group);
  }
  return [...grouped.values()];
}

/** Where the facts of a record come from: each source once, with the passages quoted from it. */
export function Sources({ citations }: { citations: Citation[] }) {
  const t = useT();
  if (citations.length === 0) return null;
  return (
    <section aria-labelledby="sources-title">
      <Title order={2} size="h3" id="sources-title" mb="sm">
        {t('sources.heading')}
      </Title>
      <List spacing="md" listStyleType="none" p={0}>
        {bySource(citations).map(({ source, quotes }) => (
          <List.Item key={source.id}>
            <Stack gap={4}>
              <Text lang={source.language} dir="auto">
                {source.url ? (
                  <Anchor href={source.url} rel="noopener noreferrer">
                    {source.title}
                  </Anchor>
                ) : (
                  source.title
                )}
              </Text>
              <Text size="sm" c="dimmed">
                <Joined
                  items={[
                    source.publisher,
                    source.publishedOn ? <IsoDate key="published" value={source.publishedOn} /> : null,
                  ]}
                />
              </Text>
              {quotes.map((citation) => (
                <Blockquote key={citation.id} p="sm" lang={source.language} dir="auto">
                  {citation.quote}
                </Blockquote>
              ))}
            </Stack>
          </List.Item>
        ))}
      </List>
    </section>
  );
}
