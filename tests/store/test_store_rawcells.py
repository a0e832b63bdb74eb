"""Raw cells since schema v7: a JSON array per row, the headers once per imported sheet, rows
stored before as {header: text} objects."""

from __future__ import annotations

import json

from desktop_app.store.rawcells import raw_row


def test_raw_row_reads_both_forms() -> None:
    keys = json.dumps(["订单号", "备注"], ensure_ascii=False)
    assert raw_row('["1", "x"]', keys) == {"订单号": "1", "备注": "x"}
    assert list(raw_row('["1", "x"]', keys) or {}) == ["订单号", "备注"]  # column order
    assert raw_row('{"订单号": "1", "备注": "x"}', None) == {"订单号": "1", "备注": "x"}
    assert raw_row('{"订单号": "1"}', keys) == {"订单号": "1"}  # an object ignores keys


def test_raw_row_pairs_cells_as_the_object_did() -> None:
    keys = json.dumps(["订单号", "备注", "D"], ensure_ascii=False)
    # a row read before the sheet's keys grew (cells beyond the header row) is shorter
    assert raw_row('["1", "x"]', keys) == {"订单号": "1", "备注": "x"}
    # a repeated key (a header named like a later column letter): the later cell wins, at the
    # first one's place — exactly what loading the object with the repeated key gave
    paired = raw_row('["1", "a", "b"]', '["k", "k", "m"]')
    assert list((paired or {}).items()) == [("k", "a"), ("m", "b")]
    assert list(json.loads('{"k": "1", "k": "a", "m": "b"}').items()) == [("k", "a"), ("m", "b")]
    # keys missing: cells named by position rather than lost
    assert raw_row('["1", "x"]', None) == {"1": "1", "2": "x"}
    assert raw_row('["1", "x"]', '["订单号"]') == {"订单号": "1", "2": "x"}
    for junk in (None, "", "not json", "3", '"text"'):
        assert raw_row(junk, keys) is None
