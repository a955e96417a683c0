/**
 * The report's charts as PNG in the app: the SVG drawn onto a canvas at the report's resolution
 * (`CHART_SCALE` image pixels per CSS pixel), with the system's fonts (Calibri on Windows). Runs
 * on the UI thread: an SVG image cannot be decoded inside a worker; nine charts take a blink.
 */
import type { ChartSvg } from '../../domain/evaluation/chart-svg';
import { CHART_SCALE } from '../../domain/evaluation/report-charts';

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('A chart could not be drawn.'));
    image.src = url;
  });
}

/** One chart's PNG bytes; null when the browser cannot draw it (the report then prints why). */
export async function rasteriseChart(chart: ChartSvg): Promise<Uint8Array | null> {
  try {
    const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(chart.svg)}`;
    const image = await loadImage(url);
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(chart.widthPx * CHART_SCALE);
    canvas.height = Math.round(chart.heightPx * CHART_SCALE);
    const context = canvas.getContext('2d');
    if (!context) return null;
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    return blob ? new Uint8Array(await blob.arrayBuffer()) : null;
  } catch {
    return null;
  }
}
