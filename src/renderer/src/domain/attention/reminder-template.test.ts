import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProgramEvent } from '../model';
import {
  DEFAULT_REMINDER_TEMPLATE,
  nextGroupMeeting,
  readReminderTemplate,
  reminderDraft,
  reminderTemplateErrors,
  reminderTemplateKey,
  renderReminder,
  validateReminderTemplate,
  type ReminderContext,
  type ReminderTeam,
} from './reminder-template';

const ctx: ReminderContext = {
  programName: 'Larkfield Health — Peer Mentoring 2026–27',
  organisation: 'Larkfield Health',
  coordinatorName: 'Maeve Gallagher',
  coordinatorEmail: 'maeve.gallagher@example.org',
  nextGroupMeeting: { date: '2027-01-12', startTime: '12:00', place: 'Board room' },
};

const team: ReminderTeam = {
  label: 'Pair 07',
  members: [
    { name: 'Zoë Hartmann', firstName: 'Zoë', email: 'zoe.hartmann@example.org' },
    { name: 'José Ortega', firstName: 'José', email: ' jose.ortega@example.org ' },
  ],
};

describe('reminder template', () => {
  it('the default is valid and reads as a friendly note, with names, the next meeting and the coordinator', () => {
    expect(validateReminderTemplate(DEFAULT_REMINDER_TEMPLATE)).toEqual([]);
    const draft = reminderDraft(DEFAULT_REMINDER_TEMPLATE, ctx, team);
    expect(draft.to).toEqual(['zoe.hartmann@example.org', 'jose.ortega@example.org']);
    expect(draft.subject).toBe('Larkfield Health — Peer Mentoring 2026–27: how is your peer mentoring going?');
    expect(draft.body).toMatch(/^Dear Zoë and José,\n\n/);
    expect(draft.body).toContain('Our next group meeting: Tuesday 12 January 2027 at 12:00, Board room.');
    expect(draft.body).toMatch(/Kind regards,\nMaeve Gallagher$/);
    // Nothing internal reaches participants.
    expect(draft.body).not.toMatch(/\{|\}|flag|score|urgency|weeks/i);
  });

  it('says "to be announced" when no group meeting is coming', () => {
    const body = renderReminder(DEFAULT_REMINDER_TEMPLATE, { ...ctx, nextGroupMeeting: null }, team).body;
    expect(body).toContain('Our next group meeting: to be announced.');
  });

  it('names an unknown placeholder with the one probably meant, by line and column', () => {
    const problems = validateReminderTemplate({ subject: 'Hello {{teem}}', body: 'Hi {{first name}},\n\nSee you {{nxt group meeting}}.\n{{cheese}}' });
    expect(problems.map((p) => [p.field, p.line, p.column, p.message])).toEqual([
      ['subject', 1, 7, 'Subject: unknown placeholder {{teem}}. Did you mean {{team}}?'],
      ['body', 3, 9, 'Line 3: unknown placeholder {{nxt group meeting}}. Did you mean {{next group meeting}}?'],
      ['body', 4, 1, 'Line 4: unknown placeholder {{cheese}}. Pick one from the list of placeholders, or remove it.'],
    ]);
  });

  it('reads other spellings as the placeholder meant, and asks for double braces', () => {
    const template = { subject: '{{teamLabel}} check-in', body: 'Dear {names},\nFrom {{coordinator_name}} {not a placeholder}' };
    expect(reminderTemplateErrors(template).map((p) => p.message)).toEqual(['Line 1: {names} needs double braces: write {{names}}.']);
    expect(renderReminder(template, ctx, team)).toEqual({
      subject: 'Pair 07 check-in',
      body: 'Dear {names},\nFrom Maeve Gallagher {not a placeholder}',
    });
  });

  it('refuses an empty or multi-line subject and an empty body; warns about a long body', () => {
    expect(reminderTemplateErrors({ subject: ' ', body: '' }).map((p) => p.message)).toEqual([
      'Subject: write a subject line.',
      'Line 1: write the message.',
    ]);
    expect(reminderTemplateErrors({ subject: 'a\nb', body: 'x' }).map((p) => p.message)).toEqual(['Subject: keep the subject on one line.']);
    const long = validateReminderTemplate({ subject: 'Hi', body: 'x'.repeat(1600) });
    expect(long.map((p) => p.severity)).toEqual(['warning']);
  });

  it('never sends braces or an unknown placeholder, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.string({ maxLength: 300 }), (subject, body) => {
        const out = renderReminder({ subject, body }, ctx, team);
        expect(out.subject).not.toMatch(/\{\{|\}\}|[\r\n]/);
        expect(out.body).not.toMatch(/\{\{|\}\}/);
      }),
    );
  });

  it('is stored per program, and a damaged stored value reads as the default', () => {
    expect(reminderTemplateKey('p1')).toBe('reminderTemplate:p1');
    expect(readReminderTemplate({ subject: 'Hi', body: 'There' })).toEqual({ subject: 'Hi', body: 'There' });
    expect(readReminderTemplate({ subject: 3 })).toEqual(DEFAULT_REMINDER_TEMPLATE);
  });

  it('finds the next group gathering on or after today, never a pair month', () => {
    const event = (id: string, kind: ProgramEvent['kind'], date: string): ProgramEvent => ({
      id, programId: 'p', kind, title: id, topic: null, date, startTime: '12:00', minutes: 120, place: '', notes: '',
    });
    const events = [event('pairs', 'pairs', '2026-12-01'), event('jan', 'group', '2027-01-12'), event('nov', 'group', '2026-11-10')];
    expect(nextGroupMeeting(events, '2026-11-11')?.id).toBe('jan');
    expect(nextGroupMeeting(events, '2026-11-10')?.id).toBe('nov');
    expect(nextGroupMeeting(events, '2027-02-01')).toBeNull();
  });
});
