import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../../src/shared/languages.ts';
import { SCREENSHOTS, setUpBrowserTests } from './harness.ts';

const harness = setUpBrowserTests();

/** WCAG 1.4.11: a focus indicator needs 3:1 against what is next to it. */
const MINIMUM_CONTRAST = 3;

interface FocusStop {
  /** Identifies the control, to know when the Tab key has gone round the page. */
  key: string;
  /** The control, as a person would name it in a report. */
  control: string;
  /** Why its focus cannot be seen, or null when it can. */
  fault: string | null;
  contrast: number | null;
}

/**
 * Measures the focus indicator of the focused control: its outline (or, without one, its box shadow)
 * against the first background behind it (the control's own when the outline is drawn inside it,
 * else its ancestors'), semi-transparent layers composited over the ones below, by the WCAG
 * relative-luminance contrast ratio.
 */
async function measureFocus(page: Page): Promise<FocusStop | null> {
  return page.evaluate((minimum) => {
    const element = document.activeElement;
    if (!element || element === document.body || element === document.documentElement) return null;
    type Rgba = [number, number, number, number];
    const parse = (value: string): Rgba | null => {
      const match = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)/.exec(
        value,
      );
      if (!match) return null;
      const alpha =
        match[4] === undefined
          ? 1
          : match[4].endsWith('%')
            ? Number.parseFloat(match[4]) / 100
            : Number(match[4]);
      return [Number(match[1]), Number(match[2]), Number(match[3]), alpha];
    };
    const over = (top: Rgba, below: Rgba): Rgba => {
      const alpha = top[3] + below[3] * (1 - top[3]);
      if (alpha === 0) return [0, 0, 0, 0];
      const mix = (index: number) => (top[index]! * top[3] + below[index]! * below[3] * (1 - top[3])) / alpha;
      return [mix(0), mix(1), mix(2), alpha];
    };
    const luminance = ([r, g, b]: Rgba) => {
      const channel = (value: number) => {
        const srgb = value / 255;
        return srgb <= 0.04045 ? srgb / 12.92 : ((srgb + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const style = getComputedStyle(element);
    // Kept to compare once focus has moved on: focusing must change how the control looks.
    (window as unknown as { focusLook: unknown }).focusLook = {
      element,
      look: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} | ${style.boxShadow}`,
    };
    const rect = element.getBoundingClientRect();
    const name = (
      element.getAttribute('aria-label') ||
      (element as HTMLInputElement).labels?.[0]?.textContent ||
      element.textContent ||
      element.getAttribute('title') ||
      element.getAttribute('name') ||
      ''
    )
      .trim()
      .replace(/\s+/g, ' ')
      .slice(0, 50);
    const inHeader = element.closest('header') ? 'header ' : '';
    const control = `${inHeader}<${element.localName}${element.getAttribute('type') ? ` type=${element.getAttribute('type')}` : ''}> «${name}»`;
    const key = `${element.localName}|${name}|${Math.round(rect.x + window.scrollX)}|${Math.round(rect.y + window.scrollY)}`;

    let indicator: Rgba | null = null;
    let inside = false;
    const outlineWidth = Number.parseFloat(style.outlineWidth) || 0;
    if (style.outlineStyle !== 'none' && outlineWidth > 0) {
      indicator = parse(style.outlineColor);
      inside = (Number.parseFloat(style.outlineOffset) || 0) < 0;
      if (!indicator)
        return { key, control, fault: `outline colour ${style.outlineColor} unreadable`, contrast: null };
    } else if (style.boxShadow && style.boxShadow !== 'none') {
      indicator = parse(style.boxShadow);
      inside = style.boxShadow.includes('inset');
      if (!indicator)
        return { key, control, fault: `box shadow ${style.boxShadow} unreadable`, contrast: null };
    } else {
      return { key, control, fault: 'no outline and no box shadow when focused', contrast: null };
    }

    // The background next to the indicator: layers from the nearest one down to the first opaque one.
    const layers: Rgba[] = [];
    for (
      let node: Element | null = inside ? element : element.parentElement;
      node;
      node = node.parentElement
    ) {
      const background = parse(getComputedStyle(node).backgroundColor);
      if (background && background[3] > 0) {
        layers.push(background);
        if (background[3] >= 1) break;
      }
    }
    let background: Rgba = [255, 255, 255, 1];
    for (const layer of layers.reverse()) background = over(layer, background);
    const shown = over(indicator, background);
    const [light, dark] = [luminance(shown), luminance(background)].sort((a, b) => b - a) as [number, number];
    const contrast = (light + 0.05) / (dark + 0.05);
    return {
      key,
      control,
      contrast,
      fault:
        contrast < minimum
          ? `focus ring rgb(${shown.slice(0, 3).map(Math.round).join(',')}) on rgb(${background
              .slice(0, 3)
              .map(Math.round)
              .join(',')}): ${contrast.toFixed(2)}:1`
          : null,
    };
  }, MINIMUM_CONTRAST);
}

/** Whether the control focused before looks the same now that focus has left it. */
async function previousLooksTheSame(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const last = (window as unknown as { focusLook?: { element: Element; look: string } }).focusLook;
    if (!last || last.element === document.activeElement) return false;
    const style = getComputedStyle(last.element);
    return (
      `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} | ${style.boxShadow}` === last.look
    );
  });
}

/** Tabs through the whole page from its start, measuring each control's focus; stops when it comes round. */
async function tabThrough(page: Page): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  const seen = new Set<string>();
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  for (let presses = 0; presses < 400; presses++) {
    await page.keyboard.press('Tab');
    const previous = stops.at(-1);
    if (previous && !previous.fault && (await previousLooksTheSame(page)))
      previous.fault = 'looks the same in focus and out of it';
    const stop = await measureFocus(page);
    if (!stop) {
      if (stops.length > 0) break;
      continue;
    }
    // A date field keeps focus while the Tab key moves through its day, month and year.
    if (stop.key === stops.at(-1)?.key) continue;
    if (seen.has(stop.key)) break;
    seen.add(stop.key);
    stops.push(stop);
  }
  return stops;
}

async function pagesToCheck() {
  const smara = await harness.organizationId('Commune de Smara');
  const agreements = (
    await harness.api().GET('/api/agreements', { params: { query: { party: smara, limit: 1 } } })
  ).data!;
  return {
    home: '/',
    agreements: '/agreements',
    agreement: `/agreements/${agreements.items[0]!.id}`,
    organization: `/organizations/${smara}`,
    map: '/map',
    signIn: '/sign-in',
  };
}

describe('keyboard focus', () => {
  it('finds a focus ring of the background colour, and a control without any', async () => {
    const { context, page } = await harness.visitor('en');
    await page.setContent(
      '<body style="background:#fff"><header style="background:#154a7d">' +
        '<a href="#a" id="same" style="color:#fff">Same colour</a>' +
        '<a href="#b" id="none" style="outline:none">No ring</a>' +
        '<a href="#c" id="good" style="outline-color:#fff">White ring</a></header>' +
        '<a href="#d" style="outline:none;box-shadow:0 0 0 2px #000">Always a shadow</a>' +
        '<style>#same:focus-visible{outline:2px solid #154a7d}#none:focus-visible{outline:none}' +
        '#good:focus-visible{outline:2px solid #fff}</style></body>',
    );
    const stops = await tabThrough(page);
    expect(stops.map((stop) => [stop.control, stop.fault])).toEqual([
      ['header <a> «Same colour»', 'focus ring rgb(21,74,125) on rgb(21,74,125): 1.00:1'],
      ['header <a> «No ring»', 'no outline and no box shadow when focused'],
      ['header <a> «White ring»', null],
      ['<a> «Always a shadow»', 'looks the same in focus and out of it'],
    ]);
    await context.close();
  });

  it('shows every control of the header and the main pages in focus, at 3:1 or more, in every language', async () => {
    const pages = await pagesToCheck();
    const faults: string[] = [];
    const counts: Record<string, number> = {};
    for (const language of UI_LANGUAGES) {
      const { context, page } = await harness.visitor(language);
      for (const [name, path] of Object.entries(pages)) {
        await page.goto(path);
        await page.waitForLoadState('networkidle');
        await page.locator('main h1').first().waitFor();
        const stops = await tabThrough(page);
        counts[`${language} ${name}`] = stops.length;
        for (const stop of stops)
          if (stop.fault) faults.push(`${language} ${name}: ${stop.control}: ${stop.fault}`);
        // The header's controls are among the stops on every page.
        expect(stops.filter((stop) => stop.control.startsWith('header ')).length).toBeGreaterThanOrEqual(6);
        if (name === 'home') {
          // The third stop is a link of the header's navigation: seen in focus, for a person to check.
          await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
          for (let press = 0; press < 3; press++) await page.keyboard.press('Tab');
          await page.screenshot({
            path: new URL(`focus-header-${language}.png`, SCREENSHOTS).pathname,
            clip: { x: 0, y: 0, width: 1280, height: 120 },
          });
        }
      }
      await context.close();
    }
    expect(faults).toEqual([]);
    for (const [page, count] of Object.entries(counts)) expect(count, page).toBeGreaterThan(6);
  });

  it("would have found the header ring of the header colour, without the pages' own focus rules", async () => {
    const { context, page } = await harness.visitor('ar');
    await page.goto('/');
    await page.locator('main h1').first().waitFor();
    // Takes away the application's focus rules, leaving the component library's default ring.
    await page.evaluate(() => {
      for (const sheet of Array.from(document.styleSheets))
        for (let index = sheet.cssRules.length - 1; index >= 0; index--) {
          const rule = sheet.cssRules[index];
          if (rule instanceof CSSStyleRule && rule.selectorText.startsWith('#root')) sheet.deleteRule(index);
        }
    });
    const faults = (await tabThrough(page)).flatMap((stop) =>
      stop.fault ? [`${stop.control}: ${stop.fault}`] : [],
    );
    expect(faults.filter((fault) => fault.startsWith('header ')).length).toBeGreaterThanOrEqual(5);
    await context.close();
  });
});
