"""A small hand-written SVG line plot: build time (s) against the number of kommuner."""

import math
from xml.sax.saxutils import escape

WIDTH, HEIGHT = 560, 360
LEFT, RIGHT, TOP, BOTTOM = 64, 150, 40, 52
COLOURS = ["#b3261e", "#1a5fb4", "#5e5c64", "#26a269"]
DASHES = ["", "6 4", "2 3", "8 3 2 3"]


def nice_step(span, ticks=5):
    """A round tick step (1, 2, 2.5 or 5 times a power of ten) giving about `ticks` ticks."""
    raw = span / ticks
    magnitude = 10 ** math.floor(math.log10(raw))
    return next(unit * magnitude for unit in (1, 2, 2.5, 5, 10) if unit * magnitude >= raw)


def fmt(value):
    return f"{value:g}"


def svg(series, title):
    """series: [(name, [(n, seconds), ...]), ...] in legend order."""
    xs = [n for _, points in series for n, _ in points]
    ys = [s for _, points in series for _, s in points]
    x_max = max(xs)
    y_step = nice_step(max(ys) or 1)
    y_max = y_step * (int(max(ys) / y_step) + 1)
    x_step = nice_step(x_max)
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def px(n):
        return LEFT + plot_w * n / x_max

    def py(s):
        return TOP + plot_h * (1 - s / y_max)

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
           f'viewBox="0 0 {WIDTH} {HEIGHT}" role="img" font-family="sans-serif" font-size="12">',
           f"<title>{escape(title)}</title>",
           f'<rect width="{WIDTH}" height="{HEIGHT}" fill="#fff"/>',
           f'<text x="{LEFT}" y="22" font-size="14" font-weight="bold">{escape(title)}</text>']
    tick = 0.0
    while tick <= y_max + 1e-9:
        y = py(tick)
        out.append(f'<line x1="{LEFT}" y1="{y:.1f}" x2="{LEFT + plot_w}" y2="{y:.1f}" stroke="#ddd"/>')
        out.append(f'<text x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end">{fmt(round(tick, 6))}</text>')
        tick += y_step
    tick = 0.0
    while tick <= x_max + 1e-9:
        x = px(tick)
        out.append(f'<line x1="{x:.1f}" y1="{TOP + plot_h}" x2="{x:.1f}" y2="{TOP + plot_h + 5}" stroke="#000"/>')
        out.append(f'<text x="{x:.1f}" y="{TOP + plot_h + 18}" text-anchor="middle">{fmt(round(tick, 6))}</text>')
        tick += x_step
    out.append(f'<line x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{TOP + plot_h}" stroke="#000"/>')
    out.append(f'<line x1="{LEFT}" y1="{TOP + plot_h}" x2="{LEFT + plot_w}" y2="{TOP + plot_h}" stroke="#000"/>')
    out.append(f'<text x="{LEFT + plot_w / 2:.1f}" y="{HEIGHT - 12}" text-anchor="middle">number of kommuner (N)</text>')
    out.append(f'<text transform="translate(16 {TOP + plot_h / 2:.1f}) rotate(-90)" text-anchor="middle">'
               f"build time, median (s)</text>")
    for i, (name, points) in enumerate(series):
        colour, dash = COLOURS[i % len(COLOURS)], DASHES[i % len(DASHES)]
        path = " ".join(f"{px(n):.1f},{py(s):.1f}" for n, s in sorted(points))
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        out.append(f'<polyline fill="none" stroke="{colour}" stroke-width="2"{dash_attr} points="{path}"/>')
        for n, s in points:
            out.append(f'<circle cx="{px(n):.1f}" cy="{py(s):.1f}" r="3.5" fill="{colour}">'
                       f"<title>{escape(name)}: N={n}, {s:.2f} s</title></circle>")
        ly = TOP + 14 + 20 * i
        lx = LEFT + plot_w + 14
        out.append(f'<line x1="{lx}" y1="{ly - 4}" x2="{lx + 24}" y2="{ly - 4}" stroke="{colour}" stroke-width="2"{dash_attr}/>')
        out.append(f'<text x="{lx + 30}" y="{ly}">{escape(name)}</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"
