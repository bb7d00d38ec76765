"""Dates and times as the window's language writes them (QLocale's default, set with the
language): "Mar 5, 14:05" in English, "3월 5일 14:05" in Korean."""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, QLocale

# (same year, another year, a month of a year) per language; English is the fallback.
_FORMATS = {
    QLocale.Language.Korean: ("M월 d일 HH:mm", "yyyy. M. d. HH:mm", "yyyy년 M월"),
    QLocale.Language.English: ("MMM d, HH:mm", "yyyy-MM-dd HH:mm", "MMMM yyyy"),
}


def _formats() -> tuple[str, str, str]:
    return _FORMATS.get(QLocale().language(), _FORMATS[QLocale.Language.English])


def moment_text(stamp: float, now: float) -> str:
    """The time alone today, the day and time this year, else the full date and time."""
    moment = QDateTime.fromSecsSinceEpoch(int(stamp))
    today = QDateTime.fromSecsSinceEpoch(int(now)).date()
    locale = QLocale()
    if moment.date() == today:
        return locale.toString(moment, "HH:mm")
    this_year, other_year, _ = _formats()
    return locale.toString(
        moment, this_year if moment.date().year() == today.year() else other_year
    )


def date_time_text(stamp: float) -> str:
    """The full date and time: "2026-03-05 14:05" · "2026. 3. 5. 14:05"."""
    return QLocale().toString(QDateTime.fromSecsSinceEpoch(int(stamp)), _formats()[1])


def month_text(year: int, month: int) -> str:
    """ "December 2026" · "2026년 12월"."""
    return QLocale().toString(QDate(year, month, 1), _formats()[2])


def short_month(month: int) -> str:
    """ "Dec" · "12월"."""
    return QLocale().standaloneMonthName(month, QLocale.FormatType.ShortFormat)
