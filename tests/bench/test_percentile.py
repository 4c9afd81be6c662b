from bench.percentile import nearest_rank


def test_the_p95_of_twenty_values_is_the_nineteenth_not_the_slowest():
    values = [float(n) for n in range(20, 0, -1)]
    assert nearest_rank(values, 0.95) == 19.0


def test_the_nearest_rank_is_a_value_of_the_list_at_or_above_the_share():
    values = [3.0, 1.0, 2.0, 10.0]
    assert nearest_rank(values, 0.50) == 2.0
    assert nearest_rank(values, 0.99) == 10.0
    assert nearest_rank(values, 0.0) == 1.0
    assert nearest_rank([7.0], 0.95) == 7.0
