"""The foundation every other package stands on: errors, translation marker, jobs, paths, text.

Nothing here knows about tiers-lieux; nothing here imports Qt.
"""
