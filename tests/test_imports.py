"""Start-up: the package imports NLTK without the scipy.stats NLTK would pull in for a
collocation test we never use (issue 11: ~0.7 s of CPU at every start), and NLTK still works."""
import subprocess
import sys

from nltk.metrics.association import BigramAssocMeasures


def test_importing_the_command_line_leaves_scipy_stats_unloaded():
    code = "import sys, analysis.cli; print('scipy.stats' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False"]


def test_nltk_fisher_test_still_loads_scipy_when_called():
    # one-sided Fisher exact test of [[1, 1], [2, 6]] (margins 2, 8 and 3, 7): P(X <= 1)
    # = (C(3,0) C(7,2) + C(3,1) C(7,1)) / C(10,2) = (21 + 21) / 45
    p = BigramAssocMeasures.fisher(1, (2, 3), 10)
    assert 0 < p <= 1 and abs(p - 14 / 15) < 1e-9
