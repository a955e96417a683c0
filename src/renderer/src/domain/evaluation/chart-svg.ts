/**
 * Charts for print as SVG text: horizontal and vertical bars, stacked bars and grouped
 * (before/after) bars, with their labels, an axis with light grid lines, and the value printed on
 * every bar, so a chart still says its numbers on a black-and-white copy. Pure: text measures are
 * estimated from Calibri/Carlito's average widths (no DOM), and the same SVG is rasterised to PNG
 * in the browser (canvas) and in Node's tests (resvg).
 *
 * Sizes are CSS pixels (1/96 inch): a chart `widthPx` wide prints at `widthPx / 96` inches.
 */

/** One bar of a single-series chart. */
export interface BarDatum {
  label: string;
  value: number;
  /** What is printed on the bar (default: the value). */
  text?: string;
}

/** One bar made of parts (stacked) or one group of bars side by side (grouped). */
export interface MultiDatum {
  label: string;
  /** One value per series, in series order. */
  values: readonly number[];
  /** What is printed for each part (default: the value; empty: nothing). */
  texts?: readonly string[];
}

export type ChartSpec =
  | { kind: 'bars'; orientation: 'horizontal' | 'vertical'; bars: readonly BarDatum[]; max?: number; axisLabel?: string }
  | { kind: 'stacked'; series: readonly string[]; bars: readonly MultiDatum[]; max?: number; axisLabel?: string }
  | { kind: 'grouped'; series: readonly string[]; groups: readonly MultiDatum[]; max?: number; axisLabel?: string };

/** A chart ready to embed: the SVG text and its size in CSS pixels. */
export interface ChartSvg {
  svg: string;
  widthPx: number;
  heightPx: number;
}

/**
 * Series fills from dark to light: far apart in lightness, so they stay apart in greyscale, and
 * each with the text colour that reads on it.
 */
export const SERIES_FILLS = [
  { fill: '#1F3A5F', text: '#FFFFFF' },
  { fill: '#8FB3D9', text: '#1F2933' },
  { fill: '#4E7AA8', text: '#FFFFFF' },
  { fill: '#D9E3EC', text: '#1F2933' },
] as const;

const INK = '#1F2933';
const MUTED = '#5F6B76';
const GRID = '#D5DCE3';
const AXIS = '#9AA8B5';
const FONT_FAMILY = "Calibri, Carlito, 'Liberation Sans', Arial, sans-serif";
const FONT = 12;
const SMALL = 10.5;

/** Estimated width of text in Calibri at `size` px (average advance ≈ 0.5 em, digits 0.507). */
export function textWidth(text: string, size = FONT): number {
  let em = 0;
  for (const ch of text) {
    if (/[ il.,:;'|!ıjft()[\]]/.test(ch)) em += 0.28;
    else if (/[mwMW%@]/.test(ch)) em += 0.82;
    else if (/[A-Z]/.test(ch)) em += 0.6;
    else em += 0.5;
  }
  return em * size;
}

/**
 * Words broken into at most `maxLines` lines of at most `width` px. Words that do not fit in
 * `maxLines` lines are cut, and the last line ends with "…" (a label must never run into the next).
 */
export function wrapText(text: string, width: number, size = FONT, maxLines = 2): string[] {
  // Only plain spaces break: a no-break space keeps "10 Nov 2026" on one line.
  const words = text.split(/[ \t\n]+/).filter((w) => w !== '');
  const lines: string[] = [];
  let current = '';
  let cut = false;
  for (const word of words) {
    const next = current === '' ? word : `${current} ${word}`;
    if (textWidth(next, size) <= width) {
      current = next;
      continue;
    }
    if (current !== '') {
      if (lines.length === maxLines - 1) {
        cut = true;
        break;
      }
      lines.push(current);
      current = word;
    } else current = word;
    // A word wider than a whole line ends the label there, cut below.
    if (textWidth(current, size) > width) {
      cut = true;
      break;
    }
  }
  if (cut || textWidth(current, size) > width) {
    let shortened = current;
    while (shortened.length > 1 && textWidth(`${shortened}\u2026`, size) > width) shortened = shortened.slice(0, -1);
    current = `${shortened.trimEnd()}\u2026`;
  }
  lines.push(current);
  return lines;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function round(n: number): string {
  return String(Math.round(n * 10) / 10);
}

function textEl(x: number, y: number, text: string, options: { size?: number; anchor?: 'start' | 'middle' | 'end'; fill?: string; bold?: boolean } = {}): string {
  const size = options.size ?? FONT;
  return `<text x="${round(x)}" y="${round(y)}" font-size="${size}"${options.anchor && options.anchor !== 'start' ? ` text-anchor="${options.anchor}"` : ''}${options.fill && options.fill !== INK ? ` fill="${options.fill}"` : ''}${options.bold ? ' font-weight="bold"' : ''}>${escapeXml(text)}</text>`;
}

function rect(x: number, y: number, w: number, h: number, fill: string): string {
  return `<rect x="${round(x)}" y="${round(y)}" width="${round(Math.max(0, w))}" height="${round(h)}" fill="${fill}"/>`;
}

/** A round tick step for an axis up to `value`: 1, 2 or 5 × 10^n (whole numbers for counts), about five steps. */
function niceStep(value: number): number {
  const raw = value / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const step of [1, 2, 5, 10]) if (step * power >= raw - 1e-9) return step * power;
  return 10 * power;
}

/** A round axis maximum at or above `value`: a whole number of nice steps, never 0. */
export function niceMax(value: number): number {
  // Values too small to show (or none) still get an axis.
  if (!(value > 1e-6)) return 1;
  const step = Math.max(1, niceStep(value));
  return Math.ceil(value / step - 1e-9) * step;
}

/** Tick values from 0 to max in nice steps (whole numbers for counts and 1–5 ratings). */
function ticks(max: number): number[] {
  const step = max <= 5 ? (Number.isInteger(max) ? 1 : max / 5) : Math.max(1, niceStep(max));
  const count = Math.max(1, Math.round(max / step));
  return Array.from({ length: count + 1 }, (_, i) => Math.min(max, i * step));
}

function tickText(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

function legend(series: readonly string[], x: number, y: number): string {
  let at = x;
  return series
    .map((name, i) => {
      const swatch = SERIES_FILLS[i % SERIES_FILLS.length]!;
      const part = `${rect(at, y - 10, 12, 12, swatch.fill)}<rect x="${round(at)}" y="${round(y - 10)}" width="12" height="12" fill="none" stroke="${AXIS}" stroke-width="0.6"/>${textEl(at + 17, y, name, { size: SMALL + 0.5 })}`;
      at += 17 + textWidth(name, SMALL + 0.5) + 18;
      return part;
    })
    .join('');
}

function wrapSvg(width: number, height: number, body: string): ChartSvg {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${round(height)}" viewBox="0 0 ${width} ${round(height)}" font-family="${FONT_FAMILY}" fill="${INK}"><rect width="100%" height="100%" fill="#FFFFFF"/>${body}</svg>`;
  return { svg, widthPx: width, heightPx: Math.ceil(height) };
}

/** A value's label on a horizontal bar: after its end, or inside it when the end is too close to the edge. */
function barValueText(x0: number, barWidth: number, y: number, text: string, right: number, colours: { fill: string; text: string }): string {
  const w = textWidth(text, SMALL + 0.5);
  if (x0 + barWidth + 5 + w <= right) return textEl(x0 + barWidth + 5, y, text, { size: SMALL + 0.5, bold: true });
  return textEl(x0 + barWidth - 5, y, text, { size: SMALL + 0.5, anchor: 'end', fill: colours.text, bold: true });
}

interface Row {
  label: string;
  parts: { value: number; text: string; series: number }[];
  stacked: boolean;
}

function horizontal(rows: readonly Row[], width: number, max: number, series: readonly string[], axisLabel: string): ChartSvg {
  const labelWidth = Math.min(width * 0.36, Math.max(...rows.map((r) => textWidth(r.label)), 40) + 10);
  const top = series.length > 1 ? 26 : 6;
  const x0 = labelWidth + 8;
  const right = width - 8;
  const plot = right - x0 - 34;
  const bar = 16;
  const out: string[] = [];
  let y = top;
  const rowLayouts = rows.map((row) => {
    const lines = wrapText(row.label, labelWidth - 6, FONT, 3);
    const barsHeight = row.stacked ? bar : row.parts.length * (bar - 2) + (row.parts.length - 1) * 2;
    const height = Math.max(barsHeight, lines.length * 14) + 10;
    const layout = { row, lines, y, height, barsHeight };
    y += height;
    return layout;
  });
  const bottom = y;
  for (const t of ticks(max)) {
    const x = x0 + (t / max) * plot;
    out.push(`<line x1="${round(x)}" y1="${top - 2}" x2="${round(x)}" y2="${round(bottom)}" stroke="${t === 0 ? AXIS : GRID}" stroke-width="${t === 0 ? 1 : 0.7}"/>`);
    out.push(textEl(x, bottom + 14, tickText(t), { size: SMALL, anchor: 'middle', fill: MUTED }));
  }
  for (const { row, lines, y: rowY, height, barsHeight } of rowLayouts) {
    const mid = rowY + height / 2;
    lines.forEach((line, i) => out.push(textEl(labelWidth, mid + 4 + (i - (lines.length - 1) / 2) * 14, line, { anchor: 'end' })));
    const barTop = mid - barsHeight / 2;
    if (row.stacked) {
      let at = x0;
      row.parts.forEach((part) => {
        const colours = SERIES_FILLS[part.series % SERIES_FILLS.length]!;
        const w = (Math.max(0, part.value) / max) * plot;
        out.push(rect(at, barTop, w, bar, colours.fill));
        if (part.text !== '' && textWidth(part.text, SMALL) + 6 <= w) out.push(textEl(at + w / 2, barTop + bar / 2 + 4, part.text, { size: SMALL, anchor: 'middle', fill: colours.text, bold: true }));
        at += w;
      });
    } else {
      row.parts.forEach((part, i) => {
        const colours = SERIES_FILLS[part.series % SERIES_FILLS.length]!;
        const h = bar - (row.parts.length > 1 ? 2 : 0);
        const top2 = barTop + i * (h + 2);
        const w = (Math.max(0, part.value) / max) * plot;
        out.push(rect(x0, top2, w, h, colours.fill));
        if (part.text !== '') out.push(barValueText(x0, w, top2 + h / 2 + 4, part.text, right, colours));
      });
    }
  }
  let height = bottom + 22;
  if (axisLabel !== '') {
    out.push(textEl(x0 + plot / 2, bottom + 30, axisLabel, { size: SMALL, anchor: 'middle', fill: MUTED }));
    height += 12;
  }
  if (series.length > 1) out.push(legend(series, x0, 14));
  return wrapSvg(width, height, out.join(''));
}

function vertical(bars: readonly BarDatum[], width: number, max: number, axisLabel: string): ChartSvg {
  const left = 34;
  const right = width - 8;
  const slot = (right - left) / Math.max(1, bars.length);
  const size = slot < 60 ? SMALL - 1 : SMALL + 0.5;
  const labels = bars.map((b) => wrapText(b.label, slot - 6, size, 3));
  const labelLines = Math.max(1, ...labels.map((l) => l.length));
  const plotTop = 18;
  const plotHeight = 160;
  const base = plotTop + plotHeight;
  const out: string[] = [];
  for (const t of ticks(max)) {
    const y = base - (t / max) * plotHeight;
    out.push(`<line x1="${left}" y1="${round(y)}" x2="${right}" y2="${round(y)}" stroke="${t === 0 ? AXIS : GRID}" stroke-width="${t === 0 ? 1 : 0.7}"/>`);
    out.push(textEl(left - 5, y + 4, tickText(t), { size: SMALL, anchor: 'end', fill: MUTED }));
  }
  const barWidth = Math.min(56, slot * 0.62);
  bars.forEach((b, i) => {
    const cx = left + slot * (i + 0.5);
    const h = (Math.max(0, b.value) / max) * plotHeight;
    out.push(rect(cx - barWidth / 2, base - h, barWidth, h, SERIES_FILLS[0].fill));
    const text = b.text ?? tickText(b.value);
    if (text !== '') out.push(textEl(cx, base - h - 4, text, { size: SMALL + 0.5, anchor: 'middle', bold: true }));
    labels[i]!.forEach((line, j) => out.push(textEl(cx, base + 14 + j * (size + 2), line, { size, anchor: 'middle' })));
  });
  let height = base + 10 + labelLines * (size + 2) + 4;
  if (axisLabel !== '') {
    out.push(textEl(left, 10, axisLabel, { size: SMALL, fill: MUTED }));
  }
  height += 2;
  return wrapSvg(width, height, out.join(''));
}

/** The chart as SVG, `widthPx` wide; its height follows from the number of bars. */
export function chartSvg(spec: ChartSpec, widthPx: number): ChartSvg {
  const width = Math.round(widthPx);
  const axisLabel = spec.axisLabel ?? '';
  if (spec.kind === 'bars') {
    const max = spec.max ?? niceMax(Math.max(0, ...spec.bars.map((b) => b.value)));
    if (spec.orientation === 'vertical') return vertical(spec.bars, width, max, axisLabel);
    const rows = spec.bars.map((b) => ({ label: b.label, parts: [{ value: b.value, text: b.text ?? tickText(b.value), series: 0 }], stacked: false }));
    return horizontal(rows, width, max, [], axisLabel);
  }
  if (spec.kind === 'stacked') {
    const max = spec.max ?? niceMax(Math.max(0, ...spec.bars.map((b) => b.values.reduce((a, v) => a + Math.max(0, v), 0))));
    const rows = spec.bars.map((b) => ({
      label: b.label,
      parts: b.values.map((value, series) => ({ value, text: b.texts?.[series] ?? (value > 0 ? tickText(value) : ''), series })),
      stacked: true,
    }));
    return horizontal(rows, width, max, spec.series, axisLabel);
  }
  const max = spec.max ?? niceMax(Math.max(0, ...spec.groups.flatMap((g) => g.values)));
  const rows = spec.groups.map((g) => ({
    label: g.label,
    parts: g.values.map((value, series) => ({ value, text: g.texts?.[series] ?? tickText(value), series })),
    stacked: false,
  }));
  return horizontal(rows, width, max, spec.series, axisLabel);
}
