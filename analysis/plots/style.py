"""One paper style for every figure, and a ``save`` that writes the same bytes on every run.

Why: figures go into a paper and into version control. Each is written as PDF and SVG (vector, fonts
embedded so the journal's checker passes), a 300-dpi PNG (slides, the HTML report) and a CSV of the
values plotted (so a reader can check or redraw it). Re-running a notebook must not change a file
unless the data changed, so timestamps are left out and SVG ids are salted with a fixed string.

Colours come from the Okabe–Ito palette, chosen to stay distinguishable under the common forms of
colour-vision deficiency: M. Okabe and K. Ito (2008), "Color Universal Design (CUD): how to make
figures and presentations that are friendly to colorblind people", https://jfly.uni-koeln.de/color/
(also Wong, B. (2011) "Points of view: Color blindness", Nature Methods 8:441).

Where figures go: ``save(..., out_dir=...)`` if given, else the directory named by the environment
variable ``ANALYSIS_FIGURES_DIR`` (the report runner sets it for each notebook kernel, so test and
report runs never touch the repository's figures/), else ``analysis.paths.FIGURES``.
"""
from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

import matplotlib
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from .. import codebooks, paths, study
from ..narrative import NO_NAME
from ..paths import FIGURES_ENV  # the directory figures are written to (see module docstring)

#: The eight Okabe–Ito colours, by their published names.
OKABE_ITO = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky blue": "#56B4E9",
    "bluish green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish purple": "#CC79A7",
}
#: For a missing outlet and the camp "other": neutral, outside the palette so it never means one.
GREY = "#999999"
#: For quotes whose speaker has no known camp (unattributed, unknown camp): lighter than "other".
LIGHT_GREY = "#DDDDDD"

# Colours for outlets the study does not colour; yellow last because it is weak on white paper.
_SPARE_OUTLET_COLOURS = [OKABE_ITO[n] for n in ("sky blue", "reddish purple", "black", "yellow")]
# The order in which a study's listed outlets (study.toml ``outlets``) take palette colours.
_OUTLET_PALETTE = [OKABE_ITO[n] for n in ("vermillion", "orange", "bluish green", "blue",
                                          "sky blue", "reddish purple", "black", "yellow")]


def colour_value(colour: str) -> str:
    """A colour as written in a study (``#RRGGBB`` or an Okabe-Ito name) → ``#RRGGBB``."""
    text = str(colour).strip()
    if text.startswith("#"):
        return text.upper()
    if text.lower() in OKABE_ITO:
        return OKABE_ITO[text.lower()]
    raise ValueError(f"colour '{colour}' is neither #RRGGBB nor an Okabe-Ito name "
                     f"({', '.join(OKABE_ITO)})")


def outlet_colours_of_study() -> dict[str, str]:
    """Fixed outlet colours of the active study: study.toml ``colours`` first, then its
    ``outlets`` in order take the palette colours not used yet (keys folded to lower case)."""
    found = study.current()
    if found is None:
        return {}
    fixed = {k.casefold(): colour_value(v) for k, v in found.colours.items()}
    free = [c for c in _OUTLET_PALETTE if c not in fixed.values()]
    for name in found.outlets:
        if name.casefold() not in fixed and free:
            fixed[name.casefold()] = free.pop(0)
    return fixed


def camp_colours() -> dict[str, str]:
    """Camp → colour, from the active study's camps.csv, in the study's order."""
    book = codebooks.load_camps()
    return {camp: colour_value(colour) for camp, colour in zip(book["camp"], book["colour"])}


#: Fixed colours for the reporting-verb classes (reporting_verbs.csv ``class``): Paul Tol's "light"
#: qualitative scheme (P. Tol (2021), "Colour Schemes", SRON/EPS/TN/09-002,
#: https://personal.sron.nl/~pault/), also colour-blind safe, pale where the camps are saturated,
#: so a verb class is never read as a camp.
VERB_CLASS_COLOURS = {
    "neutral": "#77AADD",          # light blue
    "emphatic": "#EEDD88",         # light yellow
    "tentative": "#99DDFF",        # light cyan
    "distancing": "#EE8866",       # orange
    "confrontational": "#FFAABB",  # pink
    "directive": "#44BB99",        # mint
    "belief": "#AAAA00",           # olive
    "evidence": "#BBCC33",         # pear
}

#: Figure widths in inches: one journal column and the full text width.
WIDTHS = {"single": 3.5, "double": 7.0}

_STYLE = {
    # Fonts: DejaVu Sans ships with matplotlib, so every machine draws the same glyphs.
    "font.family": "sans-serif",
    "font.sans-serif": ["DejaVu Sans"],
    "font.size": 8,
    "axes.titlesize": 9,
    "axes.labelsize": 8,
    "xtick.labelsize": 7.5,
    "ytick.labelsize": 7.5,
    "legend.fontsize": 7.5,
    "legend.title_fontsize": 8,
    "figure.titlesize": 9,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.linewidth": 0.6,
    "xtick.major.width": 0.6,
    "ytick.major.width": 0.6,
    "lines.linewidth": 1.2,
    "legend.frameon": False,
    "axes.prop_cycle": matplotlib.cycler(color=[OKABE_ITO[n] for n in (
        "blue", "vermillion", "bluish green", "orange", "reddish purple", "sky blue", "black",
        "yellow")]),
    "figure.dpi": 100,
    "figure.constrained_layout.use": True,
    "savefig.dpi": 300,
    "savefig.bbox": "standard",  # "tight" can shift by a pixel between runs; layout is constrained
    # Embedding: TrueType (Type 42) in PDF/PS, glyphs as paths in SVG, so no font is needed to view.
    "pdf.fonttype": 42,
    "ps.fonttype": 42,
    "svg.fonttype": "path",
    "svg.hashsalt": "minor-press-analysis",  # fixed ids in SVG output
    "path.simplify": True,
}


def apply_style() -> None:
    """Set the paper style in matplotlib's rcParams (idempotent; ``new_figure`` calls it)."""
    matplotlib.rcParams.update(_STYLE)


def _colour_from_hash(key: str, palette: list[str]) -> str:
    digest = hashlib.sha256(key.encode("utf-8")).digest()
    return palette[int.from_bytes(digest[:4], "big") % len(palette)]


def outlet_label(name) -> str:
    """An outlet as a figure names it: an outlet no page or manifest names (empty in the tables,
    never guessed) reads "(no name)", as in the notebooks' sentences, not a blank tick."""
    return str(name) if str(name).strip() else NO_NAME


def outlet_colour(name) -> str:
    """The colour of an outlet: fixed for known outlets, stable for others, grey when unknown.

    Outlets the study does not colour (study.toml ``colours`` and ``outlets``) get a spare
    palette colour (sky blue, reddish purple or black) chosen by a hash of their name, so the
    colour never depends on which other outlets are in the corpus. Two such outlets can share a
    colour; ``outlet_colours(names)`` assigns distinct ones for a known set.
    """
    name = "" if name is None or (isinstance(name, float) and name != name) else str(name).strip()
    if not name:
        return GREY
    fixed = outlet_colours_of_study().get(name.casefold())
    if fixed:
        return fixed
    return _colour_from_hash(name.casefold(), _SPARE_OUTLET_COLOURS[:-1])  # never yellow by hash


def outlet_colours(names) -> dict[str, str]:
    """Colours for a set of outlets, distinct where the palette allows.

    Known outlets keep their fixed colour; the others take unused spare colours in sorted-name
    order (deterministic for the same set of names), falling back to ``outlet_colour`` when the
    spare colours run out.
    """
    names = sorted({str(n) for n in names}, key=str.casefold)
    fixed = outlet_colours_of_study()
    result = {n: outlet_colour(n) for n in names if not str(n).strip() or n.casefold() in fixed}
    spare = [c for c in _SPARE_OUTLET_COLOURS if c not in result.values()]
    for n in names:
        if n not in result:
            result[n] = spare.pop(0) if spare else outlet_colour(n)
    return result


def camp_colour(camp) -> str:
    """The colour of a camp (the study's camps.csv): light grey for an empty, 'unattributed' or
    unknown camp (a speaker the codebook does not place)."""
    camp = "" if camp is None or (isinstance(camp, float) and camp != camp) else str(camp).strip()
    for known, colour in camp_colours().items():
        if known.casefold() == camp.casefold():
            return colour
    return LIGHT_GREY


def verb_class_colour(name) -> str:
    """The colour of a reporting-verb class; Tol's pale grey for a class not listed (``topic``, and
    the non-speech ``intention`` and ``stance``, which are not statements: Tol's light palette has
    no ninth colour)."""
    return VERB_CLASS_COLOURS.get(str(name).strip().casefold(), "#DDDDDD")   # Tol's pale grey


def new_figure(width: str = "single", height: float | None = None, **subplots_kw):
    """A styled ``(fig, ax)`` one column (3.5 in) or the full text width (7 in) wide.

    ``height`` in inches defaults to a 4:3-ish panel for a single column and 7 x 3 in for double.
    Extra keywords go to ``plt.subplots`` (e.g. ``ncols=2``, ``sharey=True``), in which case
    ``ax`` is the array of axes.
    """
    if width not in WIDTHS:
        raise ValueError(f"width must be one of {sorted(WIDTHS)}, not {width!r}")
    apply_style()
    w = WIDTHS[width]
    h = height if height is not None else (2.6 if width == "single" else 3.0)
    fig, ax = plt.subplots(figsize=(w, h), **subplots_kw)
    return fig, ax


#: How every figure names its intervals.
INTERVAL = "95% interval (bootstrap over articles)"


def error_bars(ax, x, y, low, high) -> None:
    """Horizontal error bars from ``low`` to ``high`` at (x, y) where the interval is known (one
    article gives none: NaN), in one look for every figure."""
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    low, high = np.asarray(low, dtype=float), np.asarray(high, dtype=float)
    known = np.isfinite(low) & np.isfinite(high)
    if known.any():
        ax.errorbar(x[known], y[known], xerr=[x[known] - low[known], high[known] - x[known]],
                    fmt="none", ecolor="black", elinewidth=0.7, capsize=1.5)


def figures_dir(out_dir=None) -> Path:
    """Where ``save`` writes: ``out_dir``, else $ANALYSIS_FIGURES_DIR, else the repo's figures/."""
    if out_dir is not None:
        return paths.resolve(out_dir)
    env = os.environ.get(FIGURES_ENV, "").strip()
    return paths.resolve(env) if env else paths.FIGURES


def _as_frame(data) -> pd.DataFrame:
    if isinstance(data, pd.DataFrame):
        return data
    if isinstance(data, pd.Series):
        return data.reset_index()
    return pd.DataFrame(data)


def write_csv(data, path) -> Path:
    """Write plotted values as UTF-8 CSV with stable float formatting and ``\\n`` line ends."""
    path = Path(path)
    frame = _as_frame(data)
    frame.to_csv(path, index=False, encoding="utf-8", lineterminator="\n", float_format="%.6g")
    return path


def _in_inline_kernel() -> bool:
    try:
        from IPython import get_ipython
    except ImportError:
        return False
    return get_ipython() is not None and "inline" in matplotlib.get_backend().lower()


class SavedFigure(dict):
    """``{"pdf": path, "svg": path, "png": path, "csv": path}`` with a short, machine-independent
    repr, so a notebook cell ending in ``style.save(...)`` prints no absolute paths."""

    def __repr__(self) -> str:
        first = next(iter(self.values()))
        return f"saved {first.stem} (.{' .'.join(self)}) in {first.parent.name}/"

    def _repr_pretty_(self, printer, cycle) -> None:
        printer.text(repr(self))


_CLIP_ID = re.compile(r'<clipPath id="(p[0-9a-f]+)"')


def _number_clip_ids(path) -> None:
    """Name the SVG's clip paths clip1, clip2, ... in order of appearance. Matplotlib names each
    by a hash of its rectangle's floats, whose last digits differ between machines (a numpy build
    or CPU), while every printed coordinate stays the same: the figure was byte-identical on one
    machine and not on the next (framing_fightin_words.svg, 3 Dec 2026)."""
    text = path.read_text(encoding="utf-8")
    for k, old in enumerate(dict.fromkeys(_CLIP_ID.findall(text)), start=1):
        text = text.replace(f'id="{old}"', f'id="clip{k}"').replace(f"#{old})", f"#clip{k})")
    path.write_text(text, encoding="utf-8")


def save(fig, name: str, data, out_dir=None) -> SavedFigure:
    """Write ``<name>.pdf``, ``.svg``, ``.png`` (300 dpi) and ``.csv`` (``data``: the values plotted).

    Returns ``{"pdf": path, "svg": path, "png": path, "csv": path}`` (a dict whose repr names
    no absolute path, so it is harmless as a cell's last value). The PDF and SVG carry no
    creation date, SVG ids are salted with a fixed string and clip paths numbered in order, so
    the same figure gives the same bytes on every run. In a notebook the saved PNG is shown as the cell's figure (tagged with the
    figure name, so the HTML report carries exactly the file that was saved) and the figure is
    closed so it is not drawn twice; elsewhere the figure is left open for the caller.
    """
    if not name or any(c in name for c in "/\\") or name.startswith("."):
        raise ValueError(f"figure name must be a plain file stem, not {name!r}")
    apply_style()  # the fonttype/hashsalt settings must hold at save time
    out = figures_dir(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = SavedFigure({
        "pdf": out / f"{name}.pdf",
        "svg": out / f"{name}.svg",
        "png": out / f"{name}.png",
        "csv": out / f"{name}.csv",
    })
    fig.savefig(written["pdf"], format="pdf",
                metadata={"CreationDate": None, "ModDate": None, "Producer": None,
                          "Creator": None})
    fig.savefig(written["svg"], format="svg", metadata={"Date": None, "Creator": None})
    _number_clip_ids(written["svg"])
    fig.savefig(written["png"], format="png", dpi=300, metadata={"Software": None})
    write_csv(data, written["csv"])
    if _in_inline_kernel():
        from IPython.display import Image, display
        width_px = int(round(fig.get_figwidth() * 150))  # readable on screen
        display(Image(data=written["png"].read_bytes(), format="png", width=width_px),
                metadata={"figure": name})
        plt.close(fig)
    return written
