/**
 * Stance over time for one topic, drawn with chart.js (served at /assets/chart.umd.js as a
 * classic script, so it is read from `globalThis.Chart`). Without chart.js the caller shows the
 * table it is given.
 * @module
 */
import type { StanceLabel } from '../core/index.ts'
import type { DomElement } from './dom.ts'

/** One dated stance of a statement. */
export interface StancePoint {
  readonly date: string
  readonly label: StanceLabel
}

type ChartConstructor = new (canvas: DomElement, config: unknown) => unknown

const LABELS: readonly StanceLabel[] = ['support', 'conditional', 'neutral', 'oppose']
const COLOURS: Readonly<Record<StanceLabel, string>> = {
  support: '#2e7d32',
  conditional: '#f9a825',
  neutral: '#9e9e9e',
  oppose: '#c62828',
}

/**
 * Counts of statements per day and stance label, the series of the chart.
 * @example stanceSeries([{ date: '2025-02-02', label: 'oppose' }]).days // ['2025-02-02']
 */
export function stanceSeries(points: readonly StancePoint[]): {
  days: string[]
  counts: Record<StanceLabel, number[]>
} {
  const days = [...new Set(points.map((p) => p.date))].sort()
  const counts = Object.fromEntries(LABELS.map((l) => [l, days.map(() => 0)])) as Record<
    StanceLabel,
    number[]
  >
  for (const p of points) counts[p.label][days.indexOf(p.date)]! += 1
  return { days, counts }
}

/**
 * Draws a stacked bar chart of statements per day by stance on the canvas; false when chart.js
 * is not loaded.
 */
export function drawStanceChart(canvas: DomElement, topic: string, points: readonly StancePoint[]): boolean {
  const Chart = (globalThis as { Chart?: ChartConstructor }).Chart
  if (!Chart) return false
  const { days, counts } = stanceSeries(points)
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: days,
      datasets: LABELS.map((l) => ({ label: l, data: counts[l], backgroundColor: COLOURS[l] })),
    },
    options: {
      animation: false,
      responsive: true,
      plugins: { title: { display: true, text: `Stance on ${topic}: statements per day` } },
      scales: { x: { stacked: true }, y: { stacked: true, ticks: { precision: 0 } } },
    },
  })
  return true
}
