"""Other calendars that date holidays in the news: Hebrew, Islamic (arithmetical) and Julian (Orthodox Easter).

Day numbers are proleptic Gregorian ordinals (`datetime.date.toordinal`),
the "fixed dates" of Reingold and Dershowitz, Calendrical Calculations,
whose arithmetic this follows. The Islamic calendar here is the tabular one:
the observed month may begin a day either side of it.
"""

from __future__ import annotations

import datetime as dt

__all__ = ["hebrew_date", "islamic_date", "orthodox_easter"]

_HEBREW_EPOCH = -1373427  # 1 Tishri AM 1, in fixed days
_ISLAMIC_EPOCH = 227015  # 1 Muharram AH 1 (16 July 622, Julian)
_TISHRI, _NISAN = 7, 1


def _julian_fixed(year: int, month: int, day: int) -> int:
    """Fixed day of a date in the Julian calendar (year > 0)."""
    leap = year % 4 == 0
    correction = 0 if month <= 2 else (-1 if leap else -2)
    return -2 + 365 * (year - 1) + (year - 1) // 4 + (367 * month - 362) // 12 + correction + day


def orthodox_easter(year: int) -> dt.date:
    """Easter Sunday of the Orthodox churches (Julian computus), as a Gregorian date."""
    shifted_epact = (14 + 11 * (year % 19)) % 30
    paschal_moon = _julian_fixed(year, 4, 19) - shifted_epact
    sunday_after = paschal_moon + 7 - (paschal_moon % 7)  # fixed day 0 is a Sunday
    return dt.date.fromordinal(sunday_after)


def _hebrew_leap(year: int) -> bool:
    return (7 * year + 1) % 19 < 7


def _elapsed_days(year: int) -> int:
    """Days from the epoch to the molad of Tishri, with the first postponement rule."""
    months = (235 * year - 234) // 19
    parts = 12084 + 13753 * months
    days = 29 * months + parts // 25920
    return days + 1 if (3 * (days + 1)) % 7 < 3 else days


def _new_year(year: int) -> int:
    """Fixed day of 1 Tishri (Rosh Hashanah) of a Hebrew year."""
    before, this, after = _elapsed_days(year - 1), _elapsed_days(year), _elapsed_days(year + 1)
    correction = 2 if after - this == 356 else 1 if this - before == 382 else 0
    return _HEBREW_EPOCH + this + correction


def _month_length(month: int, year: int) -> int:
    length = _new_year(year + 1) - _new_year(year)
    short = month in (2, 4, 6, 10, 13) or (month == 12 and not _hebrew_leap(year))
    short = short or (month == 8 and length not in (355, 385)) or (month == 9 and length in (353, 383))
    return 29 if short else 30


def _hebrew_fixed(year: int, month: int, day: int) -> int:
    """Fixed day of a Hebrew date (months counted from Nisan = 1; Tishri = 7; Adar II = 13)."""
    last_month = 13 if _hebrew_leap(year) else 12
    fixed = _new_year(year) + day - 1
    if month < _TISHRI:
        fixed += sum(_month_length(m, year) for m in range(_TISHRI, last_month + 1))
        fixed += sum(_month_length(m, year) for m in range(_NISAN, month))
    else:
        fixed += sum(_month_length(m, year) for m in range(_TISHRI, month))
    return fixed


def hebrew_date(gregorian_year: int, month: int, day: int) -> dt.date | None:
    """The first Gregorian date in `gregorian_year` of a Hebrew month and day."""
    for year in (gregorian_year + 3760, gregorian_year + 3761):
        in_month = 13 if month == 12 and _hebrew_leap(year) else month  # Adar's feasts fall in Adar II
        date = dt.date.fromordinal(_hebrew_fixed(year, in_month, day))
        if date.year == gregorian_year:
            return date
    return None


def _islamic_fixed(year: int, month: int, day: int) -> int:
    return day + 29 * (month - 1) + (6 * month - 1) // 11 + (year - 1) * 354 + (3 + 11 * year) // 30 + _ISLAMIC_EPOCH - 1


def islamic_date(gregorian_year: int, month: int, day: int) -> dt.date | None:
    """The first Gregorian date in `gregorian_year` of an Islamic month and day (tabular calendar)."""
    guess = round((gregorian_year - 622) * 33 / 32)
    for year in range(guess - 2, guess + 3):
        fixed = _islamic_fixed(year, month, day)
        if fixed >= 1:
            date = dt.date.fromordinal(fixed)
            if date.year == gregorian_year:
                return date
    return None
