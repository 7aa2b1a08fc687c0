"""The package's bounded caches: `forget` empties them, and a function answers alike before and after."""

from consistency.caches import bounded, emptied, forget
from consistency.terms import content_terms


def test_forget_empties_a_bounded_cache_and_changes_no_answer():
    calls = []

    @bounded(maxsize=16)
    def doubled(n: int) -> int:
        calls.append(n)
        return 2 * n

    assert [doubled(3), doubled(3)] == [6, 6]
    assert calls == [3]  # the second answer came from the cache
    forget()
    assert doubled.cache_info().currsize == 0
    assert doubled(3) == 6
    assert calls == [3, 3]  # asked again after the cache was emptied


def test_the_packages_caches_are_emptied_too():
    sentence = "The harbour authority said 14 cranes were idle on Tuesday."
    before = content_terms(sentence)
    assert content_terms.cache_info().currsize > 0
    forget()
    assert content_terms.cache_info().currsize == 0
    assert content_terms(sentence) == before


def test_forget_empties_a_dict_kept_as_a_cache():
    answers = emptied({})
    answers[("Port Halden", 3)] = "harbour"
    forget()
    assert answers == {}
