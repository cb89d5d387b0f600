"""Predictive lost-client detection: the BG/NBD model (fitting, P(alive),
expected purchases) and its fits stored in the database."""
