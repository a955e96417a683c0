/** Figures as the coordinator reads them. */

const percent = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 });

/** "75%" for 0.75 (in the system's locale); a dash when there is no figure yet. */
export function formatPercent(rate: number | null): string {
  return rate === null ? '–' : percent.format(rate);
}
