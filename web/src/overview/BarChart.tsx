import { BarChart as BarSeries } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useId, useRef } from 'react';

// Only what the overview draws, so the bundle carries one chart type and one renderer. SVG: the
// bars stay sharp at any zoom and print as vectors.
echarts.use([BarSeries, GridComponent, TooltipComponent, SVGRenderer]);

export interface Bar {
  label: string;
  count: number;
}

const BAR_HEIGHT = 26;
const AXIS_SPACE = 48;

/**
 * A horizontal bar chart drawn by Apache ECharts, with its numbers as a table beside it: the
 * chart is an image to assistive technology (its label says so in words), the table is its
 * text equivalent, read cell by cell.
 */
export function BarChart({
  title,
  bars,
  testId,
}: {
  title: string;
  bars: readonly Bar[];
  testId: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const titleId = useId();

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const instance = echarts.init(element, undefined, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(
      {
        animation: false,
        grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        xAxis: { type: 'value', minInterval: 1, axisLabel: { color: '#1b1f24' } },
        yAxis: {
          type: 'category',
          inverse: true,
          data: bars.map((b) => b.label),
          axisLabel: { color: '#1b1f24', width: 160, overflow: 'truncate' },
        },
        series: [
          {
            type: 'bar',
            data: bars.map((b) => b.count),
            itemStyle: { color: '#0b4f9c' },
            label: { show: true, position: 'right', color: '#1b1f24' },
          },
        ],
      },
      true,
    );
    chart.current?.resize();
  }, [bars]);

  return (
    <figure className="chart-figure" aria-labelledby={titleId} data-testid={testId}>
      <figcaption id={titleId}>{title}</figcaption>
      <div className="chart-body">
        <div
          ref={box}
          className="chart"
          role="img"
          aria-label={`Bar chart: ${title}, ${bars.length} bars; the table beside it lists each count.`}
          style={{ height: Math.max(bars.length, 1) * BAR_HEIGHT + AXIS_SPACE }}
        />
        <table className="chart-table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">
                {title.replace(/^Experts by /, '').replace(/^./, (c) => c.toUpperCase())}
              </th>
              <th scope="col">Experts</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((b) => (
              <tr key={b.label}>
                <th scope="row">{b.label}</th>
                <td>{b.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
