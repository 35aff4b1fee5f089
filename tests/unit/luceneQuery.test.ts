import { luceneQuery } from '../../src/search/luceneQuery';

describe('luceneQuery', () => {
  it('folds the ʻokina, apostrophes and accents so every spelling meets one token', () => {
    const folded = luceneQuery('Kamoʻoalewa');
    expect(luceneQuery("kamo'oalewa")).toBe(folded);
    expect(luceneQuery('KAMOOALEWA')).toBe(folded);
    expect(luceneQuery('Rümker')).toBe(luceneQuery('rumker'));
  });

  it('requires every word, each exactly, as a prefix or within one typo', () => {
    const query = luceneQuery('mars express')!;
    expect(query.match(/\+\(/g)).toHaveLength(2);
    expect(query).toContain('name:mars*');
    expect(query).toContain('name:express~1');
  });

  it('turns Lucene syntax into word breaks', () => {
    expect(luceneQuery('title:mars OR (venus) "jupiter" *')).toBe(luceneQuery('title mars or venus jupiter'));
    expect(luceneQuery('+-&|!(){}[]^"~*?:\\/')).toBeNull();
  });
});
