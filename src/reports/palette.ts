/**
 * The colours of the reports, in one dependency-free module so that the dashboard's browser
 * bundle uses the same ones (it cannot import the views, which read data files with node:fs).
 */
import type { EventKind, Mode } from '../model/event.js';

export const KIND_FILLS: Record<EventKind, string> = {
  talks: '#4e79a7',
  exercise: '#e15759',
  'port-call': '#76b7b2',
  'capacity-building': '#f28e2b',
  equipment: '#9c755f',
  agreement: '#59a14f',
  conference: '#b07aa1',
  personnel: '#edc948',
  other: '#bab0ac',
};

export const MODE_FILLS: Record<Mode, string> = {
  'in-person': '#4e79a7',
  phone: '#f28e2b',
  video: '#59a14f',
  unknown: '#bab0ac',
};

/** High-level bins (the white paper's 1, 2, 3–4, 5+), darkest for the most exchanges. */
export const BIN_FILLS: Record<number, string> = { 5: '#08306b', 3: '#2879b9', 2: '#73b3d8', 1: '#c8ddf0' };
export const JAPAN_FILL = '#c0392b';
