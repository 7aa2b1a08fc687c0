"""Other calendars that date holidays in the news: Hebrew, Islamic, Julian, Chinese and Parsi.

Day numbers are proleptic Gregorian ordinals (`datetime.date.toordinal`),
the "fixed dates" of Reingold and Dershowitz, Calendrical Calculations,
whose arithmetic this follows. An Islamic month begins as Saudi Arabia's Umm
al-Qura calendar begins it: on the day after the new moon when the moon is new
before sunset in Mecca, else a day later (the tabular calendar only finds which
new moon); a country that waits to sight the crescent may keep a feast a day
later. Chinese New Year and the Islamic months come from Meeus's new-moon
series, good to minutes; a new moon within minutes of midnight in Beijing, or
of sunset in Mecca, could put a date a day off.
"""

from __future__ import annotations

import datetime as dt
import math

__all__ = [
    "chinese_new_year",
    "hebrew_date",
    "islamic_date",
    "islamic_last_weekday",
    "orthodox_easter",
    "parsi_new_year",
]

_HEBREW_EPOCH = -1373427  # 1 Tishri AM 1, in fixed days
_ISLAMIC_EPOCH = 227015  # 1 Muharram AH 1 (16 July 622, Julian)
_TISHRI, _NISAN = 7, 1
_SHAHENSHAHI_NAVROZ = dt.date(2022, 8, 16)
_JULIAN_DAY_OF_ORDINAL_ZERO = 1721424.5  # the Julian day at which fixed day 0 begins (midnight UTC)
_SYNODIC_MONTH = 29.530588861  # mean days from one new moon to the next
_FIRST_NEW_MOON_2000 = dt.date(2000, 1, 6)  # the new moon k = 0 of Meeus's series
_MECCA_UTC_HOURS = 3
_MECCA_SUNSET_HOURS = 18.5  # local time: the sun sets in Mecca between about 17:40 and 19:10 through the year


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


def _islamic_month_start(year: int, month: int) -> dt.date | None:
    """The first day of an Islamic month: the day after its new moon, or the next when the moon is new
    only after sunset in Mecca. The tabular calendar's first day tells which new moon begins the month."""
    fixed = _islamic_fixed(year, month, 1)
    if fixed < 1:
        return None
    near = round((fixed - 1 - _FIRST_NEW_MOON_2000.toordinal()) / _SYNODIC_MONTH)
    moments = [_new_moon(k) - _JULIAN_DAY_OF_ORDINAL_ZERO + _MECCA_UTC_HOURS / 24 for k in (near - 1, near, near + 1)]
    moment = min(moments, key=lambda m: abs(m - (fixed - 1)))
    day = math.floor(moment)
    before_sunset = (moment - day) * 24 < _MECCA_SUNSET_HOURS
    return dt.date.fromordinal(day + (1 if before_sunset else 2))


def islamic_date(gregorian_year: int, month: int, day: int) -> dt.date | None:
    """The first Gregorian date in `gregorian_year` of an Islamic month and day, as observed."""
    guess = round((gregorian_year - 622) * 33 / 32)
    for year in range(guess - 2, guess + 3):
        first = _islamic_month_start(year, month)
        if first is not None and (date := first + dt.timedelta(days=day - 1)).year == gregorian_year:
            return date
    return None


def parsi_new_year(year: int) -> dt.date | None:
    """Navroz of the Shahenshahi calendar, whose year is 365 days without leap days."""
    first = _SHAHENSHAHI_NAVROZ + dt.timedelta(days=365 * (year - _SHAHENSHAHI_NAVROZ.year))
    for day in (first, first + dt.timedelta(days=365), first - dt.timedelta(days=365)):
        if day.year == year:
            return day
    return None


def islamic_last_weekday(gregorian_year: int, month: int, weekday: int) -> dt.date | None:
    """The last given weekday (Monday 0) of an Islamic month that begins in `gregorian_year`."""
    first = islamic_date(gregorian_year, month, 1)
    if first is None:
        return None
    last = first + dt.timedelta(days=29)  # the 30th, or the next month's first when this one has 29 days
    following = islamic_date(last.year, month % 12 + 1, 1)
    if following is not None and following <= last:
        last = following - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def _new_moon(k: int) -> float:
    """Julian day of the k-th new moon after 6 January 2000 (Meeus, Astronomical Algorithms, ch. 49)."""
    t = k / 1236.85
    jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * t**2 - 0.00000015 * t**3 + 0.00000000073 * t**4
    e = 1 - 0.002516 * t - 0.0000074 * t**2
    sun = math.radians(2.5534 + 29.1053567 * k - 0.0000014 * t**2 - 0.00000011 * t**3)
    moon = math.radians(201.5643 + 385.81693528 * k + 0.0107582 * t**2 + 0.00001238 * t**3)
    node = math.radians(160.7108 + 390.67050284 * k - 0.0016118 * t**2 - 0.00000227 * t**3)
    ascending = math.radians(124.7746 - 1.56375588 * k + 0.0020672 * t**2)
    terms = (
        (-0.40720, moon), (0.17241 * e, sun), (0.01608, 2 * moon), (0.01039, 2 * node),
        (0.00739 * e, moon - sun), (-0.00514 * e, moon + sun), (0.00208 * e * e, 2 * sun),
        (-0.00111, moon - 2 * node), (-0.00057, moon + 2 * node), (0.00056 * e, 2 * moon + sun),
        (-0.00042, 3 * moon), (0.00042 * e, sun + 2 * node), (0.00038 * e, sun - 2 * node),
        (-0.00024 * e, 2 * moon - sun), (-0.00017, ascending), (-0.00007, moon + 2 * sun),
    )
    return jde + sum(weight * math.sin(angle) for weight, angle in terms)


def _beijing_day(julian_day: float) -> dt.date:
    return dt.date.fromordinal(math.floor(julian_day - 1721424.5 + 8 / 24))


def chinese_new_year(year: int) -> dt.date:
    """The second new moon after the winter solstice, by the calendar day in Beijing."""
    solstice = dt.date(year - 1, 12, 22)
    k = math.floor((year - 2001 + 0.97) * 12.3685)
    moons = [_beijing_day(_new_moon(i)) for i in range(k - 1, k + 4)]
    after = [day for day in moons if day > solstice]
    return after[1]
