"""Sending: the send loop in :mod:`.dispatcher`."""
