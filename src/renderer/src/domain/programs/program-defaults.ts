/**
 * Program set-up: the defaults a new program starts with (cycle, selection rules, setup
 * checklist) and the validation of what the coordinator types on the set-up screen.
 */
import { z } from 'zod';
import { CATEGORY_ORDER } from '../model';
import type { ChecklistItem, ChecklistKey, Program, SelectionRules } from '../model';
import { addDays, addMonths, formatIsoDate, parseIsoDate } from './iso-date';
import { hasControlCharacters } from './plain-text';

/** First and last day of a program cycle, `YYYY-MM-DD`. */
export interface Cycle {
  cycleStart: string;
  cycleEnd: string;
}

/**
 * The default nine-month cycle: from the next 1 September strictly after `today` to 31 May of the
 * following year. On 1 September itself the cycle already under way is not offered again.
 */
export function defaultCycle(today: string): Cycle {
  const day = parseIsoDate(today);
  if (!day) throw new RangeError(`defaultCycle expects a YYYY-MM-DD day, got ${JSON.stringify(today)}`);
  const startYear = day.month < 9 ? day.year : day.year + 1;
  return {
    cycleStart: formatIsoDate({ year: startYear, month: 9, day: 1 }),
    cycleEnd: formatIsoDate({ year: startYear + 1, month: 5, day: 31 }),
  };
}

/** Each pair picks 3–6 competencies, one or two from each category. */
export const DEFAULT_RULES: Readonly<SelectionRules> = Object.freeze({
  minTotal: 3,
  maxTotal: 6,
  minPerCategory: 1,
  maxPerCategory: 2,
});

/** Default length of a group meeting, in minutes. */
export const DEFAULT_GROUP_MEETING_MINUTES = 120;

/** Default budget currency for new programs. */
export const DEFAULT_CURRENCY = 'EUR';

/** Setup checklist keys in the order the steps are usually done. */
export const CHECKLIST_KEYS: readonly ChecklistKey[] = ['buy-in', 'committee', 'mission', 'design', 'training', 'budget'];

/** Label and a one-line hint for each setup checklist step. */
export const CHECKLIST_INFO: Readonly<Record<ChecklistKey, { label: string; hint: string }>> = Object.freeze({
  'buy-in': {
    label: 'Leadership buy-in',
    hint: 'Win support from senior leaders and invite colleagues to opt in for a trial period.',
  },
  committee: {
    label: 'Steering committee',
    hint: 'Gather a few volunteers to plan the program, recruit participants and share the work.',
  },
  mission: {
    label: 'Mission, goals and outcomes',
    hint: 'Write down why the program exists, what pairs should gain and how you will measure success.',
  },
  design: {
    label: 'Program design',
    hint: 'Settle the calendar, meeting format, competency rules and how pairs will be matched.',
  },
  training: {
    label: 'Mentor training',
    hint: 'Prepare the orientation: goals, the peer mentoring agreement and tips for productive meetings.',
  },
  budget: {
    label: 'Budget',
    hint: 'Estimate catering, a training facilitator and printing, and get the total approved.',
  },
});

/** The setup checklist of a new program: every step open, no owner, no due date. */
export const DEFAULT_CHECKLIST: readonly Readonly<ChecklistItem>[] = Object.freeze(
  CHECKLIST_KEYS.map((key) => Object.freeze({ key, done: false, owner: '', due: '', notes: '' })),
);

/** A fresh, mutable copy of the default checklist. */
export function defaultChecklist(): ChecklistItem[] {
  return DEFAULT_CHECKLIST.map((item) => ({ ...item }));
}

/** A single-line text field: NFC, trimmed, control characters refused, length in characters. */
function line(label: string, min: number, max: number) {
  return z
    .string({ error: `${label} must be text.` })
    .refine((s) => !hasControlCharacters(s), {
      error: `Remove the line break, tab or other invisible character from ${label.toLowerCase()}.`,
    })
    .normalize('NFC')
    .trim()
    .refine((s) => [...s].length >= min, {
      error: min === 1 ? `Enter ${label.toLowerCase()}.` : `${label} needs at least ${min} characters.`,
    })
    .refine((s) => [...s].length <= max, {
      error: (iss) =>
        `Shorten ${label.toLowerCase()} to ${max} characters or fewer (it has ${[...String(iss.input).trim()].length}).`,
    });
}

const isoDay = (label: string) =>
  z
    .string({ error: `Enter the ${label} as YYYY-MM-DD.` })
    .trim()
    .refine((s) => parseIsoDate(s) !== null, {
      error: `Enter the ${label} as a real date, YYYY-MM-DD (for example 2026-09-01).`,
    });

const wholeNumber = (label: string, min: number, max: number) =>
  z
    .number({ error: `Enter a number for ${label}.` })
    .int({ error: `Use a whole number for ${label}.` })
    .min(min, { error: `Set ${label} to ${min} or more.` })
    .max(max, { error: `Set ${label} to ${max} or less.` });

/** Largest number of competencies a pair may be asked to choose. */
export const RULES_MAX_TOTAL = 20;

/** Selection rules, with consistency checks that name the number to change. */
export const selectionRulesSchema = z
  .object({
    minTotal: wholeNumber('the minimum total', 1, RULES_MAX_TOTAL),
    maxTotal: wholeNumber('the maximum total', 1, RULES_MAX_TOTAL),
    minPerCategory: wholeNumber('the minimum per category', 0, RULES_MAX_TOTAL),
    maxPerCategory: wholeNumber('the maximum per category', 1, RULES_MAX_TOTAL),
  })
  .superRefine((r, ctx) => {
    const categories = CATEGORY_ORDER.length;
    if (r.minTotal > r.maxTotal) {
      ctx.addIssue({
        code: 'custom',
        path: ['minTotal'],
        message: `The minimum total (${r.minTotal}) is above the maximum total (${r.maxTotal}): lower the minimum or raise the maximum.`,
      });
    }
    if (r.minPerCategory > r.maxPerCategory) {
      ctx.addIssue({
        code: 'custom',
        path: ['minPerCategory'],
        message: `The minimum per category (${r.minPerCategory}) is above the maximum per category (${r.maxPerCategory}): lower the minimum or raise the maximum.`,
      });
    }
    if (r.minPerCategory * categories > r.maxTotal) {
      ctx.addIssue({
        code: 'custom',
        path: ['minPerCategory'],
        message:
          `At least ${r.minPerCategory} from each of the ${categories} categories makes ${r.minPerCategory * categories}, ` +
          `more than the maximum total of ${r.maxTotal}: lower the minimum per category or raise the maximum total.`,
      });
    }
    if (r.maxPerCategory * categories < r.minTotal) {
      ctx.addIssue({
        code: 'custom',
        path: ['maxPerCategory'],
        message:
          `At most ${r.maxPerCategory} from each of the ${categories} categories allows only ${r.maxPerCategory * categories}, ` +
          `fewer than the minimum total of ${r.minTotal}: raise the maximum per category or lower the minimum total.`,
      });
    }
  });

/** One setup checklist step as edited on the set-up screen. */
export const checklistItemSchema = z.object({
  key: z.enum(CHECKLIST_KEYS as [ChecklistKey, ...ChecklistKey[]], { error: 'Unknown checklist step.' }),
  done: z.boolean().default(false),
  owner: line('The owner', 0, 120).default(''),
  due: z
    .string()
    .trim()
    .refine((s) => s === '' || parseIsoDate(s) !== null, {
      error: 'Enter the due date as YYYY-MM-DD, or leave it empty.',
    })
    .default(''),
  notes: z
    .string()
    .refine((s) => !hasControlCharacters(s, true), { error: 'Remove the invisible character from the notes.' })
    .transform((s) => s.normalize('NFC').trim())
    .refine((s) => s.length <= 2000, { error: 'Shorten the notes to 2000 characters or fewer.' })
    .default(''),
});

/** A budget line as typed, before it gets an id. */
export const budgetLineDraftSchema = z.object({
  item: line('The budget item', 1, 120),
  amountCents: z
    .number({ error: 'Enter an amount for the budget item.' })
    .int({ error: 'Amounts are stored in cents: use a whole number of cents.' })
    .min(0, { error: 'Enter a budget amount of 0 or more.' })
    .max(100_000_000_000, { error: 'That amount is too large for a program budget. Check for extra digits.' }),
});

const MIN_CYCLE_MONTHS = 3;
const MAX_CYCLE_MONTHS = 18;

/** What the coordinator types to create or edit a program; text is cleaned (NFC, trimmed). */
export const programDraftSchema = z
  .object({
    name: line('The program name', 1, 120),
    organisation: line('The organisation', 0, 120).default(''),
    coordinatorName: line('The coordinator name', 1, 120),
    coordinatorTitle: line('The coordinator role', 0, 120).optional(),
    coordinatorEmail: z
      .string({ error: 'The coordinator email must be text.' })
      .trim()
      .refine((s) => s === '' || z.email().safeParse(s).success, {
        error: 'Enter a valid coordinator email such as name@example.org, or leave it empty.',
      })
      .default(''),
    cycleStart: isoDay('cycle start date'),
    cycleEnd: isoDay('cycle end date'),
    groupMeetingMinutes: wholeNumber('the group meeting length (minutes)', 30, 240).default(
      DEFAULT_GROUP_MEETING_MINUTES,
    ),
    rules: selectionRulesSchema.default({ ...DEFAULT_RULES }),
    currency: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{3}$/, { error: 'Enter the currency as a three-letter code such as EUR, USD or GBP.' })
      .default(DEFAULT_CURRENCY),
    checklist: z.array(checklistItemSchema).default(defaultChecklist),
    budget: z.array(budgetLineDraftSchema).max(200, { error: 'Keep the budget to 200 lines or fewer.' }).default([]),
  })
  .superRefine((d, ctx) => {
    const start = parseIsoDate(d.cycleStart);
    const end = parseIsoDate(d.cycleEnd);
    if (!start || !end) return; // the field checks already said what to fix
    if (d.cycleEnd <= d.cycleStart) {
      ctx.addIssue({
        code: 'custom',
        path: ['cycleEnd'],
        message: `The cycle must end after it starts: choose an end date after ${d.cycleStart}.`,
      });
      return;
    }
    const earliestEnd = addDays(addMonths(d.cycleStart, MIN_CYCLE_MONTHS), -1);
    const latestEnd = addDays(addMonths(d.cycleStart, MAX_CYCLE_MONTHS), -1);
    if (d.cycleEnd < earliestEnd) {
      ctx.addIssue({
        code: 'custom',
        path: ['cycleEnd'],
        message: `A cycle lasts at least ${MIN_CYCLE_MONTHS} months: choose an end date on or after ${earliestEnd}.`,
      });
    } else if (d.cycleEnd > latestEnd) {
      ctx.addIssue({
        code: 'custom',
        path: ['cycleEnd'],
        message: `A cycle lasts at most ${MAX_CYCLE_MONTHS} months: choose an end date on or before ${latestEnd}.`,
      });
    }
    const keys = d.checklist.map((c) => c.key);
    const duplicate = keys.find((k, i) => keys.indexOf(k) !== i);
    if (duplicate) {
      ctx.addIssue({
        code: 'custom',
        path: ['checklist'],
        message: `The checklist has “${CHECKLIST_INFO[duplicate].label}” twice: keep one.`,
      });
    }
  });

/** Program draft as typed (optional fields may be missing). */
export type ProgramDraftInput = z.input<typeof programDraftSchema>;
/** Program draft after validation and clean-up: what `newProgram` takes. */
export type ProgramDraft = z.output<typeof programDraftSchema>;

/** The first problem in a draft as `{ field, message }`, with the field as a dotted path. */
export function firstProgramDraftProblem(error: z.ZodError): { field: string; message: string } {
  const issue = error.issues[0];
  return { field: issue?.path.map(String).join('.') ?? '', message: issue?.message ?? 'Check the program details.' };
}

/** A new, active, non-demo program from a validated draft (see `programDraftSchema`). */
export function newProgram(draft: ProgramDraft, now: string, newId: () => string): Program {
  return {
    id: newId(),
    name: draft.name,
    organisation: draft.organisation,
    coordinatorName: draft.coordinatorName,
    coordinatorEmail: draft.coordinatorEmail,
    cycleStart: draft.cycleStart,
    cycleEnd: draft.cycleEnd,
    groupMeetingMinutes: draft.groupMeetingMinutes,
    rules: { ...draft.rules },
    checklist: completeChecklist(draft.checklist),
    budget: draft.budget.map((line) => ({ id: newId(), item: line.item, amountCents: line.amountCents })),
    currency: draft.currency,
    status: 'active',
    isDemo: false,
    createdAt: now,
    updatedAt: now,
  };
}

/** The checklist in canonical order with every step present (missing steps added open). */
export function completeChecklist(items: readonly ChecklistItem[]): ChecklistItem[] {
  return CHECKLIST_KEYS.map((key) => {
    const found = items.find((i) => i.key === key);
    return found ? { ...found } : { key, done: false, owner: '', due: '', notes: '' };
  });
}
