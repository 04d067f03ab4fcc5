/** Kinds whose rule is a trigger, a date and a partner: port calls, equipment, personnel, other acts. */
import { anchoredRule } from './anchored.js';

export const portCallRule = anchoredRule({
  id: 'port-call.trigger',
  kind: 'port-call',
  description: 'a port call or airfield visit (寄港, 寄航, 国外運航訓練) with a date; partner = the host named, else the section',
});

export const equipmentRule = anchoredRule({
  id: 'equipment.trigger',
  kind: 'equipment',
  description: 'an equipment/technology act (移転, 引渡し, 無償譲渡, 共同研究, 契約…) with a date and a partner',
});

export const personnelRule = anchoredRule({
  id: 'personnel.trigger',
  kind: 'personnel',
  description: 'an exchange of people (連絡将校, 連絡官, 留学生, 自衛官を…派遣) with a date and a partner',
  startDates: true,
});

export const otherRule = anchoredRule({
  id: 'other.trigger',
  kind: 'other',
  description: 'another dated act of cooperation (急患輸送, 物資供与, 観艦式…)',
});
