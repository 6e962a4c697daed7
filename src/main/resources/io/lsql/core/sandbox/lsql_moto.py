"""Starts moto's server for the LSQL sandbox, with one fix to its ImportTable emulation.

moto 5.x reads ImportTable's DYNAMODB_JSON files with py_partiql_parser's JsonParser, which cuts
strings at an apostrophe and mangles backslash escapes ("Fiona O'Brien" is imported as "Fiona O").
Real DynamoDB reads standard JSON lines, so this wrapper parses such content with Python's json
module first and falls back to the original parser for anything that is not JSON lines (PartiQL).
"""
import json
import sys

import py_partiql_parser

_original_parse = py_partiql_parser.JsonParser.parse


def _parse_json_lines(original, *args, **kwargs):
    try:
        lines = [line for line in original.splitlines() if line.strip()]
        documents = [json.loads(line) for line in lines]
        if documents and all(isinstance(d, dict) for d in documents):
            return documents
    except (ValueError, TypeError, AttributeError):
        pass
    return _original_parse(original, *args, **kwargs)


py_partiql_parser.JsonParser.parse = staticmethod(_parse_json_lines)

if __name__ == "__main__":
    from moto.server import main

    main(sys.argv[1:])
