"""The paper style: fixed colours, readable sizes, and byte-identical files on every save."""

import matplotlib
import matplotlib.pyplot as plt
import pandas as pd
import pytest

from analysis import study
from analysis.plots import style
from analysis import paths

matplotlib.use("Agg")


def _bar_figure():
    data = pd.DataFrame({"outlet": ["Xinhua", "CGTN", "teleSUR", "defapress", "Sputnik"],
                         "words": [412.0, 280.5, 1 / 3, 733.0, 1e-7]})
    fig, ax = style.new_figure("single")
    ax.bar(data["outlet"], data["words"], color=[style.outlet_colour(o) for o in data["outlet"]])
    ax.set_ylabel("Words per article")
    ax.set_title("Länge – “quoted” ‘text’")
    return fig, data


def test_the_studys_outlets_have_its_fixed_okabe_ito_colours():
    # seeds/study.toml: [colours] Xinhua = "vermillion", CGTN = "orange", ...
    assert style.outlet_colours_of_study() == {"xinhua": "#D55E00", "cgtn": "#E69F00",
                                               "telesur": "#009E73", "defapress": "#0072B2"}
    # case and surrounding space do not change an outlet's colour
    assert style.outlet_colour(" xinhua ") == style.outlet_colour("Xinhua") == "#D55E00"


def test_a_study_colours_its_outlets_by_order_and_by_name(tmp_path):
    (tmp_path / "study.toml").write_text(
        'outlets = ["Der Spiegel", "Le Monde", "El País"]\n[colours]\n"Le Monde" = "#123456"\n',
        encoding="utf-8")
    with study.active(tmp_path):
        assert style.outlet_colour("Le Monde") == "#123456"
        # the listed outlets take the palette in order, skipping none but used colours
        assert style.outlet_colour("der spiegel") == style.OKABE_ITO["vermillion"]
        assert style.outlet_colour("El País") == style.OKABE_ITO["orange"]
    (tmp_path / "bare").mkdir()
    with study.active(tmp_path / "bare"):   # a bare folder: no fixed colours at all
        assert style.outlet_colours_of_study() == {}


def test_unknown_outlets_get_stable_spare_colours_and_empty_is_grey():
    used = set(style.outlet_colours_of_study().values())
    for name in ["Sputnik", "RT", "Prensa Latina", "El Nacional"]:
        colour = style.outlet_colour(name)
        assert colour not in used and colour != style.GREY
        assert colour in style.OKABE_ITO.values()
        assert style.outlet_colour(name) == colour
    assert style.outlet_colour("") == style.outlet_colour(None) == style.GREY
    assert style.outlet_colour(float("nan")) == style.GREY


def test_outlet_colours_are_distinct_for_a_set_while_the_palette_lasts():
    names = ["CGTN", "RT", "Sputnik", "Prensa Latina", "El Nacional", "Xinhua"]
    colours = style.outlet_colours(names)
    assert colours["CGTN"] == "#E69F00" and colours["Xinhua"] == "#D55E00"
    assert len(set(colours.values())) == len(names)
    assert style.outlet_colours(list(reversed(names))) == colours


def test_camp_colours_come_from_the_studys_camps_and_fall_back_to_grey(tmp_path):
    camps = ["Russian government", "US government", "Venezuelan government",
             "Venezuelan opposition", "other"]
    assert list(style.camp_colours()) == camps   # seeds/codebooks/camps.csv, in its order
    assert len({style.camp_colour(c) for c in camps}) == len(camps)
    assert style.camp_colour("other") == style.GREY
    assert style.camp_colour("") == style.camp_colour("unattributed") == style.LIGHT_GREY
    assert style.camp_colour("Martian government") == style.LIGHT_GREY
    assert style.camp_colour(None) == style.LIGHT_GREY
    assert style.camp_colour("us government") == style.OKABE_ITO["blue"]
    # another study: its own camps; a bare folder has "other" only
    books = tmp_path / "codebooks"
    books.mkdir()
    (books / "camps.csv").write_text("camp,colour\nEU,sky blue\nUS,#0072B2\n", encoding="utf-8")
    with study.active(tmp_path):
        assert style.camp_colours() == {"EU": "#56B4E9", "US": "#0072B2", "other": style.GREY}
    (tmp_path / "bare").mkdir()
    with study.active(tmp_path / "bare"):
        assert style.camp_colours() == {"other": style.GREY}


def test_new_figure_widths_and_readable_fonts():
    fig, ax = style.new_figure("single")
    assert fig.get_figwidth() == pytest.approx(3.5)
    fig2, _ = style.new_figure("double", height=2)
    assert (fig2.get_figwidth(), fig2.get_figheight()) == pytest.approx((7.0, 2.0))
    for key in ["font.size", "axes.labelsize", "xtick.labelsize", "ytick.labelsize",
                "legend.fontsize"]:
        assert matplotlib.rcParams[key] >= 7
    assert matplotlib.rcParams["pdf.fonttype"] == 42
    assert matplotlib.rcParams["svg.fonttype"] == "path"
    with pytest.raises(ValueError):
        style.new_figure("triple")
    plt.close("all")


def test_save_writes_four_files_byte_identical_on_resave(tmp_path):
    fig, data = _bar_figure()
    first = style.save(fig, "lengths", data, out_dir=tmp_path / "a")
    fig, data = _bar_figure()
    second = style.save(fig, "lengths", data, out_dir=tmp_path / "b")
    plt.close("all")
    assert sorted(first) == ["csv", "pdf", "png", "svg"]
    assert repr(first) == "saved lengths (.pdf .svg .png .csv) in a/"
    for kind in ["pdf", "svg", "csv", "png"]:
        assert first[kind].name == f"lengths.{kind}"
        assert first[kind].read_bytes() == second[kind].read_bytes(), kind
    pdf = first["pdf"].read_bytes()
    assert b"/FontFile2" in pdf, "TrueType font program not embedded"
    assert b"/CreationDate" not in pdf
    svg = first["svg"].read_text(encoding="utf-8")
    assert "<text" not in svg and "<path" in svg, "SVG glyphs should be paths"
    assert "<dc:date>" not in svg
    assert first["png"].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_svg_clip_paths_are_numbered_not_hashed_from_floats(tmp_path):
    # matplotlib names a clip path by a hash of its rectangle's floats, whose last digits
    # differed between machines drawing the same figure: numbered, two such files are the same
    fig, data = _bar_figure()
    svg = style.save(fig, "clip", data, out_dir=tmp_path)["svg"].read_text(encoding="utf-8")
    plt.close("all")
    assert '<clipPath id="clip1">' in svg and 'clip-path="url(#clip1)"' in svg
    one, two = tmp_path / "one.svg", tmp_path / "two.svg"
    for path, ids in ((one, ("p5f5a5d7a11", "p91253db384")), (two, ("p32bc285525", "pff1e445d06"))):
        path.write_text(f'<g clip-path="url(#{ids[0]})"/><g clip-path="url(#{ids[1]})"/>'
                        f'<clipPath id="{ids[0]}"/><clipPath id="{ids[1]}"/>', encoding="utf-8")
        style._number_clip_ids(path)
    assert one.read_text() == two.read_text() == (
        '<g clip-path="url(#clip1)"/><g clip-path="url(#clip2)"/><clipPath id="clip1"/><clipPath id="clip2"/>')


def test_csv_holds_the_plotted_values_in_utf8_with_stable_floats(tmp_path):
    fig, data = _bar_figure()
    written = style.save(fig, "values", data, out_dir=tmp_path)
    plt.close(fig)
    text = written["csv"].read_bytes().decode("utf-8")
    assert text.splitlines() == ["outlet,words", "Xinhua,412", "CGTN,280.5",
                                 "teleSUR,0.333333", "defapress,733", "Sputnik,1e-07"]
    assert "\r" not in text


def test_save_destination_env_variable_and_default(tmp_path, monkeypatch):
    monkeypatch.setenv(style.FIGURES_ENV, str(tmp_path / "env"))
    assert style.figures_dir() == tmp_path / "env"
    assert style.figures_dir(tmp_path / "arg") == tmp_path / "arg"
    fig, data = _bar_figure()
    written = style.save(fig, "via_env", data)
    plt.close(fig)
    assert written["pdf"].parent == tmp_path / "env"
    monkeypatch.delenv(style.FIGURES_ENV)
    assert style.figures_dir() == paths.FIGURES


def test_save_rejects_names_that_are_paths(tmp_path):
    fig, data = _bar_figure()
    for bad in ["", "../x", "a/b", ".hidden"]:
        with pytest.raises(ValueError):
            style.save(fig, bad, data, out_dir=tmp_path)
    plt.close(fig)
    assert not list(tmp_path.iterdir())


def test_series_data_keeps_its_index_in_the_csv(tmp_path):
    counts = pd.Series([3, 1], index=pd.Index(["Xinhua", "CGTN"], name="outlet"), name="n")
    fig, _ = style.new_figure()
    written = style.save(fig, "series", counts, out_dir=tmp_path)
    plt.close(fig)
    assert written["csv"].read_text(encoding="utf-8").splitlines() == ["outlet,n", "Xinhua,3",
                                                                       "CGTN,1"]
