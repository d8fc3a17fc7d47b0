import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../shared/errors.ts';
import { articleHash, dateFromUrl, formatOf, MAX_TEXT_LENGTH, readArticle } from './intake.ts';

// The PDFs were printed from small HTML pages by a headless Chromium: its text layer places Arabic
// glyphs left to right as shaped presentation forms, as most PDF writers do. The scan holds one PNG.
const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../test/fixtures/press/intake/${name}`, import.meta.url)));

const encode = (text: string) => new TextEncoder().encode(text);

async function rejection(promise: Promise<unknown>): Promise<ValidationError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return error as ValidationError;
}

describe('a web page saved as HTML', () => {
  it('gives the article as a reader view shows it, with the page’s title, address, publisher and date', async () => {
    const article = await readArticle({ bytes: fixture('jumelage-fr.html'), fileName: 'article.html' });
    expect(article).toMatchObject({
      format: 'html',
      title: 'Saint-Brieuc et Alba Iulia signent un pacte d’amitié',
      url: 'https://www.telegramme-cotes.example/saint-brieuc/jumelage-alba-iulia-pacte-amitie-7841.php',
      publisher: 'Le Télégramme des Côtes',
      published: '2024-03-14',
      publishedFrom: 'page',
      language: 'fr',
    });
    const paragraphs = article.text.split('\n\n');
    expect(paragraphs[0]).toBe('Saint-Brieuc et Alba Iulia signent un pacte d’amitié');
    expect(paragraphs[1]).toMatch(/^Réunis en mairie jeudi soir/);
    expect(paragraphs.at(-1)).toBe(
      'Saint-Brieuc est déjà jumelée avec Aberystwyth, au pays de Galles, et Alsdorf, en Allemagne.',
    );
    expect(paragraphs).toHaveLength(6);
    // The page around the article is left out: menus, advertising, links to other stories, footer.
    for (const around of [
      'Je m’abonne',
      'Publicité',
      'À lire aussi',
      'Plérin',
      'Mentions légales',
      'cookies',
    ])
      expect(article.text).not.toContain(around);
    expect(article.sha256).toBe(articleHash(article.text));
  });

  it('reads an Arabic page whose only date is in its address', async () => {
    const article = await readArticle({ bytes: fixture('jumelage-ar.html'), contentType: 'text/html' });
    expect(article).toMatchObject({
      format: 'html',
      title: 'توقيع اتفاقية توأمة بين شفشاون ومدينة بيخير دي لا فرونتيرا',
      publisher: 'جريدة الشمال',
      published: '2025-10-31',
      publishedFrom: 'url',
      language: 'ar',
    });
    expect(article.url).toMatch(/^https:\/\/www\.chamal-news\.example\/ar\/2025\/10\/31\//);
    expect(article.text).toContain('\n\nوتهدف هذه الاتفاقية إلى تعزيز التعاون');
    for (const around of ['اتصل بنا', 'إعلان', 'الأكثر قراءة', 'جميع الحقوق محفوظة'])
      expect(article.text).not.toContain(around);
  });

  it('takes what the person typed over what the page says', async () => {
    const article = await readArticle({
      bytes: fixture('jumelage-fr.html'),
      title: '  Pacte d’amitié avec Alba Iulia ',
      published: '2024-03-15',
      publisher: 'Le Télégramme',
      url: 'https://www.telegramme-cotes.example/amp/7841',
      language: 'FR',
    });
    expect(article).toMatchObject({
      title: 'Pacte d’amitié avec Alba Iulia',
      published: '2024-03-15',
      publishedFrom: 'given',
      publisher: 'Le Télégramme',
      url: 'https://www.telegramme-cotes.example/amp/7841',
      language: 'fr',
    });
  });

  it('reads the date from JSON-LD, itemprop or a time element when there is no meta tag', async () => {
    const page = (head: string, body: string) =>
      encode(`<!doctype html><html><head>${head}</head><body><article><h1>Titre</h1>${body}
        <p>${'Les deux villes ont signé une charte de jumelage devant le conseil municipal. '.repeat(6)}</p>
        </article></body></html>`);
    const jsonLd = `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
      {"@type":"WebSite","name":"Site"},
      {"@type":"NewsArticle","headline":"Une charte","datePublished":"2023-06-02T08:00:00Z","publisher":{"@type":"Organization","name":"La Gazette"}}]}</script>`;
    expect(await readArticle({ bytes: page(jsonLd, '') })).toMatchObject({
      published: '2023-06-02',
      publishedFrom: 'page',
      title: 'Une charte',
      publisher: 'La Gazette',
    });
    const itemprop = '<span itemprop="datePublished" datetime="2022-11-26">26 novembre 2022</span>';
    expect(await readArticle({ bytes: page('', itemprop) })).toMatchObject({ published: '2022-11-26' });
    const time = '<p>Publié le <time datetime="2021-05-07T10:00">7 mai</time></p>';
    expect(await readArticle({ bytes: page('', time) })).toMatchObject({ published: '2021-05-07' });
  });
});

describe('a PDF', () => {
  it('gives its text layer, paragraphs apart, and the date of its dateline', async () => {
    const article = await readArticle({ bytes: fixture('communique-fr.pdf'), fileName: 'communique.pdf' });
    expect(article).toMatchObject({
      format: 'pdf',
      published: '2025-02-05',
      publishedFrom: 'text',
      language: 'fr',
    });
    expect(article.text).toBe(
      'Communiqué de presse\n\n' +
        'Montpellier, le 5 février 2025 – La Ville de Montpellier et la municipalité de Louisville ' +
        '(Kentucky, États-Unis) ont renouvelé leur accord de jumelage, signé pour la première fois en 1955.\n\n' +
        'Le nouvel accord met l’accent sur les échanges universitaires, la coopération culturelle et la ' +
        'transition écologique des deux villes.',
    );
  });

  it('puts Arabic back in reading order, with its numbers and Latin words left to right', async () => {
    const article = await readArticle({ bytes: fixture('communique-ar.pdf') });
    expect(article.text).toBe(
      'بلاغ صحفي\n\n' +
        'فاس في 12 مارس 2025 – وقعت مدينة فاس ومدينة قرطبة (Córdoba) اتفاقية توأمة جديدة لتعزيز التعاون ' +
        'الثقافي والسياحي بين المدينتين.\n\n' +
        'وتشمل الاتفاقية تبادل الطلبة والفنانين وتنظيم معارض مشتركة.',
    );
    // No shaped glyph forms: the extractor's folding knows only the letters.
    expect(article.text).not.toMatch(/[\uFB50-\uFDFF\uFE70-\uFEFF]/);
    expect(article).toMatchObject({ language: 'ar', published: '2025-03-12', publishedFrom: 'text' });
  });

  it('refuses a scan without a text layer, saying so', async () => {
    const error = await rejection(readArticle({ bytes: fixture('scan-only.pdf'), fileName: 'scan.pdf' }));
    expect(error).toMatchObject({ code: 'intake.pdf_without_text', field: '/file' });
  });

  it('refuses a damaged PDF as unreadable', async () => {
    const bytes = fixture('communique-fr.pdf').slice(0, 600);
    const error = await rejection(readArticle({ bytes, fileName: 'communique.pdf' }));
    expect(error).toMatchObject({ code: 'intake.file_unreadable', field: '/file' });
  });
});

describe('plain text', () => {
  const pasted =
    'Bondoukou - 11 avril 2015 (AIP) - Les maires des communes de Bondoukou et de Sikasso ont signé samedi ' +
    'une convention de jumelage.\n\nLa cérémonie s’est tenue à la mairie.';

  it('takes the publication date from its dateline and tells its language', async () => {
    const article = await readArticle({ text: pasted });
    expect(article).toMatchObject({
      format: 'text',
      title: null,
      url: null,
      publisher: null,
      published: '2015-04-11',
      publishedFrom: 'text',
      language: 'fr',
    });
  });

  it('takes the date from the address given before the dateline', async () => {
    const article = await readArticle({ text: pasted, url: 'https://news.example/2015/04/12/jumelage' });
    expect(article).toMatchObject({ published: '2015-04-12', publishedFrom: 'url' });
  });

  it('gives the same fingerprint to the same article pasted with other spacing', async () => {
    const again = `  ${pasted.replace(/ /g, '  ').replace('\n\n', '\r\n \r\n\r\n').replace('Bondoukou -', 'Bondoukou\u00A0-')}\n`;
    const [first, second] = await Promise.all([readArticle({ text: pasted }), readArticle({ text: again })]);
    expect(second.sha256).toBe(first.sha256);
    expect(second.text).toBe(first.text);
    expect(first.sha256).toMatch(/^[0-9a-f]{64}$/);
    // Composed or decomposed accents are the same text.
    expect(articleHash('signé')).toBe(articleHash('signe\u0301'));
    expect(articleHash('signé')).not.toBe(articleHash('signe'));
  });

  it('reads a text file in UTF-8 or in the Windows Latin encoding older tools write', async () => {
    const latin1 = Uint8Array.from([...'Jumelage sign'].map((c) => c.charCodeAt(0)).concat(0xe9));
    expect((await readArticle({ bytes: latin1, fileName: 'a.txt' })).text).toBe('Jumelage signé');
    expect((await readArticle({ bytes: encode('\uFEFFJumelage signé'), fileName: 'a.txt' })).text).toBe(
      'Jumelage signé',
    );
  });

  it('refuses an image or another binary file whatever its name', async () => {
    const png = Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
    ]);
    const error = await rejection(readArticle({ bytes: png, fileName: 'article.txt' }));
    expect(error).toMatchObject({ code: 'intake.file_unreadable', field: '/file' });
  });
});

describe('what is refused', () => {
  it('a date of publication that is not one', async () => {
    for (const published of ['31/10/2025', '2025-02-30', '2025-13', 'hier']) {
      const error = await rejection(readArticle({ text: 'Un article.', published }));
      expect(error).toMatchObject({ code: 'intake.published_invalid', field: '/published' });
    }
    expect(await readArticle({ text: 'Un article.', published: '2025-10' })).toMatchObject({
      published: '2025-10',
      publishedFrom: 'given',
    });
  });

  it('a language the press reader does not read', async () => {
    const error = await rejection(readArticle({ text: 'Ein Artikel.', language: 'de' }));
    expect(error).toMatchObject({ code: 'intake.language_unsupported', field: '/language' });
    expect(error.message).toContain('ar, fr, en, or es');
  });

  it('an empty or overlong text, and an empty file', async () => {
    expect(await rejection(readArticle({ text: ' \n\t ' }))).toMatchObject({
      code: 'intake.text_empty',
      field: '/text',
    });
    expect(await rejection(readArticle({}))).toMatchObject({ field: '/text' });
    expect(await rejection(readArticle({ text: 'a '.repeat(MAX_TEXT_LENGTH) }))).toMatchObject({
      code: 'intake.text_too_long',
      field: '/text',
    });
    expect(await rejection(readArticle({ bytes: new Uint8Array(), fileName: 'a.txt' }))).toMatchObject({
      code: 'intake.file_empty',
      field: '/file',
    });
    const emptyPage = encode('<!doctype html><html><body><script>1</script></body></html>');
    expect(await rejection(readArticle({ bytes: emptyPage }))).toMatchObject({
      code: 'intake.file_empty',
      field: '/file',
    });
  });
});

describe('formatOf', () => {
  it('goes by the content before the name', () => {
    expect(formatOf('article.txt', 'text/plain', fixture('communique-fr.pdf'))).toBe('pdf');
    expect(formatOf('page.txt', null, encode('\n  <!DOCTYPE html><html><body></body></html>'))).toBe('html');
    expect(formatOf(null, null, encode('<p>Un paragraphe</p>'))).toBe('html');
    expect(formatOf('notes.html', null, encode('Un texte'))).toBe('html');
    expect(formatOf(null, 'text/html; charset=utf-8', encode('Un texte'))).toBe('html');
    expect(formatOf('scan.PDF', null, encode('Un texte'))).toBe('pdf');
    expect(formatOf('notes.txt', null, encode('Un texte <b>gras</b>'))).toBe('text');
  });
});

describe('dateFromUrl', () => {
  it('reads the dates news sites put in their addresses', () => {
    expect(dateFromUrl('https://a.example/ar/2025/10/31/twinning/')).toBe('2025-10-31');
    expect(dateFromUrl('https://a.example/news/2024-03-14-jumelage.html')).toBe('2024-03-14');
    expect(dateFromUrl('https://a.example/2024/03/jumelage')).toBe('2024-03');
    expect(dateFromUrl('https://a.example/article/548892/jumelage')).toBeNull();
    expect(dateFromUrl('https://a.example/2024/02/30/x')).toBeNull();
    expect(dateFromUrl('not a url')).toBeNull();
  });
});
