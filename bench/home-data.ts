/**
 * A large program with a realistic year in progress, for the home screen's benchmarks: the demo's
 * year (its 24 people, 12 pairs, meetings, check-ins and roll calls) copied as many times as asked,
 * each copy under its own ids and addresses, in one program with one schedule.
 */
import { buildDemoProgram } from '../src/renderer/src/domain/demo/demo-program';
import type {
  Attendance,
  CheckIn,
  Competency,
  MeetingLog,
  Participant,
  Program,
  ProgramEvent,
  Team,
  TeamMember,
} from '../src/renderer/src/domain/model';

export interface LargeProgram {
  program: Program;
  competencies: Competency[];
  participants: Participant[];
  teams: Team[];
  teamMembers: TeamMember[];
  events: ProgramEvent[];
  attendance: Attendance[];
  meetingLogs: MeetingLog[];
  checkIns: CheckIn[];
}

/** The demo year at `now`, copied `copies` times (12 pairs and 24 people per copy). */
export function largeProgram(now: string, copies: number): LargeProgram {
  let seq = 0;
  const demo = buildDemoProgram(now, () => `d${++seq}`, 'year-in-progress');
  const year = demo.year;
  if (!year) throw new Error('The demo year is missing.');
  const out: LargeProgram = {
    program: demo.program,
    competencies: demo.competencies,
    participants: [],
    teams: [],
    teamMembers: [],
    events: year.events,
    attendance: [],
    meetingLogs: [],
    checkIns: [],
  };
  for (let k = 0; k < copies; k++) {
    const id = (original: string) => `${original}-${k}`;
    for (const p of demo.participants) {
      const email = p.email.replace('@', `.${k}@`);
      out.participants.push({ ...p, id: id(p.id), email, emailKey: email, knownWell: p.knownWell.map(id), doNotPair: p.doNotPair.map(id) });
    }
    for (const t of year.teams) out.teams.push({ ...t, id: id(t.id), number: k * year.teams.length + t.number });
    for (const m of year.teamMembers) out.teamMembers.push({ ...m, id: id(m.id), teamId: id(m.teamId), participantId: id(m.participantId) });
    for (const a of year.attendance) {
      if (a.participantId === null && k > 0) continue;
      out.attendance.push({ ...a, id: id(a.id), participantId: a.participantId === null ? null : id(a.participantId) });
    }
    for (const l of year.meetingLogs) out.meetingLogs.push({ ...l, id: id(l.id), teamId: id(l.teamId) });
    for (const c of year.checkIns) {
      out.checkIns.push({ ...c, id: id(c.id), teamId: id(c.teamId), givesMoreId: c.givesMoreId === '' ? '' : id(c.givesMoreId) });
    }
  }
  return out;
}
