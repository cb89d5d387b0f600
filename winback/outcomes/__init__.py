from winback.outcomes.plan import *  # noqa: F403 (temporary, until the split)
