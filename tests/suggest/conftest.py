"""A made-up story in three outlets' styles (a dock strike in the port of Velmora), exported once
per session, and the seeds' tables: what the draft codebooks are made from."""
import pytest

from analysis import tables
from analysis.pipeline import export
from tests.helpers import write_corpus

WIRE_1 = """VELMORA, March 3 (Coastal Wire) -- Dockworkers walked off the job at the port of Velmora on Monday in a wildcat strike over pay, union leader Marta Kellan said.

"We will not unload a single ship until the port pays what it owes," Kellan told reporters at the gates.

Port Authority chairman Olaf Brenner said the wildcat strike was illegal and that the port would seek a court order.

Tomas Reyka, a spokesman for the Velmora Port Authority, said talks could resume on Thursday.

Transport Minister Ada Sorel said the government was watching the wildcat strike closely.
"""

WIRE_2 = """VELMORA, March 5 (Coastal Wire) -- The wildcat strike at the port of Velmora entered its third day on Wednesday as ships queued offshore.

"The wildcat strike is costing the city millions," said Ivo Dressler, a shipping agent.

Ms. Kellan said the union had offered to meet the port's negotiators. "Our door is open," she said.

Lena Dressler, who runs a ferry company, said her boats had not sailed since Monday. Dressler said passengers were stranded.
"""

TIMES = """By Anna Petrov

Velmora's dockworkers have taken industrial action that the port calls a "blockade" of the city's trade.

Kellan said the industrial action would go on. "We are asking for fair pay, nothing more," Kellan said.

Olaf Brenner said the port had done nothing wrong. The government has threatened to use so-called emergency powers to reopen the quays.

(Harbor Times)
"""

MANIFEST = """file,outlet,published,url,notes
wire_1.txt,Coastal Wire,2031-03-03,,
wire_2.txt,Coastal Wire,2031-03-05,,
times.txt,Harbor Times,2031-03-06,,
"""


@pytest.fixture(scope="session")
def story_dir(tmp_path_factory):
    return write_corpus(tmp_path_factory.mktemp("story"), {
        "wire_1.txt": WIRE_1, "wire_2.txt": WIRE_2, "times.txt": TIMES,
        "manifest.csv": MANIFEST}, name="velmora")


@pytest.fixture(scope="session")
def story(story_dir, tmp_path_factory):
    """The tables of the made-up story."""
    out = tmp_path_factory.mktemp("story_tables")
    export(story_dir, out)
    return tables.read(out, story_dir)
