"""Glue between the SQLite store and the pure policy engine.

Public API (used by the CLI, the GUI and the reports):

- ``evaluate_store(store, as_of, platform=None, progress=None, cancelled=None) ->
EvaluationSummary``
  loads stored orders/products/areas/settings, runs `policies.engine`, and brings the verdicts
  of the evaluated platforms up to date in one transaction (only changed rows are written). The
  rows live in `verdict_rows`; readers use the `verdicts` view, which has v1's columns. Since
  schema v3 no trace is stored: ``explain.explain_orders(store, keys)`` /
  ``explain.explain_order(store, platform, order_id, sub_order_id)`` make it on demand with the
  same rule code (`shipcheck explain`).
- ``metrics_for(store, platform, period, start, as_of, shop=None) ->
policies.records.PlatformMetrics``
- ``load_parameters(store) -> list[ParameterView]`` — every parameter and seller value with its
  default, source, unit and the seller's current override (for the settings dialog).
- ``load_inputs(store, platform=None) -> Inputs`` — the engine's records, for callers that run the
  engine themselves (reports).
"""

from __future__ import annotations

from desktop_app.chinatime import parse_time
from desktop_app.evaluation.load import Inputs, load_inputs
from desktop_app.evaluation.metrics import metrics_for
from desktop_app.evaluation.parameters import ParameterView, load_parameters, validate_setting
from desktop_app.evaluation.run import EvaluationSummary, evaluate_store, verdict_row

__all__ = [
    "EvaluationSummary",
    "Inputs",
    "ParameterView",
    "evaluate_store",
    "load_inputs",
    "load_parameters",
    "metrics_for",
    "parse_time",
    "validate_setting",
    "verdict_row",
]
