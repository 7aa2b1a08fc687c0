"""Figures: money, percentages, counts, measures and ranks.

`numbers.find` reads digit runs and numeral words (`tokens`, `words`) and
settles what each figure is from the words around it (`context`), with the
vocabulary of scales, units, currencies and hedges in data files
(`vocabulary`). `ranks.find` reads ordinals ("fourth", "2nd").
"""
