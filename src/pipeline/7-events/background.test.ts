/**
 * Background that names engagements without telling them (codebook 98): the other side's remarks and a
 * white paper's year-only 「以来」. Every
 * passage is written for the test; each row fails without the rule it names.
 */
import { describe, expect, it } from 'vitest';
import type { SectionSubject } from '../../model/document.js';
import type { KoryuEvent } from '../../model/event.js';
import { docFromSections } from '../../../test/hand-built-doc.js';
import { extractEvents } from '../index.js';

const USA: SectionSubject = { kind: 'country', codes: ['USA'], label: '米国' };

function events(paragraphs: string[], kind?: 'whitepaper'): KoryuEvent[] {
  const doc = docFromSections([{ title: '1　日米協力', subject: USA, paragraphs }]);
  if (kind) doc.context.kind = kind;
  return extractEvents(doc).events;
}
const brief = (e: KoryuEvent) => `${e.kind} ${e.date} ${e.partners.join(',')}`;

describe('background: what the other side said', () => {
  it('does not read acts inside the counterpart’s remark (「米側より、…こと」「国防長官からは、…」)', () => {
    expect(events(['2009年5月、山田防衛大臣は米国防長官と会談した。米側より、2008年9月の米空母の横須賀入港は同盟の象徴であることが述べられた。']).map(brief)).toEqual([
      'talks 2009-05 USA',
    ]);
    expect(events(['2015年1月23日、山田防衛大臣は米国防長官と電話会談を行った。国防長官からは、2014年12月の日米韓情報共有取決めの署名について謝意が示された。']).map(brief)).toEqual([
      'talks 2015-01-23 USA',
    ]);
  });
  it('still reads a government’s act told with から (「韓国政府から、…通告があった」): no speech is reported', () => {
    const KOR: SectionSubject = { kind: 'country', codes: ['KOR'], label: '韓国' };
    const doc = docFromSections([{ title: '1　日韓', subject: KOR, paragraphs: ['2019年8月には、韓国政府から、日韓秘密軍事情報保護協定を終了させる旨の通告があった。'] }]);
    expect(extractEvents(doc).events.map((e) => `${e.kind} ${e.date} ${e.milestone}`)).toEqual(['agreement 2019-08 termination-notice']);
  });
  it('still reads a meeting the counterpart recalls (「…議長から、同年7月に…協議が開催されるなど…旨の発言」)', () => {
    const JOR: SectionSubject = { kind: 'country', codes: ['JOR'], label: 'ヨルダン' };
    const doc = docFromSections([{ title: '1　日ヨルダン', subject: JOR, paragraphs: ['会談では、同国の統合参謀本部議長から、2019年7月に両国の初の防衛当局間協議が開催されるなど交流が進展している旨の発言があった。'] }]);
    expect(extractEvents(doc).events.map((e) => `${e.kind} ${e.date} ${e.partners.join(',')}`)).toEqual(['talks 2019-07 JOR']);
  });
  it('still reads a port call told by the Japanese side', () => {
    expect(events(['2008年9月、米空母が横須賀に入港した。']).map(brief)).toEqual(['port-call 2008-09 USA']);
  });
});

describe('background: documents and restatements', () => {
  it('reads a meeting named by its statement and dated by a year alone as a restatement (「05年および07年の「2+2」共同発表において」)', () => {
    expect(events(['今回の共同発表では、2005年および2007年の「2+2」共同発表において定めた目標を見直した。'], 'whitepaper').filter((e) => e.kind === 'talks')).toEqual([]);
    expect(events(['2015年4月の「2+2」の共同発表において、山田防衛大臣は同盟の方針を確認した。'], 'whitepaper').filter((e) => e.kind === 'talks').map(brief)).toEqual(['talks 2015-04 USA']);
  });
  it('reads a year alone before 「以来…ぶり」 in a white paper as a restatement, not a meeting of that year', () => {
    const told = '2011年6月21日、ワシントンにおいて、2007年以来4年ぶりとなる「2+2」会合を開催した。';
    expect(events([told], 'whitepaper').map(brief)).toEqual(['talks 2011-06-21 USA']);
    expect(events(['2011年6月21日、ワシントンにおいて、2007年5月以来4年ぶりとなる「2+2」会合を開催した。'], 'whitepaper').map(brief).sort()).toEqual([
      'talks 2007-05 USA',
      'talks 2011-06-21 USA',
    ]);
  });
});

describe('past events told in passing', () => {
  const run = (p: string) => extractEvents(docFromSections([{ title: '概要', paragraphs: [p] }])).events.map(brief);
  it('reads a leader’s visit named as a noun in a list (「…首相の来日や…の開催を通じ」), with the country written before the name', () => {
    expect(run('山田総理から、2014年4月のオーストラリアのアボット首相の来日や今回の会合の開催を通じ、協力が前進した旨述べた。')).toEqual(['talks 2014-04 AUS']);
  });
});
