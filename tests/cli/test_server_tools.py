"""`parley ask --web-search/--web-fetch/--code-execution/--cite`: the tools go out as the API
takes them and stay with the conversation; what they do shows on stderr as it happens, cited
passages get footnote markers, and the sources follow the answer."""

from __future__ import annotations

from pathlib import Path

from tests.fakeapi import Reply
from tests.fakeapi.server_replies import Cite, Page, code_execution, file_edit, web_search

PAGES = [
    Page("서울 날씨 | 기상청", "https://weather.example/seoul", "맑음, 최고 7도"),
    Page("Seoul weather", "https://example.com/seoul", "Sunny"),
]


def server_tools(request: dict) -> list[dict]:
    """The request's definitions of Anthropic's own tools (ours have no `type`)."""
    return [t for t in request.get("tools", []) if t.get("type")]


def test_a_search_streams_its_answer_with_markers_and_sources(parley, fakeapi):
    answer = ["Today ", Cite("서울은 맑습니다", "맑음, 최고 7도", page=0), "."]
    fakeapi.queue(web_search("서울 날씨", PAGES, answer), Reply.text("서울 날씨"))
    result = parley("ask", "--web-search", "--max-uses", "3", "--block-domain", "spam.example",
                    "서울 날씨 어때요?")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert 'searching the web for "서울 날씨"' in result.stderr
    assert "Today 서울은 맑습니다[1]." in result.stdout
    assert "[1] 서울 날씨 | 기상청 — https://weather.example/seoul" in result.stdout
    assert "“맑음, 최고 7도”" in result.stdout
    [tool] = server_tools(fakeapi.message_requests()[0])
    assert {k: v for k, v in tool.items() if k != "cache_control"} == {
        "type": "web_search_20250305",
        "name": "web_search",
        "max_uses": 3,
        "blocked_domains": ["spam.example"],
    }

    conv_id = parley("history").stdout.split("\t")[0]
    fakeapi.queue(Reply.text("내일도 맑아요."))
    again = parley("ask", "--continue", conv_id, "내일은요?")
    assert again.returncode == 0, again.stderr
    later = fakeapi.message_requests()[-1]
    assert [t["name"] for t in server_tools(later)] == ["web_search"]  # the conversation keeps it
    assert later["messages"][1]["content"][1]["type"] == "web_search_tool_result"  # sent back


def test_code_runs_show_their_output_on_stderr(parley, fakeapi):
    fakeapi.queue(code_execution("python3 -c 'print(6*7)'", "42\n", answer=["It is 42."]),
                  Reply.text("Arithmetic"))  # fmt: skip
    result = parley("ask", "--code-execution", "6 × 7?")
    assert result.returncode == 0, result.stderr
    assert "running code: python3 -c 'print(6*7)'" in result.stderr
    assert "42" in result.stderr and result.stdout.strip() == "It is 42."
    [tool] = server_tools(fakeapi.message_requests()[0])
    assert tool["type"] == "code_execution_20250825"
    assert "container" not in fakeapi.message_requests()[0]  # nothing to run in again yet
    assert "the code sandbox lives until" in result.stderr


def test_the_next_message_runs_its_code_in_the_same_sandbox_while_it_lives(
    parley, fakeapi, parley_home
):
    fakeapi.queue(code_execution("echo 안녕 > 인사.txt", "", answer=["파일을 만들었어요."]),
                  Reply.text("파일"))  # fmt: skip
    assert parley("ask", "--code-execution", "파일 하나 만들어 줘").returncode == 0
    conv_id = parley("history").stdout.split("\t")[0]
    fakeapi.queue(code_execution("cat 인사.txt", "안녕\n", answer=["안녕이라고 적혀 있어요."]))
    again = parley("ask", "--continue", conv_id, "뭐라고 적혀 있어?")
    assert again.returncode == 0, again.stderr
    _first, _title, second = fakeapi.message_requests()
    named = second["container"]
    assert named.startswith("container_")
    import sqlite3

    with sqlite3.connect(parley_home / "parley.sqlite3") as db:
        usages = [u for (u,) in db.execute("SELECT usage FROM messages WHERE role = 'assistant'")]
    assert sum(named in (u or "") for u in usages) == 2  # the reply ran there, and says so

    # A sandbox about to expire is let go: the API would refuse it.
    with sqlite3.connect(parley_home / "parley.sqlite3") as db:
        db.execute(
            "UPDATE messages SET usage = json_set(usage, '$.container.expires_at', ?)",
            ("2020-01-01T00:00:00Z",),
        )
    fakeapi.queue(Reply.text("네."))
    assert parley("ask", "--continue", conv_id, "고마워").returncode == 0
    assert "container" not in fakeapi.message_requests()[-1]


def test_a_tool_error_is_said_in_plain_words(parley, fakeapi):
    fakeapi.queue(web_search("q", [], ["I could not search."], error_code="max_uses_exceeded"),
                  Reply.text("t"))  # fmt: skip
    result = parley("ask", "--web-search", "search a lot")
    assert result.returncode == 0, result.stderr
    assert "used up its allowed number of uses" in result.stderr


def test_cited_files_go_as_documents_and_their_passages_are_marked(parley, fakeapi, tmp_path):
    notes = Path(tmp_path, "수도.txt")
    notes.write_text("파리는 프랑스의 수도다.\n베를린은 독일의 수도다.\n", encoding="utf-8")
    result = parley("ask", "--cite", "--attach", str(notes), "프랑스의 수도는?")  # the echo cites
    assert result.returncode == 0, result.stderr
    [document, _question] = fakeapi.message_requests()[0]["messages"][0]["content"]
    assert document["type"] == "document" and document["citations"] == {"enabled": True}
    assert document["source"]["type"] == "text" and "파리는" in document["source"]["data"]
    assert "[1]" in result.stdout and "[1] 수도.txt" in result.stdout


def test_a_model_without_the_tool_is_refused_before_sending(parley, fakeapi):
    result = parley("ask", "-m", "claude-3-haiku-20240307", "--web-search", "hi")
    assert result.returncode == 2, result.stderr
    assert "cannot use web search" in result.stderr and "Traceback" not in result.stderr
    assert fakeapi.message_requests() == []


def test_the_file_editor_is_named_as_it_works_and_in_show(parley, fakeapi):
    created = {"type": "text_editor_code_execution_create_result", "is_file_update": False}
    tool_input = {"command": "create", "path": "/tmp/인사.py", "file_text": "print('안녕')\n"}
    fakeapi.queue(file_edit(tool_input, created, ["Done."]), Reply.text("인사"))
    result = parley("ask", "--code-execution", "인사 스크립트를 만들어 줘")
    assert result.returncode == 0, result.stderr
    assert "parley: Writing the file /tmp/인사.py" in result.stderr
    shown = parley("show", parley("history").stdout.split("\t")[0])
    assert "*Writing the file /tmp/인사.py*\n\n```\nprint('안녕')\n```" in shown.stdout
    assert "*File written*" in shown.stdout


def test_a_turn_paused_past_the_automatic_continuations_is_said_and_kept(parley, fakeapi):
    from desktop_app.core.reply_stream import MAX_PAUSES

    for round_ in range(MAX_PAUSES + 1):
        fakeapi.queue(web_search(f"서울 {round_}", PAGES, stop_reason="pause_turn"))
    fakeapi.queue(Reply.text("서울"))
    result = parley("ask", "--web-search", "서울을 여러 번 찾아 줘")
    assert result.returncode == 0, result.stderr
    assert "Claude paused a long turn" in result.stderr
    assert len(fakeapi.message_requests()) == MAX_PAUSES + 2  # the pauses, then the title
    shown = parley("show", parley("history").stdout.split("\t")[0]).stdout
    assert shown.count("Searched the web for") == MAX_PAUSES + 1  # every round kept


def test_search_results_can_be_made_local_and_a_bad_place_is_refused(parley, fakeapi):
    fakeapi.queue(web_search("맛집", PAGES, ["찾았어요."]), Reply.text("맛집"))
    result = parley("ask", "--web-search", "--city", "서울", "--country", "kr",
                    "--timezone", "Asia/Seoul", "근처 맛집?")  # fmt: skip
    assert result.returncode == 0, result.stderr
    [tool] = server_tools(fakeapi.message_requests()[0])
    assert tool["user_location"] == {
        "type": "approximate", "city": "서울", "country": "KR", "timezone": "Asia/Seoul",
    }  # fmt: skip
    for flags, words in ((("--country", "Korea"), "two-letter code"),
                         (("--timezone", "Mars/Base"), "is not a time zone")):  # fmt: skip
        refused = parley("ask", "--web-search", *flags, "q")
        assert refused.returncode == 2 and words in refused.stderr, refused.stderr
        assert refused.stderr.count("\n") == 1
