"""Predictive lost-client detection: the BG/NBD model (fitting, P(alive),
expected purchases) and its fits stored in the database."""

# The calibration's P(alive) bins (here, not in winback.model.calibration:
# the CLI reads them at every start, and that module imports numpy).
DEFAULT_BINS = 10
MAX_BINS = 100
