// A small bar chart in plain SVG (no chart library): one bar per day, the count written above
// each non-empty bar, and a text table for screen readers.
export function BarChart({ bars, title, width = 320, height = 90 }: { bars: { label: string; value: number }[]; title: string; width?: number; height?: number }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const gap = 2;
  const w = (width - gap * (bars.length - 1)) / Math.max(1, bars.length);
  const top = 12;
  const base = height - 12;
  return (
    <figure class="op-chart">
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={title} data-testid="op-chart">
        <title>{title}</title>
        <line x1={0} x2={width} y1={base} y2={base} stroke="#7b8a99" />
        {bars.map((b, i) => {
          const h = ((base - top) * b.value) / max;
          const x = i * (w + gap);
          return (
            <g key={i}>
              <rect x={x} y={base - h} width={w} height={h} fill="#1a5fb4" data-value={b.value}><title>{`${b.label} : ${b.value}`}</title></rect>
              {b.value > 0 && <text x={x + w / 2} y={base - h - 2} font-size="9" text-anchor="middle" fill="#17202a">{b.value}</text>}
            </g>
          );
        })}
        <text x={0} y={height - 1} font-size="9" fill="#3d4b59">{bars[0]?.label}</text>
        <text x={width} y={height - 1} font-size="9" text-anchor="end" fill="#3d4b59">{bars[bars.length - 1]?.label}</text>
      </svg>
      <figcaption>{title}</figcaption>
    </figure>
  );
}
