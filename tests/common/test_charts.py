import re

from common.charts import line_chart, stacked_bar_chart


def test_bar_chart_escapes_labels_and_keeps_its_numbers_for_the_table():
    chart = stacked_bar_chart(
        chart_id="c",
        title="<b>标题</b>",
        categories=["1月", "2月"],
        series=[("党课<script>", [2, 0]), ("主题党日", [1, None])],
        unit="次",
    )

    assert "<script>" not in chart.svg and "&lt;script&gt;" in chart.svg
    assert chart.svg.count("<rect") == 2  # nothing drawn for 0 or None
    assert chart.rows == [("党课<script>", ["2", "0"]), ("主题党日", ["1", "—"])]
    assert 'role="img" aria-labelledby="c-title"' in chart.svg


def test_line_chart_breaks_where_there_is_nothing_to_judge():
    chart = line_chart(
        chart_id="s",
        title="比例",
        categories=["1月", "2月", "3月", "4月"],
        series=[("支部委员会", [100, None, 50, 75])],
        unit="%",
        maximum=100,
    )

    assert chart.svg.count("<polyline") == 2
    assert chart.svg.count("<circle") == 3


def test_a_count_axis_marks_whole_numbers_only():
    for most in (0, 1, 3, 5, 9, 17, 33, 150):
        chart = stacked_bar_chart(
            chart_id="c", title="次数", categories=["1月"], series=[("党课", [most])], unit="次"
        )
        marks = re.findall(r">([0-9.]+)(?:次)?</text>", chart.svg)
        assert len(marks) == 5, most
        assert all("." not in mark for mark in marks), (most, marks)
        assert int(marks[-1]) >= most
