"""Names: people, organisations, places and offices.

`entities.find` finds capitalised runs (`layout`: headings, sentence starts,
lower-case words of the text), splits titles and honorifics from names with
the word lists of `lexicon`, and joins each name to its canonical entity
(`resolution`: the knowledge base, aliases, fuzzy surnames).
"""
