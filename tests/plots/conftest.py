"""The seed tables as the notebooks read them, exported once per test session."""
import matplotlib.pyplot as plt
import pytest



@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")
