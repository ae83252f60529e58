"""Runnable examples of the kombo-ats-client SDK."""
