import { describe, expect, it } from 'vitest';
import { type ArticleFile, DemoDataError, parseArticle, readArticles } from './article.ts';
import { checkArticles } from './load.ts';

const articles = await readArticles();

/** The articles with one file's content changed (a copy: the others are shared by the tests). */
function withChange(file: string, change: (data: any) => void): ArticleFile[] {
  return articles.map((article) => {
    if (article.file !== file) return article;
    const data = structuredClone(article.data);
    change(data);
    return { ...article, data };
  });
}

describe('demo article files', () => {
  it('are read in the order of their names, each with its source', () => {
    const names = articles.map((article) => article.file);
    expect(names).toEqual([...names].sort());
    expect(names.slice(0, 5)).toEqual([
      '000-ivry-mejik.json',
      '001-smara-amkala-fr.json',
      '002-club-launch.json',
      '003-smara-amkala-ar.json',
      '004-dakar-symposium.json',
    ]);
    for (const { data } of articles) expect(data.source.title).not.toBe('');
  });

  it('resolve every reference and every citation, and record each fact once', async () => {
    const facts = (section: 'agreements' | 'organizations' | 'people') =>
      articles.reduce((sum, { data }) => sum + (data[section]?.length ?? 0), 0);
    expect(await checkArticles(articles)).toEqual({
      agreements: facts('agreements'),
      organizations: facts('organizations'),
      people: facts('people'),
    });
  });

  it('give each fact of each file a citation, or say why no article holds it', () => {
    const uncited: string[] = [];
    for (const { file, data } of articles) {
      const facts: (readonly [string, { sources?: string[]; unsourced?: string }])[] = [
        ...(data.places ?? []).map((fact) => [`place ${fact.key}`, fact] as const),
        ...(data.organizations ?? []).map((fact) => [`organization ${fact.key}`, fact] as const),
        ...(data.people ?? []).flatMap((person) => [
          ...(person.posts ?? []).map((fact) => [`post of ${person.key}`, fact] as const),
          ...(person.memberships ?? []).map((fact) => [`membership of ${person.key}`, fact] as const),
        ]),
        ...(data.organizationMemberships ?? []).map(
          (fact) => [`members of ${fact.organization}`, fact] as const,
        ),
        ...(data.events ?? []).map((fact) => [`event ${fact.key}`, fact] as const),
        ...(data.agreements ?? []).map((fact) => [`agreement ${fact.key}`, fact] as const),
      ];
      for (const [name, fact] of facts) {
        if (fact.unsourced) uncited.push(`${file}: ${name}`);
        else expect(fact.sources?.length, `${file}: ${name}`).toBeGreaterThan(0);
      }
      for (const person of data.people ?? []) {
        const held = (person.posts?.length ?? 0) + (person.memberships?.length ?? 0);
        expect(held + (person.sources?.length ?? 0), `${file}: person ${person.key}`).toBeGreaterThan(0);
      }
    }
    // The exceptions, each reviewed: no article names the Smara refugee camp; it is there to tell
    // it from the city of Smara.
    expect(uncited).toEqual(['000-ivry-mejik.json: place smara-camp']);
  });

  it('refuses a reference to a key no file defines, naming the file, the fact and the key', async () => {
    const broken = withChange('002-club-launch.json', (data) => {
      data.events[0].participants[1].person = 'nobody-at-all';
    });
    await expect(checkArticles(broken)).rejects.toThrow(DemoDataError);
    await expect(checkArticles(broken)).rejects.toThrow(
      '002-club-launch.json, events[0] "club-launch", participants[1]: no person "nobody-at-all" in this file or an earlier one',
    );
  });

  it('refuses a reference to a fact of a later file: files are read in order', async () => {
    const broken = withChange('000-ivry-mejik.json', (data) => {
      data.organizations[0].parent = 'club';
    });
    await expect(checkArticles(broken)).rejects.toThrow(
      '000-ivry-mejik.json, organizations[0] "ivry-sur-seine", parent: no organization "club" in this file or an earlier one',
    );
  });

  it('refuses a citation of a passage no article has', async () => {
    const broken = withChange('004-dakar-symposium.json', (data) => {
      data.organizations[0].sources = ['ivry-mejik/no-such-passage'];
    });
    await expect(checkArticles(broken)).rejects.toThrow(
      '004-dakar-symposium.json, organizations[0] "ampcc": cites "ivry-mejik/no-such-passage", but article "ivry-mejik" has no passage "no-such-passage"',
    );
  });

  it('refuses two facts of a kind under one key', async () => {
    const broken = withChange('004-dakar-symposium.json', (data) => {
      data.organizations[1].key = 'smara';
    });
    await expect(checkArticles(broken)).rejects.toThrow(
      '004-dakar-symposium.json, organizations[1] "smara": another organization is already named "smara"',
    );
  });

  it('refuses two files of one article', async () => {
    const copy = { ...articles[0]!, file: '005-ivry-mejik.json' };
    await expect(checkArticles([...articles, copy])).rejects.toThrow(
      '005-ivry-mejik.json: another file is the article "ivry-mejik"',
    );
  });

  it('refuses a fact with neither sources nor a reason for having none', async () => {
    const broken = withChange('000-ivry-mejik.json', (data) => {
      delete data.agreements[0].sources;
    });
    await expect(checkArticles(broken)).rejects.toThrow(
      '000-ivry-mejik.json, agreements[0] "ivry-mejik-protocol": give either sources',
    );
  });

  it('refuses a file that does not follow the format, naming the file and the field', () => {
    const [first] = articles;
    const data = structuredClone(first!.data) as any;
    data.organizations[0].countryCode = 'France';
    expect(() => parseArticle('005-new-article.json', JSON.stringify(data))).toThrow(
      /005-new-article\.json does not follow the demo article format:\n {2}\/organizations\/0\/countryCode must match pattern/,
    );
    expect(() => parseArticle('new-article.json', '{}')).toThrow(
      /new-article\.json: an article file is named NNN-<id>\.json/,
    );
    expect(() => parseArticle('005-new-article.json', '{')).toThrow(/005-new-article\.json: not JSON/);
  });
});
