import { describe, expect, it } from 'vitest';
import { countryAround, scanCandidates } from './mentions.ts';
import { fold } from './text.ts';

/** The spellings a sentence proposes as names, each with the country its context gives. */
async function proposed(text: string) {
  const found: string[] = [];
  await scanCandidates(text, fold(text), { start: 0, end: text.length }, false, async (alternatives) => {
    const [first] = alternatives;
    if (first) found.push(`${first.query}${first.country ? `@${first.country}` : ''}`);
    return null;
  });
  return found;
}

describe('the names a sentence proposes, and where their context places them', () => {
  it('reads a state after a city’s name as its country, not as another party', async () => {
    expect(await proposed('Xiangyang signs sister city agreement with Carmel, Indiana, on Tuesday')).toEqual([
      'Xiangyang',
      'Carmel@US',
    ]);
    const text = 'el alcalde de Palca – (Bolivia) David Luna';
    expect(countryAround(text, 15, 20, text.length)).toBe('BO');
  });

  it('leaves out the words before a name that are not the name', async () => {
    expect(await proposed('Both Mandaue City and Mosul City in Iraq signed a sister-city pact')).toContain(
      'Mandaue City',
    );
    expect(await proposed('Ramallo firmó un convenio con la Ciudad Autónoma de Buenos Aires')).toEqual([
      'Ramallo',
      'Buenos Aires',
    ]);
  });
});
