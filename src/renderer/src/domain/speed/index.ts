/** Public API of the speed mentoring domain: rotation planning, figures, timetable, live clock. */
export * from './speed-model';
export { planRotation, roundsForEveryone } from './plan-rotation';
export { assignTables, seatsOf, tableMoves } from './tables';
export { rotationQuality } from './quality';
export type { RotationQuality } from './quality';
export * from './timing';
export * from './live-clock';
export * from './speed-event';
export * from './speed-texts';
export * from './met-at-speed';
export * from './continue-import';
