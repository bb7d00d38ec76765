"""The only package that imports the anthropic SDK; imported lazily, after the first paint.

Importing the SDK makes some 220,000 objects (a pydantic model for every API type), none of
them garbage, and with the cycle collector on Python walks them again and again while they
are made: about a fifth of the import's CPU, paid by every `parley ask`. So the SDK is
imported with collection off, then collection is as it was.
"""

import gc


def _import_sdk() -> None:
    was_on = gc.isenabled()
    gc.disable()
    try:
        import anthropic  # noqa: F401
    finally:
        if was_on:
            gc.enable()


_import_sdk()
