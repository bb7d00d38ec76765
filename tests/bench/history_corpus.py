"""A synthetic history for history_scale: English and Korean messages from Zipf-distributed
vocabularies (a few thousand words each, 5% code blocks), spread over five years, written
straight through Parley's real schema and triggers, and cached by schema version and size."""

from __future__ import annotations

import itertools
import json
import os
import random
import time
from collections.abc import Iterator
from pathlib import Path

CONVERSATIONS = 20_000
LATEST_MESSAGES = 200  # the newest conversation, the one open_latest opens
YEARS = 5
BATCH = 20_000
CORPUS = 2  # 1 piled the remainder onto one conversation (19,898 messages at 1M)


def _words(text: str) -> list[str]:
    return text.split()


_ENGLISH = _words(
    "the of and to a in is it you that he was for on are with as I his they be at one have"
    " this from or had by not word but what some we can out other were all there when up use"
    " your how said an each she which do their time if will way about many then them write"
    " would like so these her long make thing see him two has look more day could go come did"
    " number sound no most people my over know water than call first who may down side been"
    " now find any new work part take get place made live where after back little only round"
    " man year came show every good me give our under name very through just form sentence"
    " great think say help low line differ turn cause much mean before move right boy old too"
    " same tell does set three want air well also play small end put home read hand port large"
    " spell add even land here must big high such follow act why ask men change went light"
    " kind off need house picture try us again animal point mother world near build self earth"
    " father head stand own page should country found answer school grow study still learn"
    " plant cover food sun four between state keep eye never last let thought city tree cross"
    " farm hard start might story saw far sea draw left late run while press close night real"
    " life few north open seem together next white children begin got walk example ease paper"
    " group always music those both mark often letter until mile river car feet care second"
    " book carry took science eat room friend began idea fish mountain stop once base hear"
    " horse cut sure watch color face wood main enough plain girl usual young ready above ever"
    " red list though feel talk bird soon body dog family direct pose leave song measure door"
    " product black short numeral class wind question happen complete ship area half rock order"
    " fire south problem piece told knew pass since top whole king space heard best hour better"
    " true during hundred five remember step early hold west ground interest reach fast verb"
    " sing listen six table travel less morning ten simple several vowel toward war lay against"
    " pattern slow center love person money serve appear road map rain rule govern pull cold"
    " notice voice unit power town fine certain fly fall lead cry dark machine note wait plan"
    " figure star box noun field rest correct able pound done beauty drive stood contain front"
    " teach week final gave green oh quick develop ocean warm free minute strong special mind"
    " behind clear tail produce fact street inch multiply nothing course stay wheel full force"
    " blue object decide surface deep moon island foot system busy test record boat common gold"
    " possible plane stead dry wonder laugh thousand ago ran check game shape equate hot miss"
    " brought heat snow tire bring yes distant fill east paint language among API AI model code"
    " function error database query index Python SQLite Claude token prompt review screenshot"
)
_KOREAN = _words(
    "그리고 하지만 그래서 서울 부산 회사 사람 시간 오늘 내일 어제 연말정산 세금 보고서 회의"
    " 프로젝트 코드 데이터 분석 결과 문제 해결 방법 질문 답변 설명 예시 요약 번역 문서 파일"
    " 이미지 화면 검토 수정 추가 삭제 확인 사용 기능 설정 환경 서버 클라이언트 데이터베이스"
    " 검색 인덱스 속도 성능 개선 테스트 오류 메시지 대화 기록 모델 토큰 비용 예산 가격 월간"
    " 주간 일정 계획 목표 전략 시장 고객 제품 서비스 개발 디자인 사용자 경험 인터페이스 버튼"
    " 창 목록 항목 제목 내용 본문 요청 응답 처리 작업 상태 진행 완료 실패 성공 시작 종료"
    " 수 것 등 및 또는 위해 대한 통해 있는 없는 하는 되는 같은 다른 많은 모든 새로운 중요한"
    " 가능한 필요한 좋은 어떤 이런 그런 저는 우리는 당신은 그것은 이것은 합니다 했습니다"
    " 있습니다 없습니다 됩니다 주세요 알려 부탁 감사 한국어 영어 일본어 중국어 학교 학생"
    " 선생님 병원 의사 날씨 여행 음식 커피 영화 음악 책 운동 건강 가족 친구 집 회사원 정부"
    " 경제 정치 사회 문화 역사 과학 기술 인공지능 컴퓨터 휴대폰 인터넷 네트워크 보안 암호"
)
_ASCII_SYLLABLES = _words("ka ri to mo ne su ha la vi po ze qu ba do fi gu je lo mi nu ra se ti")
_HANGUL_SYLLABLES = "가나다라마바사아자차카타파하고노도로모보소오조호구누두루무부수우주"


def _vocabulary(
    seed_words: list[str], syllables: list[str], size: int, rng: random.Random
) -> list[str]:
    words = list(dict.fromkeys(seed_words))
    while len(words) < size:
        words.append("".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))))
    return words


class Corpus:
    """Zipf-distributed sentences in either language."""

    def __init__(self, seed: int = 14) -> None:
        self.rng = random.Random(seed)
        self.english = _vocabulary(_ENGLISH, _ASCII_SYLLABLES, 3000, self.rng)
        self.korean = _vocabulary(_KOREAN, list(_HANGUL_SYLLABLES), 3000, self.rng)
        self.weights = list(itertools.accumulate(1 / (rank + 1) for rank in range(3000)))

    def words(self, korean: bool, count: int) -> list[str]:
        vocabulary = self.korean if korean else self.english
        return self.rng.choices(vocabulary, cum_weights=self.weights, k=count)

    def text(self, korean: bool, count: int) -> str:
        words = self.words(korean, count)
        sentences, start = [], 0
        while start < len(words):
            end = start + self.rng.randint(6, 14)
            sentence = " ".join(words[start:end])
            sentences.append(sentence[:1].upper() + sentence[1:] + ".")
            start = end
        text = " ".join(sentences)
        if self.rng.random() < 0.05:
            name = self.rng.choice(self.english)
            text += f"\n\n```python\ndef {name}(x):\n    return x * {len(text)}\n```"
        return text


def cache_path(messages: int, schema_version: int) -> Path:
    """The folder (a Parley home) holding the generated history; CORPUS counts changes to
    the generator, so a fixed generator never reuses an old history."""
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "parley-bench" / f"history-v{schema_version}-c{CORPUS}-{messages}"


def _rows(corpus: Corpus, messages: int) -> Iterator[tuple[str, tuple]]:
    """("c", conversation row) and ("m", message row) in id order, oldest first."""
    conversations = max(1, min(CONVERSATIONS, messages // 10))
    sizes = [LATEST_MESSAGES] if messages >= LATEST_MESSAGES * 2 else []
    rest, others = messages - sum(sizes), conversations - len(sizes)
    # The remainder spread one each, not piled onto one conversation.
    per = [rest // others + (1 if n < rest % others else 0) for n in range(others)]
    sizes = per + sizes  # the big one is the newest
    start = time.time() - YEARS * 365 * 86400
    step = YEARS * 365 * 86400 / messages
    message_id, now = 0, start
    for conversation_id, size in enumerate(sizes, start=1):
        korean = corpus.rng.random() < 0.5
        title = " ".join(corpus.words(korean, corpus.rng.randint(2, 5)))
        first = now
        parent = None
        last_id = message_id + size
        yield "c", (conversation_id, title, first, first + size * step, last_id)
        for n in range(size):
            message_id += 1
            now += step
            role = "user" if n % 2 == 0 else "assistant"
            count = corpus.rng.randint(8, 40) if role == "user" else corpus.rng.randint(60, 160)
            text = corpus.text(korean, count)
            content = json.dumps([{"type": "text", "text": text}], ensure_ascii=False)
            yield "m", (message_id, conversation_id, role, content, text, now, parent)
            parent = message_id


def build(path: Path, messages: int) -> None:
    """Write the history into a new database at `path` through the real schema."""
    from desktop_app.storage.database import open_database

    conn = open_database(path)
    corpus = Corpus()
    pending: dict[str, list[tuple]] = {"c": [], "m": []}
    conn.execute("BEGIN")
    for kind, row in _rows(corpus, messages):
        pending[kind].append(row)
        if len(pending["m"]) >= BATCH:
            _flush(conn, pending)
            conn.execute("COMMIT")
            conn.execute("BEGIN")
    _flush(conn, pending)
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def _flush(conn, pending: dict[str, list[tuple]]) -> None:
    conn.executemany(
        "INSERT INTO conversations (id, title, model, created_at, updated_at, head_id)"
        " VALUES (?, ?, 'claude-sonnet-4-6', ?, ?, ?)",
        pending["c"],
    )
    conn.executemany(
        "INSERT INTO messages (id, conversation_id, role, content, text, state, created_at,"
        " parent_id) VALUES (?, ?, ?, ?, ?, 'complete', ?, ?)",
        pending["m"],
    )
    pending["c"].clear()
    pending["m"].clear()
