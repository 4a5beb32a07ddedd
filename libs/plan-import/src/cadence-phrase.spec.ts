import { CADENCE_ERRORS, CADENCES } from '../test/plan-cases';
import { readCadencePhrase } from './cadence-phrase';

describe('readCadencePhrase', () => {
  it.each(CADENCES)('reads “%s” as %j', (phrase, cadence) => {
    expect(readCadencePhrase(phrase)).toEqual({ ok: true, cadence });
  });

  it.each(CADENCE_ERRORS)('refuses “%s” (%s)', (phrase, code) => {
    expect(readCadencePhrase(phrase)).toEqual({ ok: false, code });
  });

  it('reads an empty cell as no cadence', () => {
    expect(readCadencePhrase('')).toEqual({ ok: true, cadence: null });
  });
});
