/**
 * The event rules' vocabulary, loaded from data/events/*.json (kept apart from the engine so that
 * adding a trigger or a cue is a data change). Validated once at load; a malformed file names itself.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { TriggerWords } from './trigger-words.js';
import { PatternGate } from './pattern-gate.js';
import { alternation } from '../word-alternation.js';
import { EVENT_KINDS, INSTRUMENTS, JP_ROLES, METHODS, MODES, type EventKind, type Instrument, type Method, type Mode } from '../../model/event.js';

const dataDir = new URL('../../../data/events/', import.meta.url);

const TriggerSchema = z.object({
  /** The trigger as written; or, with `pattern`, a label for it. */
  text: z.string().min(1),
  /** A regular expression for triggers whose words are apart (「自衛官を…本部に派遣」). */
  pattern: z.string().min(1).optional(),
  mode: z.enum(MODES).nullable().optional(),
  jpRole: z.enum(JP_ROLES).optional(),
  twoPlusTwo: z.boolean().optional(),
  method: z.enum(METHODS).optional(),
  /** A weak trigger fires only with corroboration (a named exercise, a capacity-building context…). */
  weak: z.boolean().optional(),
  /** Talks: only a principal from the minister to the chiefs of staff makes it a meeting (a visit, 訪問). */
  highLevelOnly: z.boolean().optional(),
  /** Talks and other acts: counterparts listed with it are met one by one (a courtesy call, 表敬, is paid to each; units exchanged with, 部隊間交流). */
  oneEach: z.boolean().optional(),
  /** Talks: its counterparts are in its sentence, never the section's subject (意見交換 alone says nothing of whom). */
  sentencePartners: z.boolean().optional(),
  /**
   * Talks: a humble form (お会いし, お目にかかり, お話をさせていただき) tells the speaker's own act, so that in a
   * first-person document (a press conference, a chief's message) its author is the principal a weak trigger needs.
   */
  humble: z.boolean().optional(),
  /**
   * Talks: the speaker recalls an earlier meeting with the counterpart of the last meeting told (「昨年10月にお会いしてから」
   * 「最後にお会いしたのは1月ですから」): its partners are that meeting's, its date only one the sentence writes (codebook 421).
   */
  recalled: z.boolean().optional(),
  /** Talks: a body's name, a meeting only when held (「…運営委員会を…初開催し」), not when named. */
  heldOnly: z.boolean().optional(),
  /** Other acts: an occasion of many (a fleet review, a seminar for the attachés in Tokyo) whose participants the text may not name. */
  forum: z.boolean().optional(),
  /**
   * Other acts: its partner is named before it, in its own clause (「…米陸軍司令部を研修」) or anywhere before it in its
   * sentence (「…英国防大臣は、…陸上幕僚長とともに…を訪問」), never after it nor as the section's subject.
   */
  partnerBefore: z.enum(['clause', 'sentence']).optional(),
  /** Other acts: what kind of act it tells (exchange, display, study…): two acts of different kinds told on one day with one partner are two events. */
  act: z.string().min(1).optional(),
});
export type Trigger = z.infer<typeof TriggerSchema> & { kind: EventKind };

// A kind may have no trigger list: agreements are found from instrument and milestone mentions.
const TriggersFileSchema = z.object(
  Object.fromEntries(EVENT_KINDS.map((k) => [k, z.array(TriggerSchema).default([])])) as Record<
    EventKind,
    z.ZodDefault<z.ZodArray<typeof TriggerSchema>>
  >,
);

const CuesFileSchema = z.object({
  notAnEvent: z.object({
    window: z.number().int().positive(),
    phrases: z.array(z.string().min(1)),
    topicPredicate: z.object({ after: z.array(z.string().min(1)) }),
    otherReadings: z.object({ phrases: z.array(z.string().min(1)) }),
  }),
  generic: z.object({ phrases: z.array(z.string().min(1)) }),
  modes: z.object({ phone: z.array(z.string()), video: z.array(z.string()), 'in-person': z.array(z.string()) }),
  defaultTalksMode: z.enum(MODES),
  partnerLinks: z.object({ after: z.array(z.string()), topicAfter: z.array(z.string()) }),
  methods: z.object({ dispatch: z.array(z.string()), invitation: z.array(z.string()), online: z.array(z.string()) }),
  attendedAfter: z.object({ particles: z.array(z.string().min(1)), verbs: z.array(z.string().min(1)) }),
  referenceDateAfter: z.object({ pattern: z.string().min(1) }),
  paragraphTopic: z.object({ after: z.array(z.string().min(1)) }),
  declarationIssued: z.object({ after: z.array(z.string().min(1)), before: z.array(z.string().min(1)) }),
  plannedBefore: z.object({ before: z.array(z.string().min(1)), topicPredicate: z.array(z.string().min(1)) }),
  anaphoricDate: z.object({ openers: z.array(z.string().min(1)), pattern: z.string().min(1) }),
  forumHeldAfter: z.object({ pattern: z.string().min(1) }),
  occasionOpener: z.object({ pattern: z.string().min(1) }),
  instrumentSubjects: z.object({ subjects: z.partialRecord(z.enum(INSTRUMENTS), z.array(z.string().min(1))) }),
});

export interface Vocabulary {
  /** Triggers per kind, longest first. */
  triggers: Record<EventKind, Trigger[]>;
  /** Plain triggers per kind by their text, to map a regex match back to its entry. */
  triggerByText: Record<EventKind, Map<string, Trigger>>;
  /** The plain triggers of every kind in one trie: one walk of a sentence finds them all. */
  triggerWords: TriggerWords;
  /** Pattern triggers per kind, each with its compiled regex. */
  patternTriggers: Record<EventKind, Array<{ trigger: Trigger; regex: RegExp }>>;
  /**
   * Whether any pattern trigger of any kind matches a text (a sentence it does not match needs no pattern scan at
   * all), found by trying only the patterns whose literals the text holds (pattern-gate.ts).
   */
  patternGate: PatternGate;
  /**
   * `otherReadings` matches (globally) the words that hold a cue but say something else (「見送り演奏」「防衛力整備計画」):
   * they are blanked before the cues are read (codebook 403).
   */
  notAnEvent: { window: number; pattern: RegExp; topicAfter: RegExp; otherReadings: RegExp };
  generic: RegExp;
  modeCues: Array<{ mode: Mode; pattern: RegExp }>;
  defaultTalksMode: Mode;
  /** Matches, at the start of the text after a mention, a link that makes the mention a counterpart. */
  partnerLinkAfter: RegExp;
  /** Matches, at the start of the text after a mention, a topic/place marker (not a counterpart). */
  topicAfter: RegExp;
  methodCues: Array<{ method: Method; pattern: RegExp }>;
  /** After a talks trigger (and an optional 「name」): attended a meeting, i.e. a conference. */
  attendedAfter: RegExp;
  /** After a date: a reference point (「…の民政移管後」), not the date of an engagement. */
  referenceDateAfter: RegExp;
  /** After a partner opening a sentence: the partner becomes the topic of what follows. */
  paragraphTopicAfter: RegExp;
  /** Issuing a declaration: right after it, or right before it. */
  declarationIssuedAfter: RegExp;
  declarationIssuedBefore: RegExp;
  /** Before the trigger in its clause: it was planned (「予定されていた…訓練」). */
  plannedBefore: RegExp;
  /** The predicate of a topic 「〜は、…延期された」. */
  cancelledPredicate: RegExp;
  /** A sentence opening that refers to the engagement just told (「その際、」). */
  anaphoricOpener: RegExp;
  /** After a forum's name: it was held (「…が行われた」). */
  forumHeldAfter: RegExp;
  /** A sentence opening that refers to the meeting just told (「会議においては、」), for what happened there. */
  occasionOpener: RegExp;
  /** Subject phrases naming the instrument of an official title ending in a bare 協定. */
  instrumentSubjects: Array<{ instrument: Instrument; pattern: RegExp }>;
}


function readJson(name: string): unknown {
  const url = new URL(name, dataDir);
  try {
    return JSON.parse(readFileSync(url, 'utf8'));
  } catch (e) {
    throw new Error(`data/events/${name}: cannot be read as JSON: ${(e as Error).message}`);
  }
}

function parseWith<T>(schema: z.ZodType<T>, value: unknown, file: string): T {
  const r = schema.safeParse(value);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new Error(`data/events/${file}: invalid at ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return r.data;
}

let cached: Vocabulary | undefined;

/**
 * A trigger with every field of the schema present (undefined when its entry has none), in one order: the
 * rules read a trigger's fields for every hit, through one object shape instead of one per combination of
 * fields. What each field holds is the entry's own (a null mode stays null).
 */
function uniformTrigger(t: z.infer<typeof TriggerSchema>, kind: EventKind): Trigger {
  const out: Record<string, unknown> = {};
  for (const key of TRIGGER_FIELDS) out[key] = (t as Record<string, unknown>)[key];
  out.kind = kind;
  return out as Trigger;
}
/** The schema's fields, in its order (a field added to the schema is carried too). */
const TRIGGER_FIELDS = Object.keys(TriggerSchema.shape);

export function loadVocabulary(): Vocabulary {
  if (cached) return cached;
  const triggersFile = parseWith(TriggersFileSchema, readJson('triggers.json'), 'triggers.json');
  const cues = parseWith(CuesFileSchema, readJson('cues.json'), 'cues.json');
  const triggers = {} as Record<EventKind, Trigger[]>;
  const triggerByText = {} as Record<EventKind, Map<string, Trigger>>;
  const patternTriggers = {} as Record<EventKind, Array<{ trigger: Trigger; regex: RegExp }>>;
  for (const kind of EVENT_KINDS) {
    const all = triggersFile[kind].map((t) => uniformTrigger(t, kind));
    const list = all.filter((t) => !t.pattern).sort((a, b) => b.text.length - a.text.length);
    triggers[kind] = list;
    triggerByText[kind] = new Map(list.map((t) => [t.text, t]));
    patternTriggers[kind] = all
      .filter((t) => t.pattern)
      .map((trigger) => {
        try {
          return { trigger, regex: new RegExp(trigger.pattern!, 'g') };
        } catch (e) {
          throw new Error(`data/events/triggers.json: ${kind} trigger '${trigger.text}': bad pattern: ${(e as Error).message}`);
        }
      });
  }
  cached = {
    triggers,
    triggerByText,
    triggerWords: new TriggerWords(triggerByText),
    patternTriggers,
    patternGate: new PatternGate(EVENT_KINDS.flatMap((k) => patternTriggers[k].map((p) => p.trigger.pattern!))),
    notAnEvent: {
      window: cues.notAnEvent.window,
      pattern: new RegExp(alternation(cues.notAnEvent.phrases)),
      topicAfter: new RegExp(`^(?:${alternation(cues.notAnEvent.topicPredicate.after)})`),
      otherReadings: new RegExp(alternation(cues.notAnEvent.otherReadings.phrases), 'g'),
    },
    generic: new RegExp(alternation(cues.generic.phrases)),
    modeCues: (['phone', 'video', 'in-person'] as const).map((mode) => ({
      mode,
      pattern: new RegExp(alternation(cues.modes[mode])),
    })),
    defaultTalksMode: cues.defaultTalksMode,
    partnerLinkAfter: new RegExp(`^(?:${alternation(cues.partnerLinks.after)})`),
    topicAfter: new RegExp(`^(?:${alternation(cues.partnerLinks.topicAfter)})`),
    methodCues: (['online', 'invitation', 'dispatch'] as const).map((method) => ({
      method,
      pattern: new RegExp(alternation(cues.methods[method])),
    })),
    // The trigger may sit inside a quoted name (「…年次会合」に参加): skip its closing bracket first.
    attendedAfter: new RegExp(
      `^[」』）]*(?:「[^」]*」)?[^、。「]{0,12}?(?:${alternation(cues.attendedAfter.particles)})[^、。]{0,14}?(?:${alternation(cues.attendedAfter.verbs)})`,
    ),
    referenceDateAfter: new RegExp(cues.referenceDateAfter.pattern),
    paragraphTopicAfter: new RegExp(`^(?:${alternation(cues.paragraphTopic.after)})`),
    declarationIssuedAfter: new RegExp(`^[」』]?文?[0-9０-９]{0,2}(?:${alternation(cues.declarationIssued.after)})`),
    declarationIssuedBefore: new RegExp(`(?:${alternation(cues.declarationIssued.before)})$`),
    plannedBefore: new RegExp(alternation(cues.plannedBefore.before)),
    cancelledPredicate: new RegExp(`^は、[^。]*(?:${alternation(cues.plannedBefore.topicPredicate)})`),
    anaphoricOpener: new RegExp(
      `^(?:また、|さらに、|なお、)?(?:[^、。]{1,12}は、?)?(?:${alternation(cues.anaphoricDate.openers)}|${cues.anaphoricDate.pattern})`,
    ),
    forumHeldAfter: new RegExp(cues.forumHeldAfter.pattern),
    occasionOpener: new RegExp(cues.occasionOpener.pattern),
    instrumentSubjects: Object.entries(cues.instrumentSubjects.subjects).map(([instrument, words]) => ({
      instrument: instrument as Instrument,
      pattern: new RegExp(alternation(words)),
    })),
  };
  return cached;
}
