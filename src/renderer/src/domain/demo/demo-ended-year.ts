/**
 * The demo program's year that has ended: the year in progress carried to the end of the cycle,
 * then closed. Two people withdrew during the year (their teams ended, the reason on record),
 * most people rated themselves at orientation and again at the debrief, and most answered the
 * end-of-program feedback. Pure and deterministic: the same input gives the same records.
 *
 * The story: growth is modest and uneven (most competencies rise by one step, a few by two, a
 * few not at all, one falls); people rate themselves higher on what they offered than on what
 * they wanted to learn. Fatima was excused from orientation and only rated herself at the end;
 * Oliver and Lan did not hand in the end-of-year form; Patrick and Tomasz (the pair that
 * stalled, with no competencies chosen) have no ratings. Three quotes may be used with the
 * name, five without it; some people wrote a quote but said it may not be used.
 */
import type { Feedback, FeedbackAnswer, Participant, Program, QuoteConsent, Rating, Team } from '../model';
import { isGroupGathering } from '../schedule/annual-schedule';
import { addDays } from '../schedule/iso-dates';
import { sequence, workingDay, type DemoYear } from './demo-year';

/** Someone who left during the year: the day (days after the cycle starts) and why. */
interface Withdrawal {
  ref: string;
  afterDays: number;
  reason: string;
}

const WITHDRAWALS: readonly Withdrawal[] = [
  {
    ref: 'patrick',
    afterDays: 130,
    reason: 'Patrick withdrew from the program: his ward rota changed until spring and he could not keep regular meetings. No fault on either side.',
  },
  {
    ref: 'chidi',
    afterDays: 190,
    reason: 'Chidi left Larkfield Health in March for a job in another organisation.',
  },
];

/** No rating at the start (missed orientation, form never returned). */
const NO_PRE = new Set(['fatima']);
/** No rating at the end (did not hand in the end-of-year form). */
const NO_POST = new Set(['oliver', 'lan']);

interface FeedbackRow {
  ref: string;
  satisfaction: number | null;
  recommend: FeedbackAnswer | null;
  again: FeedbackAnswer | null;
  helpedMost: string;
  barriers: string;
  pastBarriers: string;
  bothRoles: string;
  quote: string;
  consent: QuoteConsent;
}

const FEEDBACK: readonly FeedbackRow[] = [
  {
    ref: 'zoe', satisfaction: 5, recommend: 'yes', again: 'yes',
    helpedMost: 'Having a fixed slot every third Thursday. We never had to negotiate dates.',
    barriers: 'Winter pressures on the ward in January.',
    pastBarriers: 'We switched to short video calls for a month.',
    bothRoles: 'I expected to do all the giving. Ngozi showed me how she writes up audits and I use it now.',
    quote: 'I came in as the experienced one and left having learned as much as I taught.', consent: 'named',
  },
  {
    ref: 'ngozi', satisfaction: 5, recommend: 'yes', again: 'yes',
    helpedMost: 'Practising what to say before speaking up at the ward meeting.',
    barriers: 'Finding a quiet room.',
    pastBarriers: 'The library meeting room, booked a month ahead.',
    bothRoles: 'Strange at first to be the one explaining something to a ward manager, then it felt normal.',
    quote: 'It gave me the confidence to speak up in meetings where I used to stay quiet.', consent: 'anonymous',
  },
  {
    ref: 'siobhan', satisfaction: 4, recommend: 'yes', again: 'yes',
    helpedMost: 'Seeing how Rahul weighs options before a decision.',
    barriers: 'Two sites: Harbour Street and Riverside.',
    pastBarriers: 'Alternating who travelled.',
    bothRoles: 'Balanced. We each had something the other wanted.',
    quote: 'A good reason to step out of my own department once a fortnight.', consent: 'no',
  },
  {
    ref: 'rahul', satisfaction: 4, recommend: 'yes', again: 'not-sure',
    helpedMost: 'Talking through how people react to change before the IT rollout.',
    barriers: 'Project deadlines in spring.',
    pastBarriers: 'We kept meetings short rather than cancelling.',
    bothRoles: 'Useful reminder that experience in one area does not carry over to every other.',
    quote: '', consent: 'no',
  },
  {
    ref: 'ingrid', satisfaction: 4, recommend: 'yes', again: 'yes',
    helpedMost: 'The group meetings: hearing other pairs’ stories.',
    barriers: 'I talked too much in our first meetings.',
    pastBarriers: 'The coordinator’s check-in made me notice it; José led the later meetings.',
    bothRoles: 'I had to learn to be the one asking questions. Worth it.',
    quote: 'The best conversations started when I stopped being the expert.', consent: 'named',
  },
  {
    ref: 'jose', satisfaction: 3, recommend: 'not-sure', again: 'not-sure',
    helpedMost: 'Ingrid’s advice on preparing for difficult meetings.',
    barriers: 'For a long time it was mostly about her topics, and I found it hard to ask for time.',
    pastBarriers: 'Leading a meeting myself on the stock analysis changed things.',
    bothRoles: 'Only in the second half of the year did I feel like a mentor too.',
    quote: 'Ask for what you need from the first meeting, not the fifth.', consent: 'anonymous',
  },
  {
    ref: 'lukas', satisfaction: 5, recommend: 'yes', again: 'yes',
    helpedMost: 'Hana reading my reports and telling me where she got lost.',
    barriers: 'None really.',
    pastBarriers: '',
    bothRoles: 'Natural, because we already knew each other from the data project.',
    quote: 'My writing is clearer and I finally enjoy presenting.', consent: 'no',
  },
  {
    ref: 'hana', satisfaction: 4, recommend: 'yes', again: 'yes',
    helpedMost: 'Learning how Lukas approaches a technical problem step by step.',
    barriers: 'Workload in February.',
    pastBarriers: 'We moved to lunchtime meetings.',
    bothRoles: 'I liked having something to give back.',
    quote: '', consent: 'no',
  },
  {
    ref: 'meilin', satisfaction: 3, recommend: 'yes', again: 'not-sure',
    helpedMost: 'The first months with Chidi, on how he deals with difficult callers.',
    barriers: 'Chidi left in March and I had no partner after that.',
    pastBarriers: 'The group meetings kept me involved.',
    bothRoles: 'Good while it lasted.',
    quote: '', consent: 'no',
  },
  {
    ref: 'chidi', satisfaction: 4, recommend: 'yes', again: 'no',
    helpedMost: 'Mei Lin’s way of checking her own work.',
    barriers: 'I am leaving Larkfield Health.',
    pastBarriers: '',
    bothRoles: 'Surprising that an accountant wanted to learn from the service desk.',
    quote: 'Short, but it changed how I plan my work.', consent: 'anonymous',
  },
  {
    ref: 'bjorn', satisfaction: 4, recommend: 'yes', again: 'yes',
    helpedMost: 'Amara’s view of how patients experience our changes.',
    barriers: 'Amara’s shifts.',
    pastBarriers: 'Meeting at Eastgate after her early shift.',
    bothRoles: 'I learned more than I expected.',
    quote: '', consent: 'no',
  },
  {
    ref: 'amara', satisfaction: 5, recommend: 'yes', again: 'yes',
    helpedMost: 'Björn asking me what I would do, instead of telling me.',
    barriers: 'Shifts, and feeling nervous at first.',
    pastBarriers: 'Björn came to Eastgate so I did not have to travel.',
    bothRoles: 'It felt good that my experience with patients counted.',
    quote: 'I feel ready to apply for the senior nurse post.', consent: 'named',
  },
  {
    ref: 'kwame', satisfaction: 5, recommend: 'yes', again: 'yes',
    helpedMost: 'Working on my writing with Lan each month.',
    barriers: 'Lan works part-time, so fewer days to choose from.',
    pastBarriers: 'Always Tuesdays.',
    bothRoles: 'As a teacher I am used to giving. Receiving was the new part.',
    quote: '', consent: 'no',
  },
  {
    ref: 'lan', satisfaction: 4, recommend: 'yes', again: 'yes',
    helpedMost: 'Practising short talks in front of Kwame.',
    barriers: 'Part-time hours.',
    pastBarriers: 'Fixed day every month.',
    bothRoles: 'Comfortable.',
    quote: '', consent: 'no',
  },
  {
    ref: 'daniel', satisfaction: 4, recommend: 'yes', again: 'yes',
    helpedMost: 'Sofía’s way of getting a team to agree.',
    barriers: 'Too many meetings in my diary already.',
    pastBarriers: 'We combined a meeting with the audit walk-round twice.',
    bothRoles: 'Fine. Being asked questions made me explain decisions I take for granted.',
    quote: 'Explaining my decisions to someone outside pharmacy made me better at them.', consent: 'anonymous',
  },
  {
    ref: 'sofia', satisfaction: 5, recommend: 'yes', again: 'yes',
    helpedMost: 'Daniel showing me how to make a decision and move on.',
    barriers: '',
    pastBarriers: '',
    bothRoles: 'Easy. We were open with each other from the start.',
    quote: '', consent: 'no',
  },
  {
    ref: 'mohammed', satisfaction: 4, recommend: 'yes', again: 'yes',
    helpedMost: 'Fatima’s checklists.',
    barriers: 'The pairing letter came late, so we started a month after the others.',
    pastBarriers: 'The coordinator sent it again and we met the same week.',
    bothRoles: 'We were both early in our careers, which made it relaxed.',
    quote: '', consent: 'no',
  },
  {
    ref: 'fatima', satisfaction: 4, recommend: 'yes', again: 'yes',
    helpedMost: 'Mohammed encouraging me to take the lead on a small project.',
    barriers: 'I missed the orientation.',
    pastBarriers: 'The coordinator explained the worksheet to me by phone.',
    bothRoles: 'I did not think I had much to offer; it turned out I did.',
    quote: '', consent: 'no',
  },
  {
    ref: 'grace', satisfaction: 3, recommend: 'not-sure', again: 'no',
    helpedMost: 'Talking about new ideas with someone outside Finance.',
    barriers: 'I retire next year and could not give it the time I wanted.',
    pastBarriers: '',
    bothRoles: 'Fine.',
    quote: '', consent: 'no',
  },
  {
    ref: 'elodie', satisfaction: 5, recommend: 'yes', again: 'yes',
    helpedMost: 'Grace’s honesty about what works in a large organisation.',
    barriers: '',
    pastBarriers: '',
    bothRoles: 'I ran a training session for Grace’s team: the first time I felt like a mentor.',
    quote: '', consent: 'no',
  },
  {
    ref: 'analucia', satisfaction: 4, recommend: 'yes', again: 'yes',
    helpedMost: 'Oliver’s way of planning towards a clear result.',
    barriers: 'Our letter came late.',
    pastBarriers: '',
    bothRoles: 'Balanced.',
    quote: 'Worth every hour, even in a busy year.', consent: 'anonymous',
  },
];

const clamp = (n: number): number => Math.min(5, Math.max(1, n));

/** What closing the demo year needs. */
export interface DemoEndedYearInput {
  program: Program;
  participants: readonly Participant[];
  /** The demo's people by their short handle in the demo table. */
  refOf: ReadonlyMap<string, string>;
  year: DemoYear;
  newId: () => string;
}

/** The year closed: participants (with the withdrawals), the year's records, ratings and feedback. */
export interface DemoEndedYear {
  participants: Participant[];
  year: DemoYear;
}

/** Closes the demo year (see the file comment for its story). */
export function closeDemoYear(input: DemoEndedYearInput): DemoEndedYear {
  const { program, refOf, newId } = input;
  const idOf = (ref: string): string => {
    const id = [...refOf].find(([, r]) => r === ref)?.[0];
    if (!id) throw new Error(`The ended demo year refers to an unknown person: ${ref}`);
    return id;
  };
  const gatherings = input.year.events.filter((e) => isGroupGathering(e.kind)).sort((a, b) => (a.date < b.date ? -1 : 1));
  const orientation = gatherings[0]?.date ?? program.cycleStart;
  const debrief = input.year.events.find((e) => e.kind === 'debrief')?.date ?? program.cycleEnd;

  // Withdrawals: the person's team ends that day; nothing of theirs is recorded after it.
  let participants = [...input.participants];
  let { teams, attendance, meetingLogs, checkIns, teamNotes } = input.year;
  const leftOn = new Map<string, string>();
  for (const w of WITHDRAWALS) {
    const id = idOf(w.ref);
    const day = workingDay(addDays(program.cycleStart, w.afterDays));
    leftOn.set(id, day);
    const teamIds = new Set(input.year.teamMembers.filter((m) => m.participantId === id).map((m) => m.teamId));
    participants = participants.map((p) =>
      p.id === id
        ? { ...p, status: 'withdrawn', notes: [p.notes, `Withdrew on ${day}.`].filter(Boolean).join(' '), updatedAt: `${day}T12:00:00.000Z` }
        : p,
    );
    teams = teams.map((t): Team =>
      teamIds.has(t.id) ? { ...t, status: 'ended', endedOn: day, endedReason: w.reason, updatedAt: `${day}T12:00:00.000Z` } : t,
    );
    const eventDay = new Map(input.year.events.map((e) => [e.id, e.date]));
    attendance = attendance.filter((a) => !(a.participantId === id && (eventDay.get(a.eventId) ?? '') > day));
    meetingLogs = meetingLogs.filter((l) => !(teamIds.has(l.teamId) && l.date > day));
    checkIns = checkIns.filter((c) => !(teamIds.has(c.teamId) && c.date > day));
    teamNotes = teamNotes.filter((n) => !(teamIds.has(n.teamId) && n.date > day));
  }

  // Self-ratings: at orientation and at the debrief, on each competency the team chose.
  const ratings: Rating[] = [];
  const byId = new Map(participants.map((p) => [p.id, p]));
  input.year.teams.forEach((team, t) => {
    const memberIds = input.year.teamMembers.filter((m) => m.teamId === team.id).map((m) => m.participantId);
    memberIds.forEach((pid, m) => {
      const person = byId.get(pid);
      const ref = refOf.get(pid) ?? '';
      if (!person) return;
      const random = sequence(1000 + 10 * t + m);
      const post: { competencyId: string; value: number }[] = [];
      for (const competencyId of team.competencyIds) {
        const offered = person.offers.includes(competencyId);
        const wanted = person.wants.includes(competencyId);
        const r = random();
        const pre = offered ? 3 + (r < 0.5 ? 0 : 1) : wanted ? 1 + Math.floor(r * 3) : 2 + (r < 0.6 ? 0 : 1);
        const g = random();
        // Most rise one step, some two (more often on what they wanted to learn), some stay, a few fall.
        const growth = g < 0.08 ? -1 : g < 0.3 ? 0 : g < (wanted ? 0.65 : 0.85) ? 1 : 2;
        if (!NO_PRE.has(ref)) {
          ratings.push({ id: newId(), programId: program.id, participantId: pid, competencyId, phase: 'pre', value: pre, createdAt: `${orientation}T16:30:00.000Z` });
        }
        post.push({ competencyId, value: clamp(pre + growth) });
      }
      if (NO_POST.has(ref) || leftOn.has(pid)) return;
      for (const { competencyId, value } of post) {
        ratings.push({ id: newId(), programId: program.id, participantId: pid, competencyId, phase: 'post', value, createdAt: `${debrief}T16:30:00.000Z` });
      }
    });
  });

  // Feedback: at the debrief (a few days later for some), or on the day someone left.
  const feedback: Feedback[] = FEEDBACK.map((row, i) => {
    const participantId = idOf(row.ref);
    const answeredOn = leftOn.get(participantId) ?? workingDay(addDays(debrief, i % 4 === 3 ? 3 : 0));
    const at = `${answeredOn}T17:00:00.000Z`;
    return {
      id: newId(),
      programId: program.id,
      participantId,
      satisfaction: row.satisfaction,
      wouldRecommend: row.recommend,
      helpedMost: row.helpedMost,
      barriers: row.barriers,
      pastBarriers: row.pastBarriers,
      bothRoles: row.bothRoles,
      wouldJoinAgain: row.again,
      quote: row.quote,
      quoteConsent: row.consent,
      answeredOn,
      createdAt: at,
      updatedAt: at,
    };
  });

  return {
    participants,
    year: { ...input.year, teams, attendance, meetingLogs, checkIns, teamNotes, ratings, feedback },
  };
}
