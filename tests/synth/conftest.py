import pytest

from zichtbaar.synth import generate


@pytest.fixture(scope="session")
def corpus():
    """3,000 chats of one seed, shared by the tests (about 2 s)."""
    return list(generate(3000, 11))
