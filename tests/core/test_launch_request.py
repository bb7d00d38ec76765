"""The line a second launch sends: read back as written, and anything else refused."""

from __future__ import annotations

import pytest

from desktop_app.core.launch_request import LaunchRequest, LaunchRequestError


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ([], LaunchRequest()),
        (["--quick"], LaunchRequest(quick=True)),
        (["--open", "12"], LaunchRequest(conversation_id=12)),
        (["-style", "Fusion", "--quick", "--open"], LaunchRequest(quick=True)),
        (["--open", "열둘"], LaunchRequest()),
    ],
)
def test_arguments_become_a_request(args: list[str], expected: LaunchRequest) -> None:
    assert LaunchRequest.from_argv(args) == expected


def test_a_request_survives_its_line() -> None:
    request = LaunchRequest(quick=True, conversation_id=7)
    line = request.to_line()
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    assert LaunchRequest.from_line(line.rstrip(b"\n")) == request


@pytest.mark.parametrize(
    "line",
    [
        b"",
        b"\xff\xfe",
        b"[1, 2]",
        b'{"v": 2, "quick": true, "conversation": null}',
        b'{"v": 1, "quick": "yes", "conversation": null}',
        b'{"v": 1, "quick": false, "conversation": true}',
        b'{"v": 1, "quick": false, "conversation": "3"}',
    ],
)
def test_anything_else_is_refused(line: bytes) -> None:
    with pytest.raises(LaunchRequestError):
        LaunchRequest.from_line(line)
