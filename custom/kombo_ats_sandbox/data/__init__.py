"""The bottom layer: records, seed data, the spec's record shapes, and one integration's lookups and indexes.

Nothing here renders, filters or answers requests; it imports nothing from the layers above.
"""
