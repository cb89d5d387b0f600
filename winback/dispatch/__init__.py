"""Sending: :mod:`.decisions` (what to do next with a message, pure),
:mod:`.dispatcher` (the send loop, which applies them), :mod:`.plumbing`
(pacing, the database thread, group commit)."""
