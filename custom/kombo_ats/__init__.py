"""kombo_ats: the hand-written layer over the generated Kombo ATS client.

The generated package ``kombo_ats_client`` holds the endpoint functions and attrs models derived
from ``openapi.yaml``; this package adds what a generator cannot: auto-pagination, filter helpers,
retries, typed errors and a local sandbox.
"""

__version__ = "0.1.0"
