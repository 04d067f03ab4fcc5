import { describe, expect, it } from 'vitest';
import type { Section } from '../../model/document.js';
import { resolveSectionSubjects, subjectOfSection, subjectOfTitle } from './subject.js';

describe('subjectOfTitle', () => {
  it.each([
    ['（2）中国', 'country', ['CHN']],
    ['ア　韓国', 'country', ['KOR']],
    ['（4）オーストラリア', 'country', ['AUS']],
    ['（3）日米豪の協力関係など', 'country', ['AUS', 'USA']],
    ['（5）インド', 'country', ['IND']],
    ['（6）NATO', 'organization', ['NATO']],
    ['北大西洋条約機構（NATO）・欧州連合（EU）', 'organization', ['EU', 'NATO']],
    ['（1）東南アジア（ASEAN）諸国', 'region', []],
    ['（7）その他の欧州諸国', 'region', []],
    ['中東諸国', 'region', []],
    ['アフリカ諸国', 'region', []],
    ['中南米諸国', 'region', []],
    ['太平洋島嶼国', 'region', []],
    ['3　多国間安全保障協力の推進', 'multilateral', []],
    ['（1）ASEAN地域フォーラム（ARF）', 'multilateral', expect.arrayContaining(['EU', 'USA'])],
    ['（2）拡大ASEAN国防相会議（ADMMプラス）', 'multilateral', expect.arrayContaining(['RUS', 'VNM'])],
    ['4　能力構築支援への積極的な取組', 'capacity-building', []],
  ])('%s → %s', (title, kind, codes) => {
    expect(subjectOfTitle(title)).toMatchObject({ kind, codes });
  });

  it('gives regions their key and strips the marker from the label', () => {
    expect(subjectOfTitle('（1）東南アジア（ASEAN）諸国')).toEqual({ kind: 'region', codes: [], label: '東南アジア（ASEAN）諸国', region: 'southeast-asia' });
    expect(subjectOfTitle('（7）その他の欧州諸国')?.region).toBe('europe');
  });

  it.each(['（1）安全保障協力・対話、防衛協力・交流の意義', 'インド太平洋地域の特徴', '（3）ハイレベル交流', '防衛装備・技術協力', ''])('names nothing: %s', (title) => {
    expect(subjectOfTitle(title)).toBeUndefined();
  });
});

describe('subjectOfSection', () => {
  it('takes the deepest title that names a subject', () => {
    expect(subjectOfSection(['第1節 防衛協力・交流の推進', '（2）中国', 'ア　防衛相会談'])).toMatchObject({ kind: 'country', codes: ['CHN'] });
    expect(subjectOfSection(['4　能力構築支援', '（1）ベトナム'])).toMatchObject({ kind: 'country', codes: ['VNM'] });
    expect(subjectOfSection(['第1節 防衛協力・交流の推進', '（1）意義'])).toBeUndefined();
  });
});

describe('resolveSectionSubjects', () => {
  const section = (id: number, title: string, parentId: number | null): Section => ({
    id,
    level: parentId === null ? 2 : 3,
    marker: '',
    title,
    parentId,
    path: [],
    span: { start: 0, end: 0 },
  });

  it('fills own subjects and inherits the parent one', () => {
    const sections = [
      section(0, '各国との防衛協力・交流', null),
      section(1, 'オーストラリア', 0),
      section(2, '防衛相会談', 1),
      section(3, '能力構築支援', null),
      section(4, '取組の概要', 3),
    ];
    resolveSectionSubjects(sections);
    expect(sections[0].subject).toBeUndefined();
    expect(sections[1].subject).toEqual({ kind: 'country', codes: ['AUS'], label: 'オーストラリア' });
    expect(sections[2].subject).toEqual(sections[1].subject);
    expect(sections[2].subject).not.toBe(sections[1].subject);
    expect(sections[4].subject?.kind).toBe('capacity-building');
  });
});
