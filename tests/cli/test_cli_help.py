"""Every subcommand and every argument of the command line says what it does in Chinese and in
English."""

from __future__ import annotations

import argparse
import re

from desktop_app.cli.main import build_parser

CHINESE = re.compile(r"[\u4e00-\u9fff]")
ENGLISH = re.compile(r"[A-Za-z]{3,}")


def _bilingual(text: str | None) -> bool:
    return bool(text and CHINESE.search(text) and ENGLISH.search(text))


def _walk(parser: argparse.ArgumentParser, path: str) -> list[str]:
    missing = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {choice.dest: choice.help for choice in action._choices_actions}
            for name, sub in action.choices.items():
                if name in helps and not _bilingual(helps[name]):
                    missing.append(f"{path} {name}: {helps[name]!r}")
                missing += _walk(sub, f"{path} {name}")
        elif action.help != argparse.SUPPRESS and not _bilingual(action.help):
            what = "/".join(action.option_strings) or action.dest
            missing.append(f"{path} {what}: {action.help!r}")
    return missing


def test_every_argument_has_help_in_both_languages() -> None:
    assert _walk(build_parser(), "shipcheck") == []
