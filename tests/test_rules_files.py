"""The rules files themselves: YAML keeps the last of two equal keys without a word, so an entry
added twice under one id (an organization's acronym written under its names) silently replaces
the first. Every mapping in rules/ must have each key once."""

from __future__ import annotations

from pathlib import Path

import yaml

RULES = Path(__file__).parent.parent / "rules"


class _StrictLoader(yaml.SafeLoader):
    """A safe loader that records every key a mapping holds twice."""

    repeated: list[str]


def _mapping(loader: _StrictLoader, node: yaml.MappingNode, deep: bool = False):
    seen = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            loader.repeated.append(f"{key!r} at line {key_node.start_mark.line + 1}")
        seen.add(key)
    return yaml.SafeLoader.construct_mapping(loader, node, deep)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


def _repeated(text: str) -> list[str]:
    loader = _StrictLoader(text)
    loader.repeated = []
    try:
        loader.get_single_data()
    finally:
        loader.dispose()
    return loader.repeated


def test_the_check_finds_a_repeated_key():
    assert _repeated("names:\n  isro: [a]\n  isro: [b]\n") == ["'isro' at line 3"]


def test_no_rules_file_repeats_a_key():
    found = {
        str(p.relative_to(RULES)): r
        for p in sorted(RULES.rglob("*.yaml"))
        if (r := _repeated(p.read_text(encoding="utf-8")))
    }
    assert found == {}
