"""Signed rule packs: rule updates a seller installs offline.

A pack is one JSON file (`envelope`) holding announcement records and dated parameter values for
rule shapes the app already knows (no code), signed with Ed25519 by a key the app trusts
(`trust`). `install` checks what it says against this app's rules
(`desktop_app.evaluation.rule_set`), stores it in the database (backup first, one transaction,
re-evaluation of the platforms it touches) and undoes it; `listing` says which rules are in force
and where each came from.
"""
