"""Other calendars that date holidays in the news: Hebrew, Islamic, Julian, Chinese, Parsi and Hindu.

Day numbers are proleptic Gregorian ordinals (`datetime.date.toordinal`),
the "fixed dates" of Reingold and Dershowitz, Calendrical Calculations,
whose arithmetic this follows. An Islamic month begins as Saudi Arabia's Umm
al-Qura calendar begins it: on the day after the new moon when the moon is new
before sunset in Mecca, else a day later (the tabular calendar only finds which
new moon); a country that waits to sight the crescent may keep a feast a day
later. Chinese New Year and the Islamic months come from Meeus's new-moon
series, good to minutes; a new moon within minutes of midnight in Beijing, or
of sunset in Mecca, could put a date a day off.

A Hindu feast falls on a lunar day (tithi: each 12° the moon gains on the sun)
of a lunar month named by the sidereal sign the sun is in when the month's new
moon comes (Lahiri's ayanamsa), kept on the day that lunar day holds at the hour
the feast is kept at, in India; the sun and moon are placed by the leading terms
of Meeus's series. Local almanacs that reckon by sunrise at their own place, or
that avoid an inauspicious hour, may keep a feast a day either side.
"""

from __future__ import annotations

import datetime as dt
import functools
import math

__all__ = [
    "chinese_new_year",
    "hebrew_date",
    "hindu_lunar_date",
    "islamic_date",
    "islamic_last_weekday",
    "nakshatra_in_sign",
    "orthodox_easter",
    "parsi_new_year",
    "sidereal_ingress",
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


# The Hindu calendar: lunar days (tithis) and months, and the sun's entry into the sidereal signs.
_J2000 = 2451545.0  # Julian day of 1 January 2000, noon
_JULIAN_CENTURY = 36525.0
_LAHIRI_AT_J2000 = 23.853  # degrees: the Lahiri ayanamsa, the sidereal zodiac's offset from the tropical
_PRECESSION_PER_YEAR = 50.29 / 3600  # degrees a year the ayanamsa grows by
_IST_HOURS = 5.5  # India Standard Time, hours ahead of UTC
_TITHI_DEGREES = 12.0  # the moon gains this much on the sun in one lunar day
_DUSK_HOURS = 18.0  # local time in India: a sign entered after dusk counts from the next day
# the moon's longitude, Meeus ch. 47: the largest periodic terms (millionths of a degree) by multiples of
# D (elongation), M (sun's anomaly), M' (moon's anomaly), F (argument of latitude); good to about 0.01°
_MOON_TERMS = (
    (0, 0, 1, 0, 6288774), (2, 0, -1, 0, 1274027), (2, 0, 0, 0, 658314), (0, 0, 2, 0, 213618),
    (0, 1, 0, 0, -185116), (0, 0, 0, 2, -114332), (2, 0, -2, 0, 58793), (2, -1, -1, 0, 57066),
    (2, 0, 1, 0, 53322), (2, -1, 0, 0, 45758), (0, 1, -1, 0, -40923), (1, 0, 0, 0, -34720),
    (0, 1, 1, 0, -30383), (2, 0, 0, -2, 15327), (0, 0, 1, 2, -12528), (0, 0, 1, -2, 10980),
    (4, 0, -1, 0, 10675), (0, 0, 3, 0, 10034), (4, 0, -2, 0, 8548), (2, 1, -1, 0, -7888),
    (2, 1, 0, 0, -6766), (1, 0, -1, 0, -5163), (1, 1, 0, 0, 4987), (2, -1, 1, 0, 4036),
    (2, 0, 2, 0, 3994), (4, 0, 0, 0, 3861), (2, 0, -3, 0, 3665), (0, 1, -2, 0, -2689),
    (2, 0, -1, 2, -2602), (2, -1, -2, 0, 2390), (1, 0, 1, 0, -2348), (2, -2, 0, 0, 2236),
    (0, 1, 2, 0, -2120), (0, 2, 0, 0, -2069),
)


def _sun_longitude(jd: float) -> float:
    """The sun's apparent tropical longitude in degrees (Meeus ch. 25, good to 0.01°)."""
    t = (jd - _J2000) / _JULIAN_CENTURY
    mean = 280.46646 + 36000.76983 * t
    anomaly = math.radians(357.52911 + 35999.05029 * t)
    centre = ((1.914602 - 0.004817 * t) * math.sin(anomaly) + (0.019993 - 0.000101 * t) * math.sin(2 * anomaly)
              + 0.000289 * math.sin(3 * anomaly))
    return (mean + centre - 0.00569 - 0.00478 * math.sin(math.radians(125.04 - 1934.136 * t))) % 360


def _moon_longitude(jd: float) -> float:
    """The moon's tropical longitude in degrees (Meeus ch. 47, its largest terms)."""
    t = (jd - _J2000) / _JULIAN_CENTURY
    mean = 218.3164477 + 481267.88123421 * t
    d = math.radians(297.8501921 + 445267.1114034 * t)
    m = math.radians(357.5291092 + 35999.0502909 * t)
    mm = math.radians(134.9633964 + 477198.8675055 * t)
    f = math.radians(93.2720950 + 483202.0175233 * t)
    e = 1 - 0.002516 * t
    total = 0.0
    for kd, km, kmm, kf, weight in _MOON_TERMS:
        total += weight * e ** abs(km) * math.sin(kd * d + km * m + kmm * mm + kf * f)
    total += 3958 * math.sin(math.radians(119.75 + 131.849 * t)) + 1962 * math.sin(math.radians(mean) - f)
    return (mean + total / 1e6 - 0.00478 * math.sin(math.radians(125.04 - 1934.136 * t))) % 360


def _tithi(jd: float) -> int:
    """The lunar day at a moment: 1-15 in the waxing fortnight, 16-30 in the waning (30: new moon)."""
    return int(((_moon_longitude(jd) - _sun_longitude(jd)) % 360) // _TITHI_DEGREES) + 1


def _sidereal_sign(jd: float) -> int:
    """The sidereal sign the sun is in (0 Mesha, Aries, to 11 Meena, Pisces), by the Lahiri ayanamsa."""
    years = (jd - _J2000) / 365.25
    return int(((_sun_longitude(jd) - _LAHIRI_AT_J2000 - _PRECESSION_PER_YEAR * years) % 360) // 30)


def _india_moment(day: dt.date, hour: float) -> float:
    """The Julian day of a local hour in India on `day`."""
    return day.toordinal() + _JULIAN_DAY_OF_ORDINAL_ZERO + (hour - _IST_HOURS) / 24


@functools.cache
def hindu_lunar_date(gregorian_year: int, month: int, tithi: int, hour: float) -> dt.date | None:
    """The day in `gregorian_year` of a lunar day of a Hindu month (1 Chaitra to 12 Phalguna, months
    running new moon to new moon), the day on which that lunar day holds at the local `hour` the feast is
    kept at (6 sunrise, 12 midday, 18 dusk, 24 midnight); when no day has it at that hour (a lunar day may
    fall between two), the day it begins. A leap month, one in which the sun enters no sign, is passed
    over: the feast is kept in the regular month that follows."""
    start = math.floor((gregorian_year - 2001 + 0.97) * 12.3685) - 2
    moons = [_new_moon(k) for k in range(start, start + 16)]
    signs = [_sidereal_sign(jd) for jd in moons]
    for i in range(len(moons) - 1):
        if signs[i] == signs[i + 1] or (signs[i] + 1) % 12 + 1 != month:
            continue  # a leap month, or another month
        first = dt.date.fromordinal(math.floor(moons[i] - _JULIAN_DAY_OF_ORDINAL_ZERO + _IST_HOURS / 24))
        days = [first + dt.timedelta(days=n) for n in range(32)]
        days = [d for d in days if moons[i] <= _india_moment(d, hour) < moons[i + 1]]
        found = next((d for d in days if _tithi(_india_moment(d, hour)) == tithi), None)
        if found is None:
            found = next((d for d in days if _tithi(_india_moment(d, hour)) > tithi), None)
        if found is not None and found.year == gregorian_year:
            return found
    return None


@functools.cache
def sidereal_ingress(gregorian_year: int, sign: int) -> dt.date | None:
    """The day in India the sun enters a sidereal sign (1 Mesha to 12 Meena) in `gregorian_year`: the day
    of the entry when it comes before dusk, else the next."""
    day = dt.date(gregorian_year, 1, 1)
    while day.year == gregorian_year:
        before, after = _india_moment(day, 0), _india_moment(day, 24)
        if _sidereal_sign(before) != sign - 1 and _sidereal_sign(after) == sign - 1:
            low, high = before, after
            while high - low > 1 / 1440:
                middle = (low + high) / 2
                low, high = (middle, high) if _sidereal_sign(middle) != sign - 1 else (low, middle)
            return day if (high - before) * 24 < _DUSK_HOURS else day + dt.timedelta(days=1)
        day += dt.timedelta(days=1)
    return None


def _nakshatra(jd: float) -> int:
    """The lunar mansion the moon is in (1 Ashvini to 27 Revati): sidereal thirteen-and-a-third degrees."""
    years = (jd - _J2000) / 365.25
    sidereal = (_moon_longitude(jd) - _LAHIRI_AT_J2000 - _PRECESSION_PER_YEAR * years) % 360
    return int(sidereal // (360 / 27)) + 1


@functools.cache
def nakshatra_in_sign(gregorian_year: int, sign: int, nakshatra: int, hour: float) -> dt.date | None:
    """The day in `gregorian_year`, while the sun is in a sidereal sign (1 Mesha to 12 Meena), on which the
    moon is in a lunar mansion at the local `hour` in India: Onam is Thiruvonam in the month of Chingam.
    The moon passes a mansion every 27 days: when it does so twice in the month, the later passage counts."""
    entered = sidereal_ingress(gregorian_year, sign)
    if entered is None:
        return None
    found, held = None, False
    for n in range(33):
        day = entered + dt.timedelta(days=n)
        moment = _india_moment(day, hour)
        if n > 1 and _sidereal_sign(moment) != sign - 1:
            break
        holds = _nakshatra(moment) == nakshatra
        if holds and not held:
            found = day  # the first day of the mansion's last passage in the month
        held = holds
    return found
