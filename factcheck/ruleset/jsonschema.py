"""The JSON Schema of rule files, generated from the pydantic models so it never drifts from them.

Editors with the YAML language server complete and check rule files against it; the shipped files
name it in their first line (`# yaml-language-server: $schema=...`).
"""

from __future__ import annotations

import json
from typing import Annotated, Any, Union

from pydantic import Field, create_model

from factcheck.ruleset.schema import RuleFile

SCHEMA_ID = "https://factcheck.dev/schemas/rules.schema.json"


def rules_schema() -> dict[str, Any]:
    from factcheck.checks.registry import CHECK_TYPES

    models = tuple(CHECK_TYPES[name].rule for name in sorted(CHECK_TYPES))
    check = Annotated[Union[models], Field(discriminator="check")]  # type: ignore[valid-type]  # noqa: UP007
    model = create_model(
        "RuleFile",
        __base__=RuleFile,
        checks=(list[check], Field(default_factory=list, description="Checks: each names a check type.")),
        disable=(list[str], Field(default_factory=list, description="Ids of checks to switch off.")),
    )
    schema = model.model_json_schema(by_alias=True)
    # Name each check type's definition after it, with its documentation's first line.
    text = json.dumps(schema)
    for name in CHECK_TYPES:
        module = CHECK_TYPES[name].rule.__module__.replace(".", "__")
        text = text.replace(f"{module}__Rule", f"check_{name}")
    schema = json.loads(text)
    for name, check_type in CHECK_TYPES.items():
        schema["$defs"][f"check_{name}"]["description"] = check_type.doc.split("\n\n")[0]
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID, **schema}


def rules_schema_json() -> str:
    return json.dumps(rules_schema(), indent=2, sort_keys=True) + "\n"
