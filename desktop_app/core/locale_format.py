"""Dates, numbers and costs as the chosen language writes them, for the CLI and the core
(Qt-free; the window uses QLocale, whose formats for our languages these follow).

Costs stay in US dollars, as the API bills; only the digits are grouped per language.
"""

from __future__ import annotations

import time

from desktop_app.core.i18n import current_language


def format_number(n: float, decimals: int = 0) -> str:
    """1234567 → "1,234,567" (English and Korean both group by thousands with commas)."""
    return f"{n:,.{decimals}f}"


def format_usd(amount: float, decimals: int = 2) -> str:
    """ "$1,234.50"; the dollar sign stays whatever the language."""
    sign = "-" if amount < 0 else ""
    return f"{sign}${format_number(abs(amount), decimals)}"


def format_date(timestamp: float) -> str:
    """en: 2026-03-05 · ko: 2026. 3. 5."""
    moment = time.localtime(timestamp)
    if current_language() == "ko":
        return f"{moment.tm_year}. {moment.tm_mon}. {moment.tm_mday}."
    return time.strftime("%Y-%m-%d", moment)


def format_date_time(timestamp: float) -> str:
    """en: 2026-03-05 14:05 · ko: 2026. 3. 5. 14:05"""
    return f"{format_date(timestamp)} {time.strftime('%H:%M', time.localtime(timestamp))}"


_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def format_month(year: int, month: int) -> str:
    """en: March 2026 · ko: 2026년 3월"""
    if current_language() == "ko":
        return f"{year}년 {month}월"
    return f"{_MONTHS[month - 1]} {year}"
