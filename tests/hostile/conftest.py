from .harness import corpus  # noqa: F401  (the fixture every hostile test builds on)
