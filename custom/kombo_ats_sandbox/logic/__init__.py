"""The sandbox's behaviour on records: rendering, filtering, listing, validation, changes, creates, state.

Works on the data layer (:mod:`kombo_ats_sandbox.data`) and knows nothing about HTTP.
"""
