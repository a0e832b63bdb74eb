"""The read layer: how the GUI, the export, the reports and the evidence bundle read orders.

`columns` is the one specification of the order list's columns (table, sort keys and the indexes
that serve them, export); `lines` reads an order's line — its verdict, texts, the seller's note
and appeal mark, attachments — with one meaning for every reader; `pages` plans and runs the order
table's keyset pages; `interrupts` stops a running read query. No Qt here.
"""
