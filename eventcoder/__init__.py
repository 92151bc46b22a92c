"""
eventcoder: a rule-based Arabic event coder in the GDELT/CAMEO tradition.

>>> from eventcoder import Coder            # doctest: +SKIP
>>> Coder().code("زوّدت إيران روسيا بصواريخ.", date="2024-01-01")   # doctest: +SKIP

The package imports no optional dependency: pandas, pyarrow and dask are
needed only by the functions that use them.
"""
from __future__ import annotations

__version__ = "0.1.0"

from .coder import Coder  # noqa: E402
from .dictionary import Dictionaries  # noqa: E402
from .errors import DictionaryError, EventcoderError, InputError, Problem  # noqa: E402
from .events import Event  # noqa: E402

__all__ = ["Coder", "Dictionaries", "DictionaryError", "Event", "EventcoderError", "InputError", "Problem",
           "to_dataframe", "__version__"]


def __getattr__(name: str):
    # pandas is optional: to_dataframe is imported only when asked for
    if name == "to_dataframe":
        from .frames import to_dataframe

        return to_dataframe
    raise AttributeError(f"module 'eventcoder' has no attribute {name!r}")
