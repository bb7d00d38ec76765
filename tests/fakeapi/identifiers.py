"""Identifiers shaped like the real API's: msg_01…, toolu_01…, msgbatch_01…, req_011C…, signatures.

The real ones are base58 after a fixed prefix; clients only ever compare them, so random is enough.
"""

from __future__ import annotations

import base64
import hashlib
import secrets

_BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


# Each random byte maps to a base58 character (a slight bias, irrelevant here): one call per id,
# fast enough for a batch of 100,000 messages.
_BYTE_TO_BASE58 = bytes(ord(_BASE58[i % len(_BASE58)]) for i in range(256))


def _base58(length: int) -> str:
    return secrets.token_bytes(length).translate(_BYTE_TO_BASE58).decode()


def message_id() -> str:
    return "msg_01" + _base58(22)


def tool_use_id() -> str:
    return "toolu_01" + _base58(22)


def batch_id() -> str:
    return "msgbatch_01" + _base58(22)


def request_id() -> str:
    return "req_011C" + _base58(20)


def signature_for(thinking: str) -> str:
    """A deterministic base64 blob in the real signatures' style (they open with 'E')."""
    digest = hashlib.sha256(thinking.encode()).digest()
    # 0x12 makes the base64 text start with "E", like the real protobuf-framed signatures.
    return base64.b64encode(b"\x12" + digest * 6 + b"\x18\x01").decode()


def server_tool_use_id() -> str:
    return "srvtoolu_01" + _base58(22)


def opaque_blob(text: str) -> str:
    """Stands for encrypted_content / encrypted_index: base64 in the real blobs' style, derived
    from `text` so the same result always carries the same blob (a client must send it back
    unchanged; the server can then tell)."""
    digest = hashlib.sha256(text.encode()).digest()
    return base64.b64encode(b"\x12" + digest * 4 + text.encode()[:64] + b"\x18\x04").decode()


def container_id() -> str:
    return "container_011C" + _base58(20)


def file_id() -> str:
    return "file_011C" + _base58(20)
