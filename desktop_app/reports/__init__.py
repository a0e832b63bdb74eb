"""Printable reports: the penalty/assessment report (处罚/考核报告) and the appeal/pre-report
material (申诉/报备材料).

* `desktop_app.reports.data` — `gather_penalty(conn, request)` / `gather_appeal(conn, request)` (a
  `ReportRequest`: platform, period, shop, instant, language) read the store
  into the typed model of `desktop_app.reports.model` (pure, no Qt);
* `desktop_app.reports.render` — `build_document`, `print_report` (QPrinter / print preview),
  `pdf_bytes`, `write_pdf` (needs a QGuiApplication);
* layouts and wording in ``resources/templates/`` (`desktop_app.reports.template` fills them);
* `desktop_app.reports.clauses` — the announcement clauses quoted verbatim.
"""
