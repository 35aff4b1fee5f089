import { cjkQuery, luceneQuery, suggestionQuery } from '../../src/search/luceneQuery';
import { searchText } from '../../src/text/searchText';

describe('luceneQuery', () => {
  it('folds the ʻokina, apostrophes and accents so every spelling meets one token', () => {
    for (const spelling of ['Kamoʻoalewa', "kamo'oalewa", 'KAMOOALEWA']) {
      expect(luceneQuery(spelling)).toContain('name:kamooalewa^6 OR searchText:kamooalewa^5');
    }
    expect(luceneQuery('Rümker')).toContain('name:rumker^6');
  });

  it('requires every word, each exactly, as a prefix or within one typo', () => {
    const query = luceneQuery('mars express')!;
    expect(query.match(/\+\(/g)).toHaveLength(2);
    expect(query).toContain('name:mars*');
    expect(query).toContain('name:express~1');
  });

  it('also looks for words typed apart written as one, and for a word as typed with its apostrophe', () => {
    expect(luceneQuery('bepi colombo')).toContain('searchText:bepicolombo^8');
    expect(luceneQuery("chang'e")).toContain("name:chang'e^10");
  });

  it('turns Lucene syntax into word breaks', () => {
    expect(luceneQuery('title:mars OR (venus) "jupiter" *')).toBe(luceneQuery('title mars or venus jupiter'));
    expect(luceneQuery('+-&|!(){}[]^"~*?:\\/')).toBeNull();
  });
});

describe('the words the index reads', () => {
  it('writes a name joined and split where its case changes, besides as given and folded', () => {
    const words = searchText('OSIRIS-REx', 'BepiColombo', 'Kamoʻoalewa').split(' | ');
    expect(words).toEqual(expect.arrayContaining(['OSIRIS-REx', 'OSIRISREx', 'BepiColombo', 'Bepi Colombo', 'Kamoʻoalewa', 'Kamooalewa']));
  });

  it('asks the CJK index only for Chinese, Japanese or Korean text, and suggests within two typos', () => {
    expect(cjkQuery('Tianwen 2')).toBeNull();
    expect(cjkQuery('天问二号')).toBe('"天问二号"^4 OR 天问二号');
    expect(suggestionQuery('hayabsa')).toBe('name:hayabsa~2 OR searchText:hayabsa~2');
  });
});
