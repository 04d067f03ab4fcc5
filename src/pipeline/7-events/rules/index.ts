import type { Rule } from '../types.js';
import { agreementRule } from './agreement.js';
import { capacityBuildingRule } from './capacity-building.js';
import { conferenceRule } from './conference.js';
import { exerciseRule } from './exercise.js';
import { equipmentRule } from './equipment.js';
import { otherRule, personnelRule, portCallRule } from './simple.js';
import { talksRule } from './talks.js';
import { reliefRule } from './relief.js';
import { lastTimeTopicRule } from './last-time.js';

/** Every rule, in the order --explain lists them. Each is independent: all run on every sentence. */
export const RULES: readonly Rule[] = [
  talksRule,
  exerciseRule,
  portCallRule,
  capacityBuildingRule,
  equipmentRule,
  agreementRule,
  conferenceRule,
  personnelRule,
  otherRule,
  reliefRule,
  lastTimeTopicRule,
];
