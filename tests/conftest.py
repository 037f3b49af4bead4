"""Shared test settings: the hypothesis profiles.

"ci" (chosen when the CI environment variable is set) is derandomised, so a run gives the same
examples every time, and has no deadline, since shared runners are slow. HYPOTHESIS_PROFILE
picks a profile by name.
"""

import os

from hypothesis import settings

settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
settings.register_profile("dev", deadline=None)
settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev")
)
