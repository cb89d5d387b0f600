"""Charts as inline SVG, drawn in Python: no script, no font or image from
the network, so the report is one file that opens anywhere, mail included.

Each chart has a fixed ``viewBox`` (it scales with the page), a ``<title>``
for screen readers, and ``data-chart``/``data-value`` attributes naming what
each mark stands for (the browser test reads them back). Every text is
escaped: campaign names and loss reasons are user data. The colours are
constants so a test can find the marks in a screenshot.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from markupsafe import Markup

WIDTH, HEIGHT = 640, 240
LEFT, RIGHT, TOP, BOTTOM = 48, 16, 16, 40  # plot margins

TREATMENT = "#1f6feb"
HOLDOUT = "#d4a72c"
FUNNEL = "#2da44e"
CHURN = "#cf222e"
CRR = "#8250df"
REASONS = "#bf3989"
AXIS = "#57606a"
GRID = "#d0d7de"

AXIS_TOPS = (0.04, 0.1, 0.2, 0.4, 0.6, 0.8, 1.0)

Position = Callable[[int], float]  # the i-th label → x
Scale = Callable[[float], float]  # a value → y


@dataclass(frozen=True)
class Series:
    name: str
    values: Sequence[float | None]  # one per x label; None leaves a gap
    colour: str
    dashed: bool = False


def _open(chart: str, title: str, height: int = HEIGHT) -> Markup:
    return Markup(
        '<svg xmlns="http://www.w3.org/2000/svg" class="chart" data-chart="{}" role="img" '
        'viewBox="0 0 {} {}" width="100%" preserveAspectRatio="xMidYMid meet">'
        "<title>{}</title>"
    ).format(chart, WIDTH, height, title)


def _num(value: float) -> str:
    return f"{value:.1f}"


def _percent_axis(y_of: Scale, top: float) -> Markup:
    """Grid lines and labels at 0, 25, 50, 75, 100% of ``top`` (a fraction)."""
    parts = []
    for step in range(5):
        value = top * step / 4
        y = _num(y_of(value))
        parts.append(
            Markup(
                '<line x1="{}" x2="{}" y1="{}" y2="{}" stroke="{}" stroke-width="1"/>'
                '<text x="{}" y="{}" class="axis" text-anchor="end" '
                'dominant-baseline="middle">{}%</text>'
            ).format(
                LEFT,
                WIDTH - RIGHT,
                y,
                y,
                GRID,
                LEFT - 6,
                y,
                f"{round(value * 100, 1):g}",  # 2.5, not a rounded 2
            )
        )
    return Markup("").join(parts)


def _nice_top(values: Sequence[float | None]) -> float:
    """The top of a percentage axis: the least of 4, 10, 20, 40, 60, 80, 100%
    at or above every value (quarters of it are round numbers), so small
    rates are not squashed at the bottom."""
    highest = max((v for v in values if v is not None), default=0.0)
    return next((top for top in AXIS_TOPS if highest <= top), 1.0)


def _x_labels(labels: Sequence[str], x_of: Position) -> Markup:
    # at most ~12 labels under the axis, evenly spaced
    every = max(1, -(-len(labels) // 12))
    return Markup("").join(
        Markup('<text x="{}" y="{}" class="axis" text-anchor="middle">{}</text>').format(
            _num(x_of(i)), HEIGHT - BOTTOM + 16, label
        )
        for i, label in enumerate(labels)
        if i % every == 0
    )


def line_chart(chart: str, title: str, labels: Sequence[str], series: Sequence[Series]) -> Markup:
    """Rates (fractions) over ``labels``, one polyline with dots per series."""
    top = _nice_top([v for s in series for v in s.values])
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    n = max(len(labels), 1)

    def x_of(i: int) -> float:
        return LEFT + (plot_w * (i + 0.5) / n)

    def y_of(v: float) -> float:
        return TOP + plot_h * (1 - min(v, top) / top)

    parts = [_open(chart, title), _percent_axis(y_of, top), _x_labels(labels, x_of)]
    parts.extend(line_marks(s, x_of, y_of) for s in series)
    parts.append(Markup("</svg>"))
    return Markup("").join(parts)


def bar_chart(chart: str, title: str, labels: Sequence[str], bars: Series) -> Markup:
    """A rate (fraction) per label as vertical bars."""
    top = _nice_top(bars.values)
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    slot = plot_w / max(len(labels), 1)

    def x_of(i: int) -> float:
        return LEFT + slot * (i + 0.5)

    def y_of(v: float) -> float:
        return TOP + plot_h * (1 - min(v, top) / top)

    parts = [_open(chart, title), _percent_axis(y_of, top), _x_labels(labels, x_of)]
    bar_w = max(slot * 0.5, 2.0)
    for i, v in enumerate(bars.values):
        if v is None:
            continue
        y = y_of(v)
        parts.append(
            Markup(
                '<rect class="bar" data-series="{}" data-value="{}" x="{}" y="{}" width="{}" '
                'height="{}" fill="{}"/>'
            ).format(
                bars.name,
                repr(v),
                _num(x_of(i) - bar_w / 2),
                _num(y),
                _num(bar_w),
                _num(TOP + plot_h - y),
                bars.colour,
            )
        )
    parts.append(Markup("</svg>"))
    return Markup("").join(parts)


def line_marks(s: Series, x_of: Position, y_of: Scale) -> Markup:
    """A polyline through the series' values with a dot on each."""
    points = [(x_of(i), y_of(v), v) for i, v in enumerate(s.values) if v is not None]
    dash = Markup(' stroke-dasharray="6 4"') if s.dashed else Markup("")
    parts = []
    if len(points) > 1:
        parts.append(
            Markup(
                '<polyline class="line" data-series="{}" fill="none" stroke="{}" '
                'stroke-width="2.5"{} points="{}"/>'
            ).format(s.name, s.colour, dash, " ".join(f"{_num(x)},{_num(y)}" for x, y, _ in points))
        )
    parts.extend(
        Markup(
            '<circle class="dot" data-series="{}" data-value="{}" cx="{}" cy="{}" r="4.5" '
            'fill="{}"/>'
        ).format(s.name, repr(v), _num(x), _num(y), s.colour)
        for x, y, v in points
    )
    return Markup("").join(parts)


def hbar_chart(
    chart: str, title: str, items: Sequence[tuple[str, float, str]], colour: str
) -> Markup:
    """Horizontal bars: (label, value, value as shown), longest = full width.
    A funnel is this with its steps in order."""
    row, label_w, value_w = 34, 170, 90
    height = TOP + row * max(len(items), 1) + 8
    highest = max((v for _, v, _ in items), default=0.0) or 1.0
    span = WIDTH - label_w - value_w - RIGHT
    parts = [_open(chart, title, height)]
    for i, (label, value, shown) in enumerate(items):
        y = TOP + row * i
        width = span * value / highest
        parts.append(
            Markup(
                '<text x="{}" y="{}" class="label" text-anchor="end" '
                'dominant-baseline="middle">{}</text>'
                '<rect class="bar" data-label="{}" data-value="{}" x="{}" y="{}" width="{}" '
                'height="{}" fill="{}" rx="3"/>'
                '<text x="{}" y="{}" class="value" dominant-baseline="middle">{}</text>'
            ).format(
                label_w - 8,
                _num(y + row / 2 - 2),
                _short(label),
                label,
                repr(value),
                label_w,
                y + 4,
                _num(width),
                row - 12,
                colour,
                _num(label_w + width + 6),
                _num(y + row / 2 - 2),
                shown,
            )
        )
    parts.append(Markup("</svg>"))
    return Markup("").join(parts)


def legend(series: Sequence[Series]) -> Markup:
    return Markup('<p class="legend">{}</p>').format(
        Markup(" ").join(
            Markup('<span><i style="background:{}"></i>{}</span>').format(s.colour, s.name)
            for s in series
        )
    )


def _short(label: str, limit: int = 24) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"
