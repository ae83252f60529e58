"""Benchmarks of the SDK against raw httpx + json.loads and the official ``kombo`` SDK (``make bench``)."""
